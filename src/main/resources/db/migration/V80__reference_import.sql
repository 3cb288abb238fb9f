-- Which reference data sets have been loaded (by name, or by folder), so that a restart loads
-- nothing twice; the checksum of its files tells whether they have changed since.
create table reference_import (
    dataset     varchar(500) primary key,
    checksum    varchar(64) not null,
    imported_at timestamp with time zone not null default now()
);

-- Before reference data was a data set of its own, the demonstration data loaded Næstved's
-- geography, areas, councils and organisation: an installation that has it has that data set.
insert into reference_import (dataset, checksum)
select 'naestved', '' from demo_import where dataset = 'naestved-registry-v1';
