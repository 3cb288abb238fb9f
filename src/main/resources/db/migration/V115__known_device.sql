-- Devices that have signed in to an account with its password: the browser keeps a random token in
-- an HttpOnly cookie, only its SHA-256 hash is stored here. A known device is not held back by
-- failed sign-ins from other clients (see LoginThrottle).
create table known_device (
    token_hash   varchar(64) primary key,
    account_id   bigint not null references account (id) on delete cascade,
    created_at   timestamp with time zone not null default now(),
    last_used_at timestamp with time zone not null default now()
);

create index known_device_account on known_device (account_id);

-- The retention job deletes throttle rows (typed addresses, client addresses) by age.
create index login_throttle_window on login_throttle (window_started_at);
