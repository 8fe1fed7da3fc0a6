-- Read model: an institution's work queue (projections.workqueue, processing group work-queue;
-- issue 11, ADR 0021): credits assessed but not yet validated, and validated but not yet recognised,
-- shown to the institutions competent to take the next decision.

-- Competent-institution functions held, per standard (null: every standard) and jurisdiction (R2).
create table rm_workqueue_grant (
    institution_id    text not null,
    function          text not null,
    qualification_id  text not null default '',
    jurisdiction      text not null,
    primary key (institution_id, function, qualification_id, jurisdiction)
);

-- The jurisdiction of every standard version (a grant covers a standard inside its jurisdiction).
create table rm_workqueue_standard (
    standard_ref      text primary key,
    qualification_id  text not null,
    jurisdiction      text not null
);
create index rm_workqueue_standard_qualification on rm_workqueue_standard (qualification_id);

-- Assessments that are credit (not flagged as duplicates, not invalidated), with what a validator needs.
create table rm_workqueue_assessment (
    assessment_id        uuid primary key,
    learner_id           uuid not null,
    qualification_id     text not null,
    standard_ref         text not null,
    assessor_institution text not null,
    assessor_person      text not null,
    assessed_on          date not null,
    agreement_id         uuid,
    grading_scheme       text,
    evidence             jsonb not null,
    grades               jsonb not null,
    credit               boolean not null
);
create index rm_workqueue_assessment_learner on rm_workqueue_assessment (learner_id, qualification_id);

-- Learning-outcome results of each assessment (replaced by a correction).
create table rm_workqueue_result (
    assessment_id     uuid not null,
    unit_ref          text not null,
    learning_outcome  text not null,
    achieved          boolean not null,
    primary key (assessment_id, unit_ref, learning_outcome)
);

-- Per learner, qualification and unit: the outcomes validated so far, and whether it is recognised.
create table rm_workqueue_unit (
    learner_id          uuid not null,
    qualification_id    text not null,
    unit_ref            text not null,
    validated_outcomes  text[] not null default '{}',
    validation_basis    uuid[] not null default '{}',
    recognised          boolean not null default false,
    primary key (learner_id, qualification_id, unit_ref)
);

-- Assessments a validation decision (validated or rejected) has already been taken on, per unit.
create table rm_workqueue_decided (
    learner_id        uuid not null,
    qualification_id  text not null,
    unit_ref          text not null,
    assessment_id     uuid not null,
    primary key (learner_id, qualification_id, unit_ref, assessment_id)
);
