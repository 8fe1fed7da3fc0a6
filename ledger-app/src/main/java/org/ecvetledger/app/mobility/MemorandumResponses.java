package org.ecvetledger.app.mobility;

import java.time.LocalDate;
import java.util.List;
import org.ecvetledger.domain.partnership.MemorandumParty;
import org.ecvetledger.domain.partnership.MemorandumScope;
import org.ecvetledger.domain.partnership.MemorandumTerms;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.projections.mobility.MemorandumReviewView;
import org.ecvetledger.projections.mobility.MemorandumSignatureView;
import org.ecvetledger.projections.mobility.MemorandumSummaryView;
import org.ecvetledger.projections.mobility.MemorandumVersionView;
import org.ecvetledger.projections.mobility.MemorandumView;

/**
 * The JSON shapes of the MoU endpoints' answers. Terms have the shape of the draft's body, so a
 * client can amend what it read; standards read {@code ID@VERSION}, units {@code CODE@VERSION}.
 */
final class MemorandumResponses {

    private MemorandumResponses() {}

    /** The answer to a draft: the new MoU's id and its first version. */
    record Drafted(String memorandumId, int version) {}

    /** Names the MoU a command was recorded for; read it back with {@code GET /api/mous/{id}}. */
    record Recorded(String memorandumId) {}

    /** An MoU in a search result; title and parties are those of the latest version. */
    record Summary(
            String memorandumId,
            String title,
            List<String> parties,
            String state,
            int latestVersion,
            Integer versionInForce,
            LocalDate activeFrom,
            LocalDate endedOn) {

        static Summary of(MemorandumSummaryView view) {
            return new Summary(
                    view.memorandumId().toString(),
                    view.title(),
                    view.parties().stream().map(InstitutionId::value).toList(),
                    view.state().name(),
                    view.latestVersion(),
                    view.versionInForce(),
                    view.activeFrom(),
                    view.endedOn());
        }
    }

    /** An MoU with one version in full (the latest unless another was asked for) and every review. */
    record Memorandum(
            String memorandumId,
            String state,
            int latestVersion,
            Integer versionInForce,
            LocalDate activeFrom,
            LocalDate endedOn,
            Termination termination,
            List<Integer> versions,
            Version version,
            List<Review> reviews) {

        static Memorandum of(MemorandumView view) {
            return new Memorandum(
                    view.memorandumId().toString(),
                    view.state().name(),
                    view.latestVersion(),
                    view.versionInForce(),
                    view.activeFrom(),
                    view.endedOn(),
                    view.termination() == null
                            ? null
                            : new Termination(
                                    view.termination().terminatedBy().value(),
                                    view.termination().reason()),
                    view.versions(),
                    Version.of(view.version()),
                    view.reviews().stream().map(Review::of).toList());
        }
    }

    /**
     * One version: its terms, why it was amended (null for version 1), from when it was in force
     * (null if it never was) and its signatures in the order signed.
     */
    record Version(int version, Terms terms, String amendmentReason, LocalDate activeFrom, List<Signature> signatures) {

        static Version of(MemorandumVersionView view) {
            return new Version(
                    view.version(),
                    Terms.of(view.terms()),
                    view.amendmentReason(),
                    view.activeFrom(),
                    view.signatures().stream().map(Signature::of).toList());
        }
    }

    record Terms(
            String title,
            List<Party> parties,
            List<Scope> scope,
            LocalDate validFrom,
            LocalDate validUntil,
            int minimumMobilityDays,
            int maximumMobilityDays,
            List<LocalDate> reviewDates) {

        static Terms of(MemorandumTerms terms) {
            return new Terms(
                    terms.title(),
                    terms.parties().stream().map(Party::of).toList(),
                    terms.scope().stream().map(Scope::of).toList(),
                    terms.validFrom(),
                    terms.validUntil(),
                    terms.minimumMobilityDays(),
                    terms.maximumMobilityDays(),
                    terms.reviewDates());
        }
    }

    record Party(
            String institution,
            String areasOfCompetence,
            String assessmentProcedure,
            String documentationProcedure,
            String validationProcedure,
            String recognitionProcedure) {

        static Party of(MemorandumParty party) {
            return new Party(
                    party.institution().value(),
                    party.areasOfCompetence(),
                    party.assessmentProcedure(),
                    party.documentationProcedure(),
                    party.validationProcedure(),
                    party.recognitionProcedure());
        }
    }

    /** A standard version and the units covered; no units listed: all of them. */
    record Scope(String standard, List<String> units) {

        static Scope of(MemorandumScope scope) {
            return new Scope(
                    scope.standard().toString(),
                    scope.units().stream().map(Object::toString).toList());
        }
    }

    record Signature(String party, String signatory, LocalDate signedOn) {

        static Signature of(MemorandumSignatureView view) {
            return new Signature(view.party().value(), view.signatory(), view.signedOn());
        }
    }

    record Review(int version, LocalDate reviewedOn, String outcome) {

        static Review of(MemorandumReviewView view) {
            return new Review(view.version(), view.reviewedOn(), view.outcome());
        }
    }

    /** Who ended the MoU early and why; the date is the MoU's {@code endedOn}. */
    record Termination(String terminatedBy, String reason) {}
}
