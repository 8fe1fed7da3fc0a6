-- Write-side lookups the learner ledger's decisions ask (ADR 0004's approach, ADR 0005): kept by
-- subscribing processors in the transaction that appends the events, never exposed by a query.
--
-- This script can run twice without harm (every statement checks what is already there): the part
-- "from the history" fills the new lookups from the events recorded before they existed, and
-- LookupsFromHistoryIT runs the whole script again to prove it rebuilds what the handlers keep.

-- R2: which functions each institution holds, for which standard (null: every standard) and where.
-- CatalogueLookups answers InstitutionDirectory.holds from it with FunctionGrant.covers.
create table if not exists wl_function_grant (
    institution_id  text not null references wl_institution (institution_id),
    function        text not null,
    standard_id     text,
    jurisdiction    text not null,
    unique nulls not distinct (institution_id, function, standard_id, jurisdiction)
);

-- A published standard version as decisions on credit read it (QualificationCatalogue.definition):
-- its profile, its award rule set and each attached unit with its weight, as JSON written by
-- Jackson with award rules named by kind (AwardRuleJson), like the events they come from.
alter table wl_qualification
    add column if not exists profile     jsonb,
    add column if not exists award_rules jsonb;

alter table wl_qualification_unit
    add column if not exists attachment     jsonb,
    add column if not exists attached_order bigint generated always as identity;

-- R5: the learning agreement in force, for assessments recorded under it (LearningAgreementRegistry).
-- terms: the latest version (drafted, then amended); in force once active_from is set.
create table if not exists wl_learning_agreement (
    agreement_id  uuid    primary key,
    learner_id    uuid    not null,
    version       integer not null,
    terms         jsonb   not null,
    active_from   date,
    ended_on      date
);

-- Recorded assessments, for validation and recognition (AssessmentRecords.find) and for S07:
-- results_fingerprint is the SHA-256 of the sorted learning-outcome results, so "the same content
-- again" is one indexed look-up among the learner's assessments by that institution on that day.
create table if not exists wl_assessment (
    assessment_id        uuid    primary key,
    recorded_order       bigint  generated always as identity,
    learner_id           uuid    not null,
    assessor_id          text    not null,
    assessed_on          date    not null,
    results_fingerprint  text    not null,
    flagged_as_duplicate boolean not null,
    content              jsonb   not null
);
create index if not exists wl_assessment_same_content
    on wl_assessment (learner_id, assessor_id, assessed_on, results_fingerprint)
    where not flagged_as_duplicate;

-- From the history: what was recorded before these lookups existed (no assessment was: the
-- aggregate is new).

insert into wl_function_grant (institution_id, function, standard_id, jurisdiction)
select latest.payload -> 'institutionId' ->> 'value',
       latest.payload -> 'grant' ->> 'function',
       latest.payload -> 'grant' -> 'standard' ->> 'value',
       (select string_agg(segment, '/' order by position)
          from jsonb_array_elements_text(latest.payload -> 'grant' -> 'jurisdiction' -> 'path')
               with ordinality as p (segment, position))
  from (select distinct on (aggregate_id, payload -> 'grant') aggregate_id, event_type, payload
          from event_log
         where event_type in ('InstitutionFunctionGranted', 'InstitutionFunctionWithdrawn')
         order by aggregate_id, payload -> 'grant', sequence_number desc) latest
 where latest.event_type = 'InstitutionFunctionGranted'
on conflict do nothing;

update wl_qualification q
   set profile = (select e.payload -> 'profile'
                    from event_log e
                   where e.aggregate_id = q.standard_ref
                     and e.event_type in ('QualificationStandardDrafted', 'QualificationProfileAmended')
                   order by e.sequence_number desc
                   limit 1)
 where q.profile is null;

update wl_qualification q
   set award_rules = coalesce((select e.payload -> 'rules'
                                 from event_log e
                                where e.aggregate_id = q.standard_ref
                                  and e.event_type = 'AwardRuleSetDefined'
                                order by e.sequence_number desc
                                limit 1),
                              '{"rules": []}')
 where q.award_rules is null;

update wl_qualification_unit u
   set attachment = (select e.payload -> 'attachment'
                       from event_log e
                      where e.aggregate_id = u.standard_ref
                        and e.event_type = 'UnitAttachedToQualification'
                        and (e.payload -> 'attachment' -> 'unit' -> 'code' ->> 'value') || '@'
                                || (e.payload -> 'attachment' -> 'unit' ->> 'version') = u.unit_ref
                      order by e.sequence_number desc
                      limit 1)
 where u.attachment is null;

insert into wl_learning_agreement (agreement_id, learner_id, version, terms, active_from, ended_on)
select d.aggregate_id::uuid,
       (d.payload -> 'learner' ->> 'value')::uuid,
       coalesce((amended.payload ->> 'version')::integer, (d.payload ->> 'version')::integer),
       coalesce(amended.payload -> 'terms', d.payload -> 'terms'),
       (activated.payload ->> 'activeFrom')::date,
       coalesce((ended.payload ->> 'cancelledOn')::date, (ended.payload ->> 'completedOn')::date)
  from event_log d
  left join lateral (select payload from event_log
                      where aggregate_id = d.aggregate_id and event_type = 'LearningAgreementAmended'
                      order by sequence_number desc limit 1) amended on true
  left join lateral (select payload from event_log
                      where aggregate_id = d.aggregate_id and event_type = 'LearningAgreementActivated'
                      order by sequence_number limit 1) activated on true
  left join lateral (select payload from event_log
                      where aggregate_id = d.aggregate_id
                        and event_type in ('LearningAgreementCancelled', 'LearningAgreementCompleted')
                      order by sequence_number desc limit 1) ended on true
 where d.event_type = 'LearningAgreementDrafted'
on conflict (agreement_id) do nothing;
