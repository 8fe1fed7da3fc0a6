-- Read models transcript and progress (ADR 0008, "Fixed"): until now each event's global_index was the
-- position of the tracking token it came with, which is the highest index the processor had seen. An
-- event committed after a later-numbered one (a background policy writing while the caller's
-- transaction was still open) was stored with the later one's index, so the rows of an existing
-- database can differ from what a replay gives. The projectors now store the event's own index.
-- Both read models are rebuilt at the next start, as their reset would: their tables are emptied
-- (exactly the tables each group's @ResetHandler truncates), their dead letters dropped and their
-- tokens deleted, so their processors start again from the first event of the store.
-- Upgrade with every node stopped: a node still running the old version would go on writing old positions.
truncate table rm_transcript_event, rm_transcript_memorandum_event, rm_transcript_agreement, rm_transcript_standard;
truncate table rm_progress_pathway_event, rm_progress_standard, rm_progress_standard_unit, rm_progress_equivalence;

-- tokenentry and deadletterentry belong to the event store (db/migration/ledger); the read models' own
-- test database has only the read-model tables
do $$
begin
    if to_regclass('tokenentry') is not null then
        delete from tokenentry where processorname in ('transcript', 'progress');
    end if;
    if to_regclass('deadletterentry') is not null then
        delete from deadletterentry where processinggroup in ('transcript', 'progress');
    end if;
end
$$;
