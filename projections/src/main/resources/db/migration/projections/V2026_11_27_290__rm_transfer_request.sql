-- Read model: every credit transfer request as it stands (projections.transfer, group transfer-requests;
-- issue 6 item 5, ADR 0022): the credit put forward and for what, the route of the equivalence lookup,
-- and each step — requested, validated, recognised (by the validating body or another), completed or
-- refused — with who took it and when.
create table rm_transfer_request (
    transfer_request_id        uuid    primary key,
    learner_id                 uuid    not null,
    source_qualification_id    text    not null,
    source_version             integer not null,
    source_unit                text    not null,
    qualification_id           text    not null,
    version                    integer not null,
    unit                       text    not null,
    route                      text    not null,
    equivalence_id             uuid,
    equivalence_version        integer,
    coverage                   text,
    state                      text    not null,
    requested_by_institution   text    not null,
    requested_by_person        text    not null,
    requested_on               date    not null,
    validated_by_institution   text,
    validated_by_person        text,
    validation_reference       text,
    validated_on               date,
    recognition_follows        boolean not null default false,
    recognised_by_institution  text,
    recognised_by_person       text,
    recognition_reference      text,
    recognised_on              date,
    recognition_event          text,
    completed_on               date,
    refusal_rule               text,
    refusal_reason             text,
    refused_on                 date,
    last_sequence              bigint  not null
);

create index rm_transfer_request_by_learner on rm_transfer_request (learner_id, requested_on, transfer_request_id);
