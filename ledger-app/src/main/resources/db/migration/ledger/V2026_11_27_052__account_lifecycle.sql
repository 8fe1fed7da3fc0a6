-- Account lifecycle (issue 10 follow-up, ADR 0014): an account is deactivated, never deleted, so the
-- name stamped on its past events keeps meaning someone; a token is revoked, never deleted, so the
-- list of an account's tokens shows what was once issued.
alter table access_account add column deactivated_at timestamptz;

-- A token is addressed by this id (its secret is never stored, so it cannot be the address).
alter table access_api_token add column token_id uuid not null default gen_random_uuid();
alter table access_api_token add constraint access_api_token_id unique (token_id);
alter table access_api_token add column revoked_at timestamptz;
