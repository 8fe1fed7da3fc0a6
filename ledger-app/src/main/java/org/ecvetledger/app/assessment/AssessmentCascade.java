package org.ecvetledger.app.assessment;

/** The processing group of the policies that carry a change to an assessment to the decisions resting on it (ADR 0010). */
public final class AssessmentCascade {

    public static final String PROCESSING_GROUP = "assessment-cascade";

    private AssessmentCascade() {}
}
