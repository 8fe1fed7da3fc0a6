-- Read model qualification progress (processing group `progress`, ADR 0009): a pathway migration to a new
-- version of the standard (LearnerPathwayMigrated, S28) is a fact like the others. From its effective date
-- (and, with knownAt, from its recording) the audit runs under the new version, held in standard_version,
-- and counts the credit the transition table carried over, kept here.
-- A database that projected progress before this script holds no migration facts: rebuild the read model
-- once (POST /api/operations/read-models/progress/rebuild, ADR 0011).
alter table rm_progress_pathway_event
    -- {"previousStandard": "FR-BACPRO@1", "unmapped": ["U34@1"], "credits": [{"from": "U31@1", "to": "U3A@2",
    --  "coverage": "FULL", "coveredOutcomes": [], "points": 30, "grade": 14, "originallyRecognisedOn": "2024-06-30"}]}
    add column migration jsonb;
