-- The council qualifies a proposal (ADR 19). After the council's deadline the proposer is mailed a
-- single-use link to ask the contact person to forward it: only its hash is kept, here. A new
-- deadline that passes (after a move) replaces it.
alter table proposal add column contact_token_hash varchar(64);

create unique index proposal_contact_token on proposal (contact_token_hash);

-- The deadline jobs look for proposals still with a council, by deadline.
create index proposal_council_deadline on proposal (council_deadline) where state = 'HOS_LOKALRAADET';

-- A question's link is made by the listener that mails it, in the mail's own transaction, so that
-- the secret is never kept in the event publication: until then the question has no hash.
alter table proposal_question alter column token_hash drop not null;
