-- Local support by e-mail is limited per client address, so that one machine cannot ask for
-- thousands of confirmation mails. Only the address's SHA-256 is kept, never the address itself.
alter table proposal_support add column client_hash varchar(64);

create index proposal_support_client on proposal_support (client_hash, created_at);
