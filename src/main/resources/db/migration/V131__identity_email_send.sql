-- Each link an identity without an e-mail address had sent (see pending_identity): counted so that
-- nobody can use the "choose your e-mail" form to flood an address, or send unlimited mails.
create table identity_email_send (
    pending_id bigint      not null references pending_identity (id) on delete cascade,
    email      varchar(320) not null,
    sent_at    timestamptz  not null
);

create index identity_email_send_pending on identity_email_send (pending_id, sent_at);
create index identity_email_send_email on identity_email_send (lower(email), sent_at);
