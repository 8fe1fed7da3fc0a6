-- Read model: mobility (projections.mobility, processing group `mobility`): Memoranda of Understanding
-- and learning agreements, every version kept with its signatures. Rebuildable from the event store
-- at any time.
--
-- The head rows (rm_mobility_memorandum, rm_mobility_agreement) and the rows that change after they
-- are written (MoU versions, change proposals) keep the aggregate sequence number of the last event
-- applied to them (last_sequence), so a redelivered or replayed older event never moves them backwards.
-- Rows that never change once written (signatures, reviews, acceptances, documents, LA versions) are
-- keyed by their natural key and inserted with `on conflict do nothing`; reviews and documents have no
-- natural key in their events other than the event itself, so they are keyed by its sequence number.
--
-- Terms are jsonb documents of the read model's own shape (MobilityJson), one per version.

-- One row per MoU: where it stands now. Title and parties are those of the latest version.
create table rm_mobility_memorandum (
    memorandum_id      uuid    primary key,
    title              text    not null,
    latest_version     integer not null,
    version_in_force   integer,          -- the last version every party signed; null before
    state              text    not null, -- DRAFT | PARTIALLY_SIGNED | ACTIVE | AMENDMENT_PENDING | EXPIRED | TERMINATED
    active_from        date,             -- from when the version in force applies
    ended_on           date,             -- expired or terminated on
    terminated_by      text,
    termination_reason text,
    last_sequence      bigint  not null
);

create index rm_mobility_memorandum_state on rm_mobility_memorandum (state);

-- Every version of every MoU: version 1 as drafted, each later one as amended.
create table rm_mobility_memorandum_version (
    memorandum_id    uuid    not null,
    version          integer not null,
    terms            jsonb   not null, -- {"title","parties":[{"institution",...}],"scope","validFrom","validUntil",...}
    amendment_reason text,             -- null for version 1
    active_from      date,             -- null while (or if) the version never came into force
    last_sequence    bigint  not null,
    primary key (memorandum_id, version)
);

create index rm_mobility_memorandum_version_parties on rm_mobility_memorandum_version
    using gin ((terms -> 'parties') jsonb_path_ops);

-- One signature per party and version.
create table rm_mobility_memorandum_signature (
    memorandum_id uuid    not null,
    version       integer not null,
    party         text    not null,
    signatory     text    not null,
    signed_on     date    not null,
    sequence      bigint  not null,
    primary key (memorandum_id, version, party)
);

create table rm_mobility_memorandum_review (
    memorandum_id uuid    not null,
    sequence      bigint  not null,
    version       integer not null,
    reviewed_on   date    not null,
    outcome       text    not null,
    primary key (memorandum_id, sequence)
);

-- One row per learning agreement: where it stands now. Home, host, qualification and mobility dates
-- are those of the latest version.
create table rm_mobility_agreement (
    agreement_id        uuid    primary key,
    learner_id          uuid    not null,
    memorandum_id       uuid    not null,
    group_reference     text,
    home_id             text    not null,
    host_id             text    not null,
    qualification       text    not null, -- 'FR-BACPRO-MELEC@1'
    mobility_start      date    not null,
    mobility_end        date    not null,
    latest_version      integer not null,
    state               text    not null, -- DRAFT | PARTIALLY_SIGNED | ACTIVE | CANCELLED | COMPLETED | COMPLETED_WITH_GAPS
    active_from         date,
    cancelled_by        text,             -- LEARNER | HOME | HOST
    cancelled_on        date,
    cancellation_reason text,
    completed_on        date,
    outstanding         jsonb,            -- planned but not achieved: [{"unit","learningOutcomes","points"}]
    last_sequence       bigint  not null
);

create index rm_mobility_agreement_learner on rm_mobility_agreement (learner_id);
create index rm_mobility_agreement_memorandum on rm_mobility_agreement (memorandum_id);
create index rm_mobility_agreement_home on rm_mobility_agreement (home_id);
create index rm_mobility_agreement_host on rm_mobility_agreement (host_id);
create index rm_mobility_agreement_group on rm_mobility_agreement (group_reference);

-- Every version of every learning agreement: version 1 as drafted, each later one as amended.
create table rm_mobility_agreement_version (
    agreement_id  uuid    not null,
    version       integer not null,
    terms         jsonb   not null, -- {"home","host","mobilityStart","mobilityEnd","qualification","plannedUnits",...}
    proposal      integer,          -- the accepted change proposal it came from; null for version 1
    sequence      bigint  not null,
    primary key (agreement_id, version)
);

-- Each of learner, home and host signs a version individually.
create table rm_mobility_agreement_signature (
    agreement_id uuid    not null,
    version      integer not null,
    party        text    not null, -- LEARNER | HOME | HOST
    signatory    text    not null,
    signed_on    date    not null,
    sequence     bigint  not null,
    primary key (agreement_id, version, party)
);

create table rm_mobility_agreement_proposal (
    agreement_id      uuid    not null,
    proposal          integer not null,
    base_version      integer not null,
    terms             jsonb   not null,
    proposed_by       text    not null,
    reason            text    not null,
    status            text    not null, -- OPEN | ACCEPTED | REJECTED
    rejected_by       text,
    rejection_reason  text,
    resulting_version integer,          -- the version it became, once accepted
    last_sequence     bigint  not null,
    primary key (agreement_id, proposal)
);

create table rm_mobility_agreement_acceptance (
    agreement_id uuid    not null,
    proposal     integer not null,
    accepted_by  text    not null,
    signatory    text    not null,
    accepted_on  date    not null,
    sequence     bigint  not null,
    primary key (agreement_id, proposal, accepted_by)
);

create table rm_mobility_agreement_document (
    agreement_id uuid   not null,
    sequence     bigint not null,
    issued_by    text   not null,
    type         text   not null, -- EUROPASS_MOBILITY | HOST_TRANSCRIPT
    issued_on    date   not null,
    content      text   not null,
    primary key (agreement_id, sequence)
);
