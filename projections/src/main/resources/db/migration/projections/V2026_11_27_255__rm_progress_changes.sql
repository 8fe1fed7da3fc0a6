-- Read model qualification progress (processing group `progress`, ADR 0009): the facts of changing the
-- past (ADR 0010) — revocations, withdrawals, reviews and confirmations — are pathway events like the
-- others; these columns keep what the audit needs of them beyond a unit and a date.
alter table rm_progress_pathway_event
    add column part_of_unit      boolean, -- UnitRecognitionRevoked: a recognition of part of the unit
    add column reviewed_decision text,    -- RecognitionReviewRequired, RecognitionConfirmed: CREDIT_VALIDATION | ...
    add column reason            text;    -- why a decision was flagged, withdrawn or revoked
