-- The event store and Axon's other tables, as Axon 4.13's JDBC components read and write them
-- (PostgresEventTableFactory, PostgresTokenTableFactory, PostgresSagaSqlSchema,
-- GenericDeadLetterTableFactory), with BYTEA wherever Axon's generic factories say BLOB.
-- Axon's default names are unquoted camelCase, which PostgreSQL folds to lower case.
-- Payloads and metadata are UTF-8 JSON (Jackson 3); see the event_log view below for reading them.

create table domainevententry (
    globalindex          bigserial    not null,
    aggregateidentifier  varchar(255) not null,
    sequencenumber       bigint       not null,
    type                 varchar(255),
    eventidentifier      varchar(255) not null,
    metadata             bytea,
    payload              bytea        not null,
    payloadrevision      varchar(255),
    payloadtype          varchar(255) not null,
    timestamp            varchar(255) not null,
    primary key (globalindex),
    -- the optimistic lock of every aggregate: two writers of one sequence number cannot both commit
    unique (aggregateidentifier, sequencenumber),
    unique (eventidentifier)
);

create table snapshotevententry (
    aggregateidentifier  varchar(255) not null,
    sequencenumber       bigint       not null,
    type                 varchar(255) not null,
    eventidentifier      varchar(255) not null,
    metadata             bytea,
    payload              bytea        not null,
    payloadrevision      varchar(255),
    payloadtype          varchar(255) not null,
    timestamp            varchar(255) not null,
    primary key (aggregateidentifier, sequencenumber),
    unique (eventidentifier)
);

create table tokenentry (
    processorname  varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    tokentype      varchar(255),
    timestamp      varchar(255),
    owner          varchar(255),
    primary key (processorname, segment)
);

create table sagaentry (
    sagaid          varchar(255) not null,
    revision        varchar(255),
    sagatype        varchar(255),
    serializedsaga  bytea,
    primary key (sagaid)
);

create table associationvalueentry (
    id                bigserial    not null,
    associationkey    varchar(255),
    associationvalue  varchar(255),
    sagaid            varchar(255),
    sagatype          varchar(255),
    primary key (id)
);
create index associationvalueentry_lookup on associationvalueentry (sagatype, associationkey, associationvalue);
create index associationvalueentry_saga on associationvalueentry (sagaid, sagatype);

create table deadletterentry (
    deadletteridentifier  varchar(255)  not null,
    processinggroup       varchar(255)  not null,
    sequenceidentifier    varchar(255)  not null,
    sequenceindex         bigint        not null,
    messagetype           varchar(255)  not null,
    eventidentifier       varchar(255)  not null,
    timestamp             varchar(255)  not null,
    payloadtype           varchar(255)  not null,
    payloadrevision       varchar(255),
    payload               bytea         not null,
    metadata              bytea,
    type                  varchar(255),
    aggregateidentifier   varchar(255),
    sequencenumber        bigint,
    tokentype             varchar(255),
    token                 bytea,
    enqueuedat            varchar(255)  not null,
    lasttouched           varchar(255),
    processingstarted     varchar(255),
    causetype             varchar(255),
    causemessage          varchar(1023),
    diagnostics           bytea,
    constraint deadletterentry_pk primary key (deadletteridentifier),
    constraint sequenceindex_index unique (processinggroup, sequenceidentifier, sequenceindex)
);
create index processinggroup_index on deadletterentry (processinggroup);
create index sequenceidentifier_index on deadletterentry (processinggroup, sequenceidentifier);

-- For auditors with psql: the ledger as readable JSON, in the order it was recorded.
--   select recorded_at, event_type, payload from event_log where aggregate_id = '<learner id>';
create view event_log as
select globalindex                                as global_index,
       eventidentifier                            as event_id,
       type                                       as aggregate_type,
       aggregateidentifier                        as aggregate_id,
       sequencenumber                             as sequence_number,
       payloadtype                                as event_type,
       payloadrevision                            as event_version,
       timestamp::timestamptz                     as recorded_at,
       convert_from(payload, 'UTF8')::jsonb       as payload,
       convert_from(metadata, 'UTF8')::jsonb      as metadata
from domainevententry;
