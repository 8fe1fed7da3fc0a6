-- Crypto-shredding (decision (j)6, ADR 0003): one AES-256 data key per learner, outside the event
-- store. Erasure sets data_key to null; every sealed copy of the learner's personal data (in events,
-- read models, backups of either) is unreadable from then on. The row stays, as proof of erasure.
create table pd_learner_key (
    key_id       text        primary key,
    learner_id   uuid        not null unique,
    data_key     bytea,
    created_at   timestamptz not null default now(),
    shredded_at  timestamptz,
    constraint pd_learner_key_shredded check ((data_key is null) = (shredded_at is not null))
);
