-- Write-side lookup for appeals (issue 6, ADR 0010): the recognitions that stand, for an appeal
-- against one (RecognitionRecords.find: its standard, effective date and recognising body), kept by
-- RecognitionLookups in the transaction of the pathway's events. Safe to run twice.
create table if not exists wl_unit_recognition (
    pathway_id        text not null,
    unit_ref          text not null,
    standard_ref      text not null,
    effective_date    date not null,
    recognised_by     text not null,
    primary key (pathway_id, unit_ref)
);

-- From the history: each unit's latest recognition (no revocation was recorded before this issue).
insert into wl_unit_recognition (pathway_id, unit_ref, standard_ref, effective_date, recognised_by)
select distinct on (e.aggregate_id, unit_ref)
       e.aggregate_id,
       (e.payload -> 'unit' -> 'code' ->> 'value') || '@' || (e.payload -> 'unit' ->> 'version') as unit_ref,
       (e.payload -> 'standard' -> 'id' ->> 'value') || '@' || (e.payload -> 'standard' ->> 'version'),
       (e.payload ->> 'effectiveDate')::date,
       e.payload -> 'recognisedBy' -> 'institution' ->> 'value'
  from event_log e
 where e.event_type = 'UnitRecognised'
 order by e.aggregate_id, unit_ref, e.sequence_number desc
on conflict do nothing;
