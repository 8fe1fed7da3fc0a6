-- A transferred unit rests on the assessments behind its source recognition (issue 6 item 5,
-- ADR 0016): a correction or an invalidation of one of them reaches the receiving pathway like any
-- dependent decision. Kept in the transaction of the events by the assessment lookups' subscribing
-- processor; like the earlier lookup scripts, safe to run twice and filled from the history.

-- What each standing recognition rests on (RecognitionRecords.find), as a JSON array of assessment ids.
alter table wl_unit_recognition add column if not exists basis jsonb not null default '[]'::jsonb;
-- and the person who took it (R3), for a common-core unit counted on it elsewhere
alter table wl_unit_recognition add column if not exists recognised_person text;

-- From the history: the basis of the unit's latest recognition. A unit held by a transfer keeps the
-- empty basis unless its CreditTransferred (revision 2) names the source's basis.
update wl_unit_recognition r
   set basis = latest.basis,
       recognised_person = latest.person
  from (select distinct on (e.aggregate_id, 2)
               e.aggregate_id,
               (e.payload -> 'unit' -> 'code' ->> 'value') || '@' || (e.payload -> 'unit' ->> 'version') as unit_ref,
               (select coalesce(jsonb_agg(coalesce(b ->> 'value', b #>> '{}')), '[]'::jsonb)
                  from jsonb_array_elements(coalesce(e.payload -> 'basis', e.payload -> 'sourceBasis', '[]'::jsonb)) b)
                   as basis,
               coalesce(e.payload -> 'recognisedBy', e.payload -> 'decidedBy') ->> 'person' as person
          from event_log e
         where e.event_type = 'UnitRecognised'
            or (e.event_type = 'CreditTransferred' and e.payload ->> 'coverage' = 'FULL')
         order by e.aggregate_id, 2, e.sequence_number desc) latest
 where r.pathway_id = latest.aggregate_id
   and r.unit_ref = latest.unit_ref
   and r.recognised_person is null;

-- The receiving pathway of a transfer, and a pathway counting a common-core unit, rest on the
-- source's assessments: the cascade tells them too.
insert into wl_assessment_reliance (assessment_id, pathway_id)
select distinct coalesce(b ->> 'value', b #>> '{}')::uuid, e.aggregate_id
  from event_log e, jsonb_array_elements(e.payload -> 'sourceBasis') b
 where e.event_type in ('CreditTransferred', 'CommonCoreUnitCounted')
   and jsonb_typeof(e.payload -> 'sourceBasis') = 'array'
on conflict do nothing;
