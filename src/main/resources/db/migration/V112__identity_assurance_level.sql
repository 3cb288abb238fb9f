-- The assurance level (loa, else acr) the provider reported at the identity's latest sign-in.
alter table account_identity
    add column last_assurance_level varchar(255),
    add column last_signed_in_at    timestamptz;
