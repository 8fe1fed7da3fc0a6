package org.ecvetledger.app.catalogue;

import java.time.LocalDate;
import java.util.List;
import org.ecvetledger.domain.equivalence.EquivalenceTerms;
import org.ecvetledger.projections.catalogue.EquivalenceVersionView;
import org.ecvetledger.projections.catalogue.EquivalenceView;
import org.ecvetledger.projections.catalogue.EquivalenceWithdrawalView;

/** The JSON shapes of the equivalence endpoints' answers; units read {@code CODE@VERSION}. */
final class EquivalenceResponses {

    private EquivalenceResponses() {}

    /** Body of the 201 answer to a declaration. */
    record Declared(String equivalenceId, int version) {}

    /** Names the equivalence a revision or withdrawal was recorded for. */
    record Recorded(String equivalenceId) {}

    /**
     * An equivalence: the version in force (or last in force, once withdrawn), its withdrawal (null
     * while in force) and every version, oldest first.
     */
    record Equivalence(
            String equivalenceId,
            int version,
            String source,
            String target,
            String coverage,
            List<String> coveredOutcomes,
            String basis,
            String basisReference,
            String declaredBy,
            LocalDate effectiveFrom,
            Withdrawal withdrawal,
            List<Version> history) {

        static Equivalence of(EquivalenceView view) {
            var terms = view.terms();
            return new Equivalence(
                    view.equivalenceId().toString(),
                    view.version(),
                    terms.source().toString(),
                    terms.target().toString(),
                    terms.coverage().name(),
                    terms.coveredOutcomes(),
                    terms.basis().name(),
                    terms.basisReference(),
                    view.declaredBy().value(),
                    view.effectiveFrom(),
                    view.withdrawal() == null ? null : Withdrawal.of(view.withdrawal()),
                    view.history().stream().map(Version::of).toList());
        }
    }

    record Withdrawal(String withdrawnBy, LocalDate effectiveFrom, String reason) {

        static Withdrawal of(EquivalenceWithdrawalView view) {
            return new Withdrawal(view.withdrawnBy().value(), view.effectiveFrom(), view.reason());
        }
    }

    record Version(
            int version,
            String source,
            String target,
            String coverage,
            List<String> coveredOutcomes,
            String basis,
            String basisReference,
            String declaredBy,
            LocalDate effectiveFrom) {

        static Version of(EquivalenceVersionView view) {
            EquivalenceTerms terms = view.terms();
            return new Version(
                    view.version(),
                    terms.source().toString(),
                    terms.target().toString(),
                    terms.coverage().name(),
                    terms.coveredOutcomes(),
                    terms.basis().name(),
                    terms.basisReference(),
                    view.declaredBy().value(),
                    view.effectiveFrom());
        }
    }
}
