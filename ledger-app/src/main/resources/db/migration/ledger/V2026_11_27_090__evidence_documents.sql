-- Evidence documents (issue 11, ADR 0021): the files an assessment rests on, uploaded by staff and
-- cited on the assessment by id and SHA-256 (the event carries the hash, never the bytes). Kept
-- outside the event store so the ledger's history stays small; the hash on the event is what makes
-- any change to a stored file visible.
create table evidence_document (
    evidence_id              uuid        primary key,
    sha256                   text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes               bigint      not null check (size_bytes >= 0),
    filename                 text        not null,
    content_type             text        not null,
    uploaded_by_institution  text        not null,
    uploaded_by_account      text        not null,
    uploaded_at              timestamptz not null,
    content                  bytea       not null
);

-- Which learners' assessments cite which document (with its hash), kept in the transaction of the
-- AssessmentRecorded event by the access lookups: the staff and auditors who may read that learner's
-- records may read the evidence behind them.
create table wl_evidence_citation (
    document_id  text not null,
    sha256       text not null,
    learner_id   uuid not null,
    primary key (document_id, sha256, learner_id)
);
