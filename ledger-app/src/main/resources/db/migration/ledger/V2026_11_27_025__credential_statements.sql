-- Write-side lookup for revoking credentials with their decisions (issue 9 item 5, ADR 0012 §9):
-- every issued credential, its learner and issuer, whether it is revoked, and the recognitions and
-- awards it states ('' as unit: the award). Kept by CredentialLookups in the transaction of the
-- credential's events, so a policy never misses a credential that a lagging read model would not
-- show yet. Credentials issued before this table existed are taken from the history once, here.
create table if not exists wl_credential (
    credential_id  uuid    primary key,
    issuer         text    not null,
    learner_id     uuid    not null,
    revoked        boolean not null default false
);

create index if not exists wl_credential_by_learner on wl_credential (learner_id);

create table if not exists wl_credential_statement (
    credential_id     uuid not null,
    learner_id        uuid not null,
    qualification_id  text not null,
    unit_ref          text not null,
    primary key (credential_id, qualification_id, unit_ref)
);

create index if not exists wl_credential_statement_by_decision
    on wl_credential_statement (learner_id, qualification_id, unit_ref);

insert into wl_credential (credential_id, issuer, learner_id, revoked)
select e.aggregate_id::uuid,
       e.payload -> 'issuer' ->> 'value',
       (e.payload -> 'learner' ->> 'value')::uuid,
       exists (select 1 from event_log r
                where r.aggregate_id = e.aggregate_id and r.event_type = 'CredentialRevoked')
  from event_log e
 where e.event_type = 'CredentialIssued'
on conflict do nothing;

insert into wl_credential_statement (credential_id, learner_id, qualification_id, unit_ref)
select e.aggregate_id::uuid,
       (e.payload -> 'learner' ->> 'value')::uuid,
       s -> 'qualification' ->> 'value',
       case when s -> 'unit' is null or jsonb_typeof(s -> 'unit') = 'null' then ''
            else (s -> 'unit' -> 'code' ->> 'value') || '@' || (s -> 'unit' ->> 'version') end
  from event_log e, jsonb_array_elements(e.payload -> 'states') s
 where e.event_type = 'CredentialIssued'
on conflict do nothing;
