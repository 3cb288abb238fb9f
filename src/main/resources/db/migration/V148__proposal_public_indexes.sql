-- The public list of proposals and the council and area pages: public ones only (confirmed and not
-- hidden), newest first, at the scale of many municipalities and years.
create index proposal_public on proposal (created_at desc, id desc)
    where state <> 'UBEKRAEFTET' and hidden_at is null;
create index proposal_public_council on proposal (council_id, created_at desc)
    where state <> 'UBEKRAEFTET' and hidden_at is null;
create index proposal_public_area on proposal (area_id, created_at desc)
    where state <> 'UBEKRAEFTET' and hidden_at is null;
create index proposal_support_proposal on proposal_support (proposal_id) where confirmed_at is not null;
