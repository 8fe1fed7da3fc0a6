-- Write-side lookup for pathway migration (issue 6, S28): each standard version's transition table
-- from its previous version (TransitionTables.transitionsInto), kept by TransitionLookups in the
-- transaction of the standard's events. Safe to run twice.
create table if not exists wl_unit_transition (
    standard_ref      text not null,
    from_ref          text not null,
    to_ref            text not null,
    coverage          text not null,
    covered_outcomes  jsonb not null,
    primary key (standard_ref, from_ref)
);

insert into wl_unit_transition (standard_ref, from_ref, to_ref, coverage, covered_outcomes)
select (e.payload -> 'standard' -> 'id' ->> 'value') || '@' || (e.payload -> 'standard' ->> 'version'),
       (t -> 'from' -> 'code' ->> 'value') || '@' || (t -> 'from' ->> 'version'),
       (t -> 'to' -> 'code' ->> 'value') || '@' || (t -> 'to' ->> 'version'),
       t ->> 'coverage',
       coalesce(t -> 'coveredOutcomes', '[]'::jsonb)
  from event_log e
 cross join lateral jsonb_array_elements(coalesce(e.payload -> 'transitionFromPrevious', '[]'::jsonb)) t
 where e.event_type = 'QualificationStandardDrafted'
on conflict do nothing;
