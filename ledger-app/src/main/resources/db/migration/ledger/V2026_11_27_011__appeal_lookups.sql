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

-- From the history: each unit's latest recognition, unless a later revocation of the whole unit
-- took it back.
insert into wl_unit_recognition (pathway_id, unit_ref, standard_ref, effective_date, recognised_by)
select latest.aggregate_id, latest.unit_ref, latest.standard_ref, latest.effective_date, latest.recognised_by
  from (select distinct on (e.aggregate_id, 2)
               e.aggregate_id,
               (e.payload -> 'unit' -> 'code' ->> 'value') || '@' || (e.payload -> 'unit' ->> 'version') as unit_ref,
               e.event_type,
               (e.payload -> 'standard' -> 'id' ->> 'value') || '@' || (e.payload -> 'standard' ->> 'version')
                   as standard_ref,
               (e.payload ->> 'effectiveDate')::date as effective_date,
               e.payload -> 'recognisedBy' -> 'institution' ->> 'value' as recognised_by
          from event_log e
         where e.event_type = 'UnitRecognised'
            or (e.event_type = 'UnitRecognitionRevoked' and not (e.payload ->> 'partOfUnit')::boolean)
         order by e.aggregate_id, 2, e.sequence_number desc) latest
 where latest.event_type = 'UnitRecognised'
on conflict do nothing;
