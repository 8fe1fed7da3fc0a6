-- Object-level authorisation (ADR 0014): an institution relates to a learner when it acted on an event
-- naming that learner. Until now only a learner named at the top of an event counted, so the
-- institution that enrolled a learner, or assessed, validated, recognised or awarded their credit
-- (events naming the learner inside a pathway id or an assessment's content) was not related unless it
-- had also registered them. The subscribing lookup now looks at every depth; this adds the relations
-- the history already holds: every learner named anywhere in a stamped event's payload, and the
-- learner of a pathway aggregate (its id is learner/qualification).
insert into wl_access_learner_institution (learner_id, institution_id)
select distinct learner::uuid, institution
from (select case jsonb_typeof(named)
                 when 'string' then named #>> '{}'
                 when 'object' then named ->> 'value'
             end as learner,
             institution
      from (select jsonb_path_query(payload, 'lax $.**.learner') as named,
                   metadata ->> 'actorInstitution' as institution
            from event_log
            where metadata ->> 'actorInstitution' is not null
            union all
            select jsonb_path_query(payload, 'lax $.**.learnerId'),
                   metadata ->> 'actorInstitution'
            from event_log
            where metadata ->> 'actorInstitution' is not null
            union all
            select to_jsonb(split_part(aggregate_id, '/', 1)),
                   metadata ->> 'actorInstitution'
            from event_log
            where metadata ->> 'actorInstitution' is not null
              and aggregate_id like '%/%') found) stamped
where learner ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
on conflict do nothing;
