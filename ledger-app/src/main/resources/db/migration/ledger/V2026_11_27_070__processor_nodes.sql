-- Several app nodes on one PostgreSQL (issue 8 item 6, docs/scaling.md): each running node keeps a
-- row here, refreshed every few seconds, so the event processors of every node know how many nodes
-- share their segments. A node claims at most ceil(segments / live nodes) segments of a processor
-- and releases the surplus when another node joins (Axon's pooled processor does the release); when
-- a node stops it deletes its row, when it dies its row goes stale, and the others take its segments.
-- Holds no ledger data: losing the table only costs a few seconds of uneven sharing.
create table processor_node (
    node_id     varchar(255) primary key,
    started_at  timestamptz  not null default now(),
    last_seen   timestamptz  not null default now()
);
