-- Every mail carries one Message-ID for all its attempts, so a mail sent again after a crash (at
-- most the one in flight) can be recognised as the same mail by the receiver. The outbox sets
-- <outbox-{id}.{random}@{host of samspil.base-url}>; the default covers rows written otherwise.
alter table outbox_mail
    add column message_id varchar(300) not null default ('<' || gen_random_uuid() || '@samspil.outbox>');
