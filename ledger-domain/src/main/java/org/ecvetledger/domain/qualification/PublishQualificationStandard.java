package org.ecvetledger.domain.qualification;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.QualificationRef;

/** Checks a draft standard for consistency and publishes it, effective from a date. */
public record PublishQualificationStandard(QualificationRef standard, LocalDate effectiveFrom) {

    public PublishQualificationStandard {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    @TargetAggregateIdentifier
    public String standardId() {
        return standard.toString();
    }
}
