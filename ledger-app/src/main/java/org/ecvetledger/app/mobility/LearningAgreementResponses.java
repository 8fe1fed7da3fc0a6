package org.ecvetledger.app.mobility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ecvetledger.domain.learningagreement.AssessmentArrangement;
import org.ecvetledger.domain.learningagreement.LearningAgreementTerms;
import org.ecvetledger.domain.learningagreement.PlannedUnit;
import org.ecvetledger.projections.mobility.ChangeAcceptanceView;
import org.ecvetledger.projections.mobility.ChangeProposalView;
import org.ecvetledger.projections.mobility.LearningAgreementSignatureView;
import org.ecvetledger.projections.mobility.LearningAgreementSummaryView;
import org.ecvetledger.projections.mobility.LearningAgreementVersionView;
import org.ecvetledger.projections.mobility.LearningAgreementView;
import org.ecvetledger.projections.mobility.MobilityDocumentView;

/**
 * The JSON shapes of the learning-agreement endpoints' answers. Terms have the shape of the draft's
 * {@code terms}, so a client can propose a change to what it read.
 */
final class LearningAgreementResponses {

    private LearningAgreementResponses() {}

    /** The answer to a draft: the new agreement's id and its first version. */
    record Drafted(String learningAgreementId, int version) {}

    /** The answer to a group draft: the shared reference and one agreement per learner, in the order sent. */
    record GroupDrafted(String groupReference, List<Member> learningAgreements) {

        GroupDrafted {
            learningAgreements = List.copyOf(learningAgreements);
        }
    }

    /** One learner's agreement in a group. */
    record Member(String learner, String learningAgreementId) {}

    /** Names the agreement a command was recorded for; read it back with {@code GET /api/learning-agreements/{id}}. */
    record Recorded(String learningAgreementId) {}

    /** An agreement in a search result; home, host, standard and dates are those of the latest version. */
    record Summary(
            String learningAgreementId,
            String learner,
            String mou,
            String groupReference,
            String home,
            String host,
            String qualification,
            LocalDate mobilityStart,
            LocalDate mobilityEnd,
            String state,
            int latestVersion,
            LocalDate activeFrom) {

        static Summary of(LearningAgreementSummaryView view) {
            return new Summary(
                    view.agreementId().toString(),
                    view.learner().toString(),
                    view.memorandum().toString(),
                    view.groupReference(),
                    view.home().value(),
                    view.host().value(),
                    view.qualification().toString(),
                    view.mobilityStart(),
                    view.mobilityEnd(),
                    view.state().name(),
                    view.latestVersion(),
                    view.activeFrom());
        }
    }

    /**
     * An agreement with one version in full (the latest unless another was asked for), its
     * cancellation or completion, every change proposal and every mobility document.
     */
    record LearningAgreement(
            String learningAgreementId,
            String learner,
            String mou,
            String groupReference,
            String state,
            int latestVersion,
            LocalDate activeFrom,
            List<Integer> versions,
            Version version,
            Cancellation cancellation,
            Completion completion,
            List<Proposal> proposals,
            List<Document> documents) {

        static LearningAgreement of(LearningAgreementView view) {
            return new LearningAgreement(
                    view.agreementId().toString(),
                    view.learner().toString(),
                    view.memorandum().toString(),
                    view.groupReference(),
                    view.state().name(),
                    view.latestVersion(),
                    view.activeFrom(),
                    view.versions(),
                    Version.of(view.version()),
                    view.cancellation() == null
                            ? null
                            : new Cancellation(
                                    view.cancellation().cancelledBy().name(),
                                    view.cancellation().cancelledOn(),
                                    view.cancellation().reason()),
                    view.completion() == null
                            ? null
                            : new Completion(
                                    view.completion().completedOn(),
                                    view.completion().outstanding().stream()
                                            .map(Outstanding::of)
                                            .toList()),
                    view.proposals().stream().map(Proposal::of).toList(),
                    view.documents().stream().map(Document::of).toList());
        }
    }

    /**
     * One version: its terms, the accepted proposal it came from (null for version 1) and the
     * signatures of learner, home and host in the order signed.
     */
    record Version(int version, Terms terms, Integer fromProposal, List<Signature> signatures) {

        static Version of(LearningAgreementVersionView view) {
            return new Version(
                    view.version(),
                    Terms.of(view.terms()),
                    view.fromProposal(),
                    view.signatures().stream().map(Signature::of).toList());
        }
    }

    record Terms(
            String home,
            String host,
            LocalDate mobilityStart,
            LocalDate mobilityEnd,
            String qualification,
            List<Planned> plannedUnits,
            String learningActivities,
            List<Arrangement> assessmentArrangements,
            String documentation,
            String validationAndRecognition,
            List<String> priorProgress) {

        static Terms of(LearningAgreementTerms terms) {
            return new Terms(
                    terms.home().value(),
                    terms.host().value(),
                    terms.mobilityStart(),
                    terms.mobilityEnd(),
                    terms.qualification().toString(),
                    terms.plannedUnits().stream().map(Planned::of).toList(),
                    terms.learningActivities(),
                    terms.assessmentArrangements().stream().map(Arrangement::of).toList(),
                    terms.documentation(),
                    terms.validationAndRecognition(),
                    terms.priorProgress().stream().map(Object::toString).toList());
        }
    }

    /** A unit or part of a unit to be achieved abroad; no outcomes listed: the whole unit. */
    record Planned(String unit, List<String> learningOutcomes, BigDecimal points) {

        static Planned of(PlannedUnit planned) {
            return new Planned(
                    planned.unit().toString(),
                    planned.learningOutcomes(),
                    planned.points() == null ? null : planned.points().value());
        }
    }

    record Arrangement(String assessor, String method, String when) {

        static Arrangement of(AssessmentArrangement arrangement) {
            return new Arrangement(arrangement.assessor().value(), arrangement.method(), arrangement.when());
        }
    }

    record Signature(String party, String signatory, LocalDate signedOn) {

        static Signature of(LearningAgreementSignatureView view) {
            return new Signature(view.party().name(), view.signatory(), view.signedOn());
        }
    }

    record Cancellation(String cancelledBy, LocalDate cancelledOn, String reason) {}

    /** The end of the mobility; {@code outstanding} is empty when everything planned was achieved. */
    record Completion(LocalDate completedOn, List<Outstanding> outstanding) {}

    /** A planned unit, or some of its outcomes, not achieved. */
    record Outstanding(String unit, List<String> learningOutcomes) {

        static Outstanding of(PlannedUnit gap) {
            return new Outstanding(gap.unit().toString(), gap.learningOutcomes());
        }
    }

    /** A proposed change and what the other parties made of it. */
    record Proposal(
            int proposal,
            int baseVersion,
            Terms terms,
            String proposedBy,
            String reason,
            String status,
            List<Acceptance> acceptances,
            String rejectedBy,
            String rejectionReason,
            Integer resultingVersion) {

        static Proposal of(ChangeProposalView view) {
            return new Proposal(
                    view.proposal(),
                    view.baseVersion(),
                    Terms.of(view.terms()),
                    view.proposedBy().name(),
                    view.reason(),
                    view.status().name(),
                    view.acceptances().stream().map(Acceptance::of).toList(),
                    view.rejectedBy() == null ? null : view.rejectedBy().name(),
                    view.rejectionReason(),
                    view.resultingVersion());
        }
    }

    record Acceptance(String acceptedBy, String signatory, LocalDate acceptedOn) {

        static Acceptance of(ChangeAcceptanceView view) {
            return new Acceptance(view.acceptedBy().name(), view.signatory(), view.acceptedOn());
        }
    }

    record Document(String issuedBy, String type, LocalDate issuedOn, String content) {

        static Document of(MobilityDocumentView view) {
            return new Document(view.issuedBy().value(), view.type().name(), view.issuedOn(), view.content());
        }
    }
}
