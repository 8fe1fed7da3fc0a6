-- Read model: catalogue (projections.catalogue, processing group `catalogue`): competent institutions,
-- units of learning outcomes, qualification standards and unit equivalences. Rebuildable from the
-- event store at any time.
--
-- Every row keeps the aggregate sequence number of the last event applied to it (last_sequence), so a
-- redelivered or replayed older event never moves a row backwards. Rows are never deleted by events
-- (a withdrawn function or a detached unit is flagged), otherwise a late older event could bring them back.
--
-- Titles are jsonb (language tag -> text). Search by title uses a plain text column that holds every
-- title (and, for units, the code) lower-cased by PostgreSQL's lower(): the query lower()s the term
-- the same way and matches with strpos(), so "contains, case-insensitive" works in any language and
-- needs no extension. The catalogue is small (thousands of rows), a scan is fast enough.
-- Jurisdictions are stored in their text form ('IT/Lazio') and matched on whole segments.

create table rm_catalogue_institution (
    institution_id text   primary key,
    legal_name     text   not null,
    jurisdiction   text   not null,
    kind           text   not null,
    last_sequence  bigint not null
);

-- One row per grant (function, standard, jurisdiction); standard_id null means every standard.
create table rm_catalogue_institution_function (
    institution_id    text    not null,
    function          text    not null,
    standard_id       text,
    jurisdiction      text    not null,
    held              boolean not null,
    granted_from      date    not null,
    withdrawn_from    date,
    withdrawal_reason text,
    last_sequence     bigint  not null,
    constraint rm_catalogue_institution_function_key
        unique nulls not distinct (institution_id, function, standard_id, jurisdiction)
);

-- One row per unit version (the aggregate is the version: U31@2).
create table rm_catalogue_unit (
    unit_code           text    not null,
    unit_version        integer not null,
    title               jsonb   not null,
    search_text         text    not null, -- lower(code and every title)
    learning_outcomes   jsonb   not null, -- [{"id","description":{lang:text},"category","escoSkill"}]
    assessment_criteria jsonb   not null, -- ["..."]
    eqf_levels          jsonb   not null, -- [4, 5]
    validity            text,             -- ISO-8601 period; null: credit does not expire
    owner_id            text    not null,
    status              text    not null, -- DRAFT | PUBLISHED
    effective_from      date,
    last_sequence       bigint  not null,
    primary key (unit_code, unit_version)
);

create index rm_catalogue_unit_owner on rm_catalogue_unit (owner_id);

-- One row per qualification standard version (the aggregate is the version: FR-BACPRO@2).
create table rm_catalogue_qualification (
    qualification_id         text    not null,
    qualification_version    integer not null,
    title                    jsonb   not null,
    title_search             text    not null, -- lower(every title)
    jurisdiction             text    not null,
    awarding_bodies          jsonb   not null, -- ["FR-MEN"]
    eqf_level                integer,
    nqf_level                text,
    partial_qualification    boolean not null,
    regulated_profession     boolean not null,
    framework                text    not null, -- ECVET | ECTS | NATIONAL | NONE
    framework_scheme         text,
    total_points             numeric,
    reference_years          numeric,
    grading_minimum          numeric,
    grading_maximum          numeric,
    resit_policy             text    not null,
    unit_result_rule         text    not null,
    award_rules              jsonb,            -- [{"rule":"WeightedAverage",...}]; null until defined
    transition_from_previous jsonb   not null, -- [{"from","to","coverage","coveredOutcomes"}]
    status                   text    not null, -- DRAFT | PUBLISHED
    effective_from           date,
    last_sequence            bigint  not null,
    primary key (qualification_id, qualification_version)
);

-- A unit as it belongs to one standard: the same unit may weigh differently in another standard (R8).
create table rm_catalogue_qualification_unit (
    qualification_id      text    not null,
    qualification_version integer not null,
    unit_code             text    not null,
    unit_version          integer not null,
    attached              boolean not null, -- false once detached
    role                  text    not null,
    elective_group        text,
    points                numeric,
    coefficient           numeric,
    mobility_unit         boolean not null,
    validity              text,
    last_sequence         bigint  not null,
    primary key (qualification_id, qualification_version, unit_code, unit_version)
);

create index rm_catalogue_qualification_unit_unit on rm_catalogue_qualification_unit (unit_code, unit_version);

-- The version of each equivalence now in force (or last in force, once withdrawn).
create table rm_catalogue_equivalence (
    equivalence_id    uuid    primary key,
    version           integer not null,
    source_unit       text    not null, -- 'U31@2'
    target_unit       text    not null,
    terms             jsonb   not null, -- {"source","target","coverage","coveredOutcomes","basis","basisReference"}
    declared_by       text    not null,
    effective_from    date    not null,
    withdrawn_by      text,
    withdrawn_from    date,
    withdrawal_reason text,
    last_sequence     bigint  not null
);

create index rm_catalogue_equivalence_source on rm_catalogue_equivalence (source_unit);
create index rm_catalogue_equivalence_target on rm_catalogue_equivalence (target_unit);

-- Every version of every equivalence: transfers made under an earlier version keep it.
create table rm_catalogue_equivalence_version (
    equivalence_id uuid    not null,
    version        integer not null,
    terms          jsonb   not null,
    declared_by    text    not null,
    effective_from date    not null,
    last_sequence  bigint  not null,
    primary key (equivalence_id, version)
);
