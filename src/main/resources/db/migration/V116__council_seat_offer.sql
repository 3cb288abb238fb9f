-- A seat offered to someone who already has an account (ADR 14): the seat is created only when they
-- accept through the e-mailed single-use link. Only the SHA-256 of the link's token is stored; it is
-- set when the mail is written. Readers of council_member are unaffected: an offer is not a seat.
create table council_seat_offer (
    id          bigint generated always as identity primary key,
    council_id  bigint       not null references council (id),
    account_id  bigint       not null references account (id) on delete cascade,
    position    varchar(30)  not null,
    token_hash  varchar(64)  unique,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    decided_at  timestamp with time zone,
    -- ACCEPTED, DECLINED, or WITHDRAWN when a newer offer replaced it
    decision    varchar(20)
);

create index council_seat_offer_account on council_seat_offer (account_id);
