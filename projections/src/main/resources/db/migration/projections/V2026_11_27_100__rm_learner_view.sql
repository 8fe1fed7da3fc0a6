-- Read model: learner view (projections.learner). Rebuildable from the event store at any time.
-- Personal data stays sealed here too: erasing the learner's key erases it from this table as well.
create table rm_learner_view (
    learner_id     uuid        primary key,
    pd_key_id      text        not null,
    pd_cipher      text        not null,
    pd_ciphertext  text        not null,
    registered_at  timestamptz not null,
    last_sequence  bigint      not null
);
