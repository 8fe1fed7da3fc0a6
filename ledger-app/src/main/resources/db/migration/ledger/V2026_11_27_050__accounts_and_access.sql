-- Who may sign in and what each may do (issue 10, ADR 0014). Accounts are access configuration, not
-- ledger facts: they are plain rows an administrator changes, never events, and a decision's event
-- carries the acting institution and person taken from the account at the time.
create table access_account (
    name            text        primary key,
    display_name    text        not null,
    -- Spring's DelegatingPasswordEncoder form, e.g. {bcrypt}$2a$10$...; null: no password sign-in
    -- (an API-token or OpenID Connect account)
    password_hash   text,
    role            text        not null check (role in ('PLATFORM_ADMIN', 'STAFF', 'LEARNER', 'AUDITOR')),
    institution_id  text,
    functions       text[]      not null default '{}',
    learner_id      uuid,
    -- two-letter country codes an auditor may read; null: every jurisdiction
    jurisdictions   text[],
    created_at      timestamptz not null default now(),
    check (role <> 'STAFF' or institution_id is not null),
    check (role <> 'LEARNER' or learner_id is not null)
);

-- Bearer API tokens of system-to-system clients: only the SHA-256 of the token is kept.
create table access_api_token (
    token_sha256  text        primary key,
    account_name  text        not null references access_account (name),
    label         text        not null,
    created_at    timestamptz not null default now()
);
create index access_api_token_account on access_api_token (account_name);

-- Write-side lookups of who relates to a learner (object-level authorisation): an institution that
-- registered or enrolled the learner, took a decision on the learner's credit, or is home or host of
-- one of the learner's learning agreements. Kept by a subscribing processor in the events' transaction.
create table wl_access_learner_institution (
    learner_id      uuid not null,
    institution_id  text not null,
    primary key (learner_id, institution_id)
);
create index wl_access_learner_institution_by_institution on wl_access_learner_institution (institution_id);

-- The country of each registered institution, for auditors scoped to jurisdictions.
create table wl_access_institution (
    institution_id  text primary key,
    country         text not null
);

insert into wl_access_institution (institution_id, country)
select aggregate_id, country
from (select aggregate_id,
             coalesce(payload -> 'jurisdiction' -> 'path' ->> 0, left(payload ->> 'jurisdiction', 2)) as country
      from event_log
      where event_type = 'InstitutionRegistered') registered
where country is not null
on conflict do nothing;

-- Relations from the history already recorded: every event that names a learner and was stamped with
-- an acting institution (CommandMetadata).
insert into wl_access_learner_institution (learner_id, institution_id)
select distinct learner::uuid, institution
from (select coalesce(payload -> 'learnerId' ->> 'value', payload -> 'learner' ->> 'value',
                      payload ->> 'learnerId', payload ->> 'learner') as learner,
             metadata ->> 'actorInstitution' as institution
      from event_log
      where metadata ->> 'actorInstitution' is not null) stamped
where learner ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
on conflict do nothing;
