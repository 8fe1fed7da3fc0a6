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

-- A transfer states the source recognition's points and grade (decision (j)2): the recognitions
-- lookup keeps them too, from the latest recognition (or full transfer) of each unit it holds.
alter table wl_unit_recognition add column if not exists points numeric;
alter table wl_unit_recognition add column if not exists grade numeric;

update wl_unit_recognition r
   -- points are written as an object with its value, or as a bare number: read either
   set points = case jsonb_typeof(latest.payload -> 'points')
                     when 'object' then (latest.payload -> 'points' ->> 'value')::numeric
                     when 'number' then (latest.payload ->> 'points')::numeric
                end,
       grade = (latest.payload ->> 'grade')::numeric
  from (select distinct on (e.aggregate_id, 2)
               e.aggregate_id,
               (e.payload -> 'unit' -> 'code' ->> 'value') || '@' || (e.payload -> 'unit' ->> 'version') as unit_ref,
               e.payload
          from event_log e
         where e.event_type = 'UnitRecognised'
            or (e.event_type = 'CreditTransferred' and e.payload ->> 'coverage' = 'FULL')
         order by e.aggregate_id, 2, e.sequence_number desc) latest
 where r.pathway_id = latest.aggregate_id and r.unit_ref = latest.unit_ref;
