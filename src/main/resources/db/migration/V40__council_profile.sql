-- What a council says about how it works (DESIGN.md: "størrelse, mødefrekvens, kapacitet, foretrukken
-- deltagelsesform"), and its own text for its public page.
alter table council
    add column meeting_rhythm varchar(200),
    add column member_count   integer check (member_count is null or member_count > 0),
    add column capacity       integer check (capacity is null or capacity > 0),
    add column participation  varchar(20) check (participation in ('SKRIFTLIGT', 'MOEDE', 'BEGGE')),
    add column page_text      text;
