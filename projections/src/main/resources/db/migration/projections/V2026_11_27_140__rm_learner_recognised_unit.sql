-- Read model: the units a learner holds per qualification (projections.learner, group learner-view).
-- Pre-fills a learning agreement's "progress so far" (R23); the full transcript is issue 7's.
create table rm_learner_recognised_unit (
    learner_id        uuid    not null,
    qualification_id  text    not null,
    unit_ref          text    not null,
    recognised_on     date    not null,
    valid_until       date,
    last_sequence     bigint  not null,
    primary key (learner_id, qualification_id, unit_ref)
);
