package org.ecvetledger.domain.unit;

/** The EQF descriptor dimension of a learning outcome; ELM calls competence "responsibility and autonomy". */
public enum LearningOutcomeCategory {
    KNOWLEDGE,
    SKILLS,
    COMPETENCE
}
