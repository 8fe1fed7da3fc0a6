-- Idempotency keys are scoped per account (issue 10 follow-up, ADR 0006 and 0014): two accounts that
-- happen to choose the same key never see each other's remembered answer. '' is the scope of a
-- request without an account (the public writes, e.g. POST /api/credentials/verify), and of the
-- keys remembered before this migration, whose account was not kept: a retry of such a request by
-- an account runs again rather than replaying someone else's answer.
alter table idempotency_record add column account_name text not null default '';
alter table idempotency_record drop constraint idempotency_record_pkey;
alter table idempotency_record add constraint idempotency_record_pkey primary key (account_name, idempotency_key);
