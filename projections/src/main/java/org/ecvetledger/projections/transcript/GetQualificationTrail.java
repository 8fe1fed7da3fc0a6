package org.ecvetledger.projections.transcript;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;

/** Asks for the audit trail of a learner's pathway to one qualification and its award (S32): MoU → LA → assessments → validations → recognitions → award. */
public record GetQualificationTrail(LearnerId learner, QualificationId qualification, LocalDate asOf, Instant knownAt) {

    public GetQualificationTrail {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(qualification, "qualification");
    }
}
