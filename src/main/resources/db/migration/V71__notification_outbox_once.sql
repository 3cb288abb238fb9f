-- A mail that a listener queues carries a key naming what it tells about and to whom (ids, never an
-- address), so a listener that runs again after a crash finds the mail already queued.
alter table outbox_mail add column once_key varchar(300);
alter table outbox_mail add constraint outbox_mail_once_key unique (once_key);
