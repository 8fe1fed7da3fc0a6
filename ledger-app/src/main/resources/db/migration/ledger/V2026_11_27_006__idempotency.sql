-- Idempotency-Key (R26, ADR 0006): one row per key that has completed a write request of the REST
-- API, written in the same transaction as the events that request caused, so that a retry with the
-- same key is answered from here and appends nothing. Only outcomes worth repeating are kept: a
-- success (2xx) or a refusal by the ledger's rules (4xx problem+json); a 5xx or a transient refusal
-- is never stored, so the client may retry. A request still in flight holds a transaction-scoped
-- advisory lock on its key instead of a row, so it leaves nothing behind if it fails.
--
-- Retention: a row is kept for at least ledger.idempotency.retention (default 7 days) after
-- created_at; a scheduled task (IdempotencyCleanup, every ledger.idempotency.cleanup-interval,
-- default 1 hour) deletes older rows, after which the key may be used again. Request bodies are
-- never stored, only their SHA-256; response bodies are the ledger's own answers (identifiers,
-- problem documents).
create table idempotency_record (
    idempotency_key        varchar(200) primary key,
    -- SHA-256 of method, path, query and body: the same key with another request is refused (422)
    request_hash           bytea        not null,
    request_method         varchar(10)  not null,
    request_path           text         not null,
    -- the remembered response, sent again byte for byte on a retry
    response_status        smallint     not null,
    response_content_type  text,
    response_location      text,
    response_body          bytea        not null,
    created_at             timestamptz  not null default now(),
    constraint idempotency_record_key_visible_ascii check (idempotency_key ~ '^[!-~]{1,200}$'),
    constraint idempotency_record_hash_sha256 check (octet_length(request_hash) = 32),
    constraint idempotency_record_status check (response_status between 200 and 499)
);

create index idempotency_record_created_at on idempotency_record (created_at);
