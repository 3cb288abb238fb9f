-- Which demonstration data sets have been loaded, so a restart loads nothing twice.
create table demo_import (
    dataset     varchar(100) primary key,
    imported_at timestamp with time zone not null default now()
);
