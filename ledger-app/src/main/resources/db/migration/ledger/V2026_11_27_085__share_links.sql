-- Share links (issue 10 "the learner shares them", issue 11; ADR 0020): a learner hands someone without
-- an account a link that opens their transcript (and optionally their progress in one qualification)
-- until it expires or the learner revokes it. Access configuration like API tokens, not a ledger
-- fact: only the SHA-256 of the token is kept, and a link is revoked, never deleted, so the learner's
-- list keeps showing what was once shared and with whom.
create table access_share_link (
    link_id          uuid        primary key,
    learner_id       uuid        not null,
    token_sha256     text        not null unique,
    label            text        not null,
    -- the qualification whose progress the link shows too; null: the transcript only
    qualification_id text,
    created_by       text        not null,
    created_at       timestamptz not null default now(),
    expires_at       timestamptz not null,
    revoked_at       timestamptz,
    check (expires_at > created_at)
);
create index access_share_link_by_learner on access_share_link (learner_id, created_at);

-- A read through a share link is no account's read: it names the link (its label in account_name)
-- and has no role.
alter table access_read_log alter column role drop not null;
alter table access_read_log add column share_link_id uuid;
