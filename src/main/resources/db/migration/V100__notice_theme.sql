-- Notices carry themes, as involvement processes do, so that the public can filter them by theme.
create table notice_theme (
    notice_id bigint not null references notice (id) on delete cascade,
    theme_id  bigint not null references theme (id),
    primary key (notice_id, theme_id)
);

create index notice_theme_theme on notice_theme (theme_id);
