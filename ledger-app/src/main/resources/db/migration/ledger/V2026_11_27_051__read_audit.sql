-- Read audit (issue 10 item 4, ADR 0014): every read of a learner's records that the access rules let
-- through, with who read it, when and which resource. Access configuration's log, not a ledger fact;
-- it holds the learner's pseudonymous id only, no personal data.
create table access_read_log (
    id              bigserial   primary key,
    learner_id      uuid        not null,
    read_at         timestamptz not null default now(),
    account_name    text        not null,
    role            text        not null,
    institution_id  text,
    resource        text        not null
);
create index access_read_log_by_learner on access_read_log (learner_id, read_at desc);
