-- Write-side lookups for changing the past without rewriting it (issue 6, ADR 0010): kept by
-- subscribing processors in the transaction that appends the events, never exposed by a query.
-- Like V2026_11_27_007, every statement checks what is already there, and the part "from the
-- history" fills the lookups from events recorded before they existed.

-- An assessment's standing as decisions read it (AssessmentRecords.find): invalidated assessments
-- are no credit (R25); an appeal upheld against it names its remedy, so a reassessment or a
-- correction on appeal can show it was ordered (S12); a reassessment marks what it superseded.
alter table wl_assessment
    add column if not exists invalidated    boolean not null default false,
    add column if not exists upheld_appeal  uuid,
    add column if not exists appeal_remedy  text,
    add column if not exists superseded_by  uuid;

-- Which pathways' validations rest on an assessment (R25): the cascade after a correction or an
-- invalidation sends its commands to exactly these pathways. A row stays after a withdrawal: the
-- pathway itself knows whether anything still rests on the assessment, and answers a no-op if not.
create table if not exists wl_assessment_reliance (
    assessment_id  uuid not null,
    pathway_id     text not null,
    primary key (assessment_id, pathway_id)
);

-- From the history: the basis of every validation recorded so far.
insert into wl_assessment_reliance (assessment_id, pathway_id)
select distinct (basis ->> 'value')::uuid, e.aggregate_id
  from event_log e, jsonb_array_elements(e.payload -> 'basis') basis
 where e.event_type = 'CreditValidated'
on conflict do nothing;
