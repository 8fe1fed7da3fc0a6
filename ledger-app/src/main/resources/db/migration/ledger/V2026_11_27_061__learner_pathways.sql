-- The qualifications a learner is enrolled in (issue 6 item 5, ADR 0016): the common-core policy asks
-- every other pathway of the learner to count a unit recognised in one of them. Kept in the
-- transaction of the enrolment by the assessment lookups' subscribing processor; safe to run twice,
-- filled from the history.
create table if not exists wl_learner_pathway (
    pathway_id        text primary key,
    learner_id        uuid not null,
    qualification_id  text not null
);

create index if not exists wl_learner_pathway_learner on wl_learner_pathway (learner_id);

insert into wl_learner_pathway (pathway_id, learner_id, qualification_id)
select e.aggregate_id,
       split_part(e.aggregate_id, '/', 1)::uuid,
       substr(e.aggregate_id, strpos(e.aggregate_id, '/') + 1)
  from event_log e
 where e.event_type = 'LearnerEnrolled'
on conflict do nothing;
