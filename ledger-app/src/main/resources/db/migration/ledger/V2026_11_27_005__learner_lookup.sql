-- Write-side lookup of registered learners (ADR 0004's approach): a pathway may only be opened for a
-- learner the ledger holds. Kept by a subscribing processor in the events' transaction; learners
-- registered before this table existed are taken from the event store once, here.
create table wl_learner (
    learner_id  uuid primary key
);

insert into wl_learner (learner_id)
select distinct aggregateidentifier::uuid from domainevententry where payloadtype = 'LearnerRegistered';
