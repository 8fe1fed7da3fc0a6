-- The kinds of assessment a unit's recognition needs in a standard (R11, S22). Rows projected before
-- this column existed show none until the catalogue read model is replayed (its reset handler).
alter table rm_catalogue_qualification_unit add column required_assessments text[] not null default '{}';
