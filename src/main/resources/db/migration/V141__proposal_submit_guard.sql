-- Spam and abuse guards of bringing a proposal, without a third-party captcha. Each proposal
-- brought counts against the client address it came from, kept only as a keyed hash (HMAC) and
-- deleted after a day; the per-address limit of e-mail addresses counts the proposals themselves.
create table proposal_submission (
    ip_hash varchar(64)              not null,
    at      timestamp with time zone not null
);

create index proposal_submission_ip on proposal_submission (ip_hash, at);

-- The one secret key that signs the form's start time and keys the address hashes, made at first
-- use and shared by every instance.
create table proposal_submit_key (
    id     integer primary key check (id = 1),
    secret varchar(100) not null
);
