package org.ecvetledger.projections.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * The same audit as {@link GetQualificationProgress} with hypotheses added, computed without
 * recording anything: recognitions that have not happened, and/or a transfer of the learner's credit
 * into another qualification through the declared unit equivalences.
 *
 * @param knownAt      only what the ledger had recorded by this instant; null: everything recorded
 * @param recognitions hypothetical recognitions, of units of the audited standard (the target's, on a transfer)
 * @param transferTo   another qualification to audit the learner's credit against; null: none
 */
public record GetWhatIfProgress(
        LearnerId learner,
        QualificationId qualification,
        LocalDate asOf,
        Instant knownAt,
        List<HypotheticalRecognition> recognitions,
        QualificationId transferTo) {

    public GetWhatIfProgress {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(asOf, "asOf");
        recognitions = recognitions == null ? List.of() : List.copyOf(recognitions);
    }

    /**
     * A recognition that has not happened: the unit's points are those of the audited standard (R8).
     *
     * @param grade        null when ungraded
     * @param recognisedOn null: on the audit's date
     */
    public record HypotheticalRecognition(UnitRef unit, BigDecimal grade, LocalDate recognisedOn) {
        public HypotheticalRecognition {
            Objects.requireNonNull(unit, "unit");
        }
    }
}
