-- Write-side lookup of Memoranda of Understanding (ADR 0004's approach): kept in the events'
-- transaction by a subscribing processor. Learning agreements check against it that their MoU is in
-- force (R4, R29); the expiry scheduler finds here the MoUs whose end date has passed.
create table wl_memorandum (
    memorandum_id    uuid    primary key,
    latest_version   integer not null,
    latest_terms     jsonb   not null,
    version_in_force integer,
    terms_in_force   jsonb,
    active_from      date,
    valid_until      date    not null,
    ended_on         date
);
create index wl_memorandum_running on wl_memorandum (valid_until) where ended_on is null;
