package org.ecvetledger.domain.accumulation;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * Asks a pathway to count a common-core unit the learner holds by a recognition in another
 * qualification (issue 6 item 5, ADR 0016); sent by the common-core policy, never by a client. The
 * pathway counts it only where it applies and otherwise records nothing.
 */
public record CountCommonCoreUnit(
        LearnerId learner, QualificationId qualification, QualificationId sourceQualification, UnitRef unit) {

    public CountCommonCoreUnit {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(sourceQualification, "sourceQualification");
        Objects.requireNonNull(unit, "unit");
    }

    @TargetAggregateIdentifier
    public String pathwayId() {
        return new PathwayId(learner, qualification).toString();
    }
}
