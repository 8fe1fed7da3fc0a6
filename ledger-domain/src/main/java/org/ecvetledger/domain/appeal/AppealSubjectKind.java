package org.ecvetledger.domain.appeal;

/** What an appeal is against: an assessment, or the recognition of a unit on the learner's pathway. */
public enum AppealSubjectKind {
    ASSESSMENT,
    UNIT_RECOGNITION
}
