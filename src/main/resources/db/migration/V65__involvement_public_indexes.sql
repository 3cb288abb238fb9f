-- The public lists of processes and notices: newest first, filtered by theme and area, at the scale of
-- many municipalities and years.
create index involvement_process_published on involvement_process (published_at desc, id desc);
create index process_theme_theme on process_theme (theme_id);
create index notice_published on notice (published_at desc, id desc);
create index notice_area_area on notice_area (area_id);
create index notice_council_council on notice_council (council_id);
