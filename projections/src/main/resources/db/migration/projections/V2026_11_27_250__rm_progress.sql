-- Read model: qualification progress (projections.progress, processing group `progress`, ADR 0009).
-- It keeps facts, not answers: every pathway event a progress audit needs, with its effective date and
-- the instant it was recorded, so one audit can be computed at query time for any effective date (asOf)
-- and any state of knowledge (knownAt); and what it needs of the catalogue (each standard version's
-- units and award rule set, the unit equivalences) to evaluate the rules. Rebuildable at any time.

-- One row per pathway event (insert once per event id: redelivery and replay change nothing).
create table rm_progress_pathway_event (
    event_id          text        primary key,
    learner_id        uuid        not null,
    qualification_id  text        not null,
    sequence_number   bigint      not null,
    global_index      bigint,                -- position in the event store, when tracked
    event_type        text        not null,  -- stable message name: UnitRecognised, ...
    effective_date    date        not null,  -- when the decision takes legal effect
    recorded_at       timestamptz not null,  -- when the ledger recorded it (event timestamp)
    standard_version  integer,               -- LearnerEnrolled, UnitRecognised, ...
    unit_ref          text,                  -- 'U31@1'
    points            numeric,
    grade             numeric,
    valid_until       date,
    passed            boolean,               -- FinalExaminationRecorded
    eligible          boolean,               -- AwardEligibilityEvaluated
    learning_outcomes text[]                 -- CreditValidated, PartialUnitCreditRecognised
);

-- The audit reads one pathway's events in order: one index range scan per request.
create unique index rm_progress_pathway_event_pathway
    on rm_progress_pathway_event (learner_id, qualification_id, sequence_number);

-- One row per qualification standard version, as award evaluation needs it.
create table rm_progress_standard (
    qualification_id      text    not null,
    qualification_version integer not null,
    framework             text    not null, -- ECVET | ECTS | NATIONAL | NONE
    framework_scheme      text,
    total_points          numeric,
    grading_minimum       numeric,
    grading_maximum       numeric,
    award_rules           jsonb,            -- [{"rule":"MinimumPoints","minimum":120}, ...]; null until defined
    published_from        date,
    last_sequence         bigint  not null,
    primary key (qualification_id, qualification_version)
);

create table rm_progress_standard_unit (
    qualification_id      text    not null,
    qualification_version integer not null,
    unit_code             text    not null,
    unit_version          integer not null,
    attached              boolean not null,
    attached_order        bigint  not null, -- the standard's order of units (first attachment's sequence)
    role                  text    not null,
    elective_group        text,
    points                numeric,
    coefficient           numeric,
    mobility_unit         boolean not null,
    validity              text,             -- ISO-8601 period
    last_sequence         bigint  not null,
    primary key (qualification_id, qualification_version, unit_code, unit_version)
);

-- Unit equivalences (the latest version of each), for a what-if transfer into another qualification.
create table rm_progress_equivalence (
    equivalence_id   uuid    primary key,
    version          integer not null,
    source_unit      text    not null,
    target_unit      text    not null,
    coverage         text    not null, -- FULL | PARTIAL
    covered_outcomes text[]  not null,
    effective_from   date    not null,
    withdrawn_from   date,
    last_sequence    bigint  not null
);

create index rm_progress_equivalence_source on rm_progress_equivalence (source_unit);
