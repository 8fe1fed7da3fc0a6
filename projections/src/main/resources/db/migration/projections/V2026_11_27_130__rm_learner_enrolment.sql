-- Read model: the learner's enrolments (projections.learner, processing group learner-view).
create table rm_learner_enrolment (
    learner_id        uuid        not null,
    qualification_id  text        not null,
    standard_version  integer     not null,
    enrolled_by       text        not null,
    enrolled_on       date        not null,
    last_sequence     bigint      not null,
    primary key (learner_id, qualification_id)
);
