-- Write-side lookups for credit transfer (issue 6, ADR 0013), kept in the transaction of the
-- events by the catalogue and assessment lookups' subscribing processors. Safe to run twice.

-- The unit equivalences declared (EquivalenceRegister.find): current version and terms, withdrawn or not.
create table if not exists wl_unit_equivalence (
    equivalence_id    text primary key,
    version           integer not null,
    source_ref        text not null,
    target_ref        text not null,
    coverage          text not null,
    covered_outcomes  jsonb not null,
    withdrawn         boolean not null default false
);

insert into wl_unit_equivalence (equivalence_id, version, source_ref, target_ref, coverage, covered_outcomes)
select distinct on (e.aggregate_id)
       e.aggregate_id,
       (e.payload ->> 'version')::integer,
       (e.payload -> 'terms' -> 'source' -> 'code' ->> 'value') || '@' || (e.payload -> 'terms' -> 'source' ->> 'version'),
       (e.payload -> 'terms' -> 'target' -> 'code' ->> 'value') || '@' || (e.payload -> 'terms' -> 'target' ->> 'version'),
       e.payload -> 'terms' ->> 'coverage',
       coalesce(e.payload -> 'terms' -> 'coveredOutcomes', '[]'::jsonb)
  from event_log e
 where e.event_type in ('UnitEquivalenceDeclared', 'UnitEquivalenceRevised')
 order by e.aggregate_id, e.sequence_number desc
on conflict do nothing;

update wl_unit_equivalence q
   set withdrawn = true
 where exists (select 1 from event_log e
                where e.event_type = 'UnitEquivalenceWithdrawn' and e.aggregate_id = q.equivalence_id);

-- A transfer states the source recognition's points and grade (decision (j)2), and a unit transferred
-- in full stands like a recognition: the recognitions lookup keeps points and grade, and each unit's
-- latest recognition or full transfer, unless a later revocation of the whole unit took it back.
alter table wl_unit_recognition add column if not exists points numeric;
alter table wl_unit_recognition add column if not exists grade numeric;

insert into wl_unit_recognition
    (pathway_id, unit_ref, standard_ref, effective_date, recognised_by, points, grade)
select latest.aggregate_id, latest.unit_ref, latest.standard_ref, latest.effective_date, latest.recognised_by,
       -- points are written as an object with its value, or as a bare number: read either
       case jsonb_typeof(latest.payload -> 'points')
            when 'object' then (latest.payload -> 'points' ->> 'value')::numeric
            when 'number' then (latest.payload ->> 'points')::numeric
       end,
       (latest.payload ->> 'grade')::numeric
  from (select distinct on (e.aggregate_id, 2)
               e.aggregate_id,
               (e.payload -> 'unit' -> 'code' ->> 'value') || '@' || (e.payload -> 'unit' ->> 'version') as unit_ref,
               e.event_type,
               (e.payload -> 'standard' -> 'id' ->> 'value') || '@' || (e.payload -> 'standard' ->> 'version')
                   as standard_ref,
               (e.payload ->> 'effectiveDate')::date as effective_date,
               coalesce(e.payload -> 'recognisedBy', e.payload -> 'decidedBy') -> 'institution' ->> 'value'
                   as recognised_by,
               e.payload
          from event_log e
         where e.event_type = 'UnitRecognised'
            or (e.event_type = 'CreditTransferred' and e.payload ->> 'coverage' = 'FULL')
            or (e.event_type = 'UnitRecognitionRevoked' and not (e.payload ->> 'partOfUnit')::boolean)
         order by e.aggregate_id, 2, e.sequence_number desc) latest
 where latest.event_type in ('UnitRecognised', 'CreditTransferred')
on conflict (pathway_id, unit_ref) do update set standard_ref = excluded.standard_ref,
    effective_date = excluded.effective_date, recognised_by = excluded.recognised_by,
    points = excluded.points, grade = excluded.grade;
