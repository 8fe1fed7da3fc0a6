package org.ecvetledger.projections.transcript;

/** One learning outcome of a unit on the transcript: its latest assessed result (null: not assessed), and whether it was validated and recognised. */
public record LearningOutcomeView(String id, Boolean achieved, boolean validated, boolean recognised) {}
