-- Read model: every issued credential's status (projections.credentialstatus, group credential-status).
-- The issuers' Bitstring Status Lists are built from it (ADR 0012).
create table rm_credential_status (
    credential_id      uuid    primary key,
    issuer             text    not null,
    status_list_index  bigint  not null,
    learner_id         uuid    not null,
    content_hash       text    not null,
    key_id             text    not null,
    supersedes         uuid,
    issued_on          date    not null,
    revoked            boolean not null default false,
    revocation_reason  text,
    revoked_on         date,
    superseded_by      uuid,
    last_sequence      bigint  not null
);

create index rm_credential_status_by_issuer on rm_credential_status (issuer, status_list_index);

-- The recognitions and awards each credential states ('' as unit: the award), so that revoking one of
-- them finds the credentials to revoke (FindCredentialsStating).
create table rm_credential_statement (
    credential_id     uuid not null,
    learner_id        uuid not null,
    qualification_id  text not null,
    unit_ref          text not null,
    primary key (credential_id, qualification_id, unit_ref)
);

create index rm_credential_statement_by_decision on rm_credential_statement (learner_id, qualification_id, unit_ref);
