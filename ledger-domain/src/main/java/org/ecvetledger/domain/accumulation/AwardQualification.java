package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;

/** Awards the qualification on behalf of an awarding body, when the learner is eligible. */
public record AwardQualification(
        LearnerId learner,
        QualificationId qualification,
        Actor awardingBody,
        LocalDate effectiveDate,
        String legalBasis) {

    public AwardQualification {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(awardingBody, "awardingBody");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }

    @TargetAggregateIdentifier
    public String pathwayId() {
        return new PathwayId(learner, qualification).toString();
    }
}
