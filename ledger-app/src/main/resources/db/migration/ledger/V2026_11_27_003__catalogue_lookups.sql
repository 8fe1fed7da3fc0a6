-- Write-side lookup tables of the catalogue (STYLE §5.4 "set rules"): kept by a subscribing event
-- processor inside the same transaction as the events, so rules of one aggregate that depend on
-- another (an attached unit must exist and be published, an awarding body must be registered) are
-- checked against exactly what the event store holds. No query exposes them; read models are
-- separate (rm_catalogue_*).
create table wl_institution (
    institution_id  text primary key
);

create table wl_unit (
    unit_ref           text    primary key,
    published          boolean not null,
    learning_outcomes  text[]  not null,
    validity           text
);

create table wl_qualification (
    standard_ref  text    primary key,
    published     boolean not null
);

create table wl_qualification_unit (
    standard_ref  text not null references wl_qualification (standard_ref),
    unit_ref      text not null,
    primary key (standard_ref, unit_ref)
);
