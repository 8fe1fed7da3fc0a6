package org.ecvetledger.projections.transcript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecvetledger.domain.accumulation.AwardEligibilityEvaluated;
import org.ecvetledger.domain.accumulation.CreditValidationRejected;
import org.ecvetledger.domain.accumulation.QualificationAwardRevoked;
import org.ecvetledger.domain.accumulation.QualificationAwarded;
import org.ecvetledger.domain.accumulation.UnitRecognised;
import org.ecvetledger.domain.accumulation.UnitRecognitionRevoked;
import org.ecvetledger.domain.appeal.AppealLodged;
import org.ecvetledger.domain.appeal.AppealRejected;
import org.ecvetledger.domain.appeal.AppealSubject;
import org.ecvetledger.domain.appeal.AppealSubjectKind;
import org.ecvetledger.domain.appeal.AppealUpheld;
import org.ecvetledger.domain.assessment.AssessmentCorrected;
import org.ecvetledger.domain.assessment.AssessmentRecorded;
import org.ecvetledger.domain.assessment.ReassessmentRecorded;
import org.ecvetledger.domain.credential.CredentialIssued;
import org.ecvetledger.domain.credential.CredentialRevoked;
import org.ecvetledger.domain.learningagreement.LearningAgreementAmended;
import org.ecvetledger.domain.learningagreement.LearningAgreementChangeRejected;
import org.ecvetledger.domain.learningagreement.LearningAgreementDrafted;
import org.ecvetledger.domain.partnership.MemorandumAmended;
import org.ecvetledger.domain.partnership.MemorandumDrafted;

/**
 * Orders history entries into an audit trail (S32): by link of the chain (MoU, learning agreement,
 * assessments, validations, recognitions, award, credential), then in ledger order. Nothing is left
 * out (P3): superseded events stay, marked SUPERSEDED with the id of the event that replaced them.
 * Pure, like {@link TranscriptFold}.
 */
final class TrailFold {

    static final String SUPERSEDED = "SUPERSEDED";
    static final String REFUSAL = "REFUSAL";
    static final String REVOCATION = "REVOCATION";
    static final String REVIEW = "REVIEW";

    private TrailFold() {}

    static TrailView fold(String subject, List<HistoryEntry> history, TimeSlice slice) {
        var seen = history.stream()
                .filter(slice::sees)
                .sorted(Comparator.comparingLong(HistoryEntry::position))
                .toList();
        var supersededBy = supersessions(seen);
        var entries = seen.stream()
                .map(entry -> view(entry, supersededBy.get(entry.eventId())))
                .sorted(Comparator.comparing(TrailEntryView::stage).thenComparingLong(TrailEntryView::position))
                .toList();
        return new TrailView(subject, slice.asOf(), slice.knownAt(), entries);
    }

    /**
     * The entries of one award's chain (S32) among its pathway's history: everything of the pathway
     * (MoU, agreement, assessments, validations, recognitions, evaluations, reviews) except another award
     * of the same qualification (an earlier one revoked, or a later one after this was revoked), the
     * revocation of another award, and the credentials that do not state this award. Pure.
     */
    static List<HistoryEntry> ofAward(String awardEventId, List<HistoryEntry> pathway) {
        var award = pathway.stream()
                .filter(e -> e.eventId().equals(awardEventId) && e.event() instanceof QualificationAwarded)
                .map(e -> (QualificationAwarded) e.event())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no award " + awardEventId + " in the history"));
        var nextAward = pathway.stream()
                .filter(e ->
                        e.event() instanceof QualificationAwarded && e.position() > position(pathway, awardEventId))
                .mapToLong(HistoryEntry::position)
                .min()
                .orElse(Long.MAX_VALUE);
        var awardPosition = position(pathway, awardEventId);
        // a credential states the award when it names the qualification without a unit, issued while this award stood
        var credentials = new java.util.HashSet<String>();
        for (var entry : pathway) {
            if (entry.event() instanceof CredentialIssued issued
                    && entry.position() > awardPosition
                    && entry.position() < nextAward
                    && issued.states().stream()
                            .anyMatch(stated -> stated.unit() == null
                                    && stated.qualification()
                                            .equals(award.pathway().qualification()))) {
                credentials.add(issued.credentialId().toString());
            }
        }
        return pathway.stream()
                .filter(entry -> {
                    var event = entry.event();
                    if (event instanceof QualificationAwarded) {
                        return entry.eventId().equals(awardEventId);
                    }
                    if (event instanceof QualificationAwardRevoked revoked) {
                        return entry.position() > awardPosition
                                && revoked.awardedOn().equals(award.effectiveDate())
                                && revoked.awardedBy().equals(award.awardedBy().institution());
                    }
                    if (event instanceof CredentialIssued issued) {
                        return credentials.contains(issued.credentialId().toString());
                    }
                    if (event instanceof CredentialRevoked revoked) {
                        return credentials.contains(revoked.credentialId().toString());
                    }
                    return true;
                })
                .toList();
    }

    private static long position(List<HistoryEntry> history, String eventId) {
        return history.stream()
                .filter(e -> e.eventId().equals(eventId))
                .mapToLong(HistoryEntry::position)
                .findFirst()
                .orElseThrow();
    }

    /**
     * Which event replaced which: a later MoU or learning agreement version replaces the terms
     * before it, a later award evaluation the earlier one, a unit recognised again (after its credit
     * expired, R13) the earlier recognition. A correction replaces the assessment's values before it
     * (the recording, or the previous correction: S09), an appeal's reassessment the appealed
     * assessment (S12), a revocation the recognition, award or credential it revokes (S11).
     */
    private static Map<String, String> supersessions(List<HistoryEntry> ordered) {
        var supersededBy = new HashMap<String, String>();
        var latestByKey = new HashMap<String, String>();
        for (var entry : ordered) {
            var key = supersessionKey(entry);
            if (key == null) {
                continue;
            }
            var previous = latestByKey.put(key, entry.eventId());
            if (previous != null) {
                supersededBy.put(previous, entry.eventId());
            }
            if (revokes(entry)) {
                // A revocation replaces what it revokes but is not itself replaced by a later grant.
                latestByKey.remove(key);
            }
        }
        return supersededBy;
    }

    private static String supersessionKey(HistoryEntry entry) {
        var event = entry.event();
        if (event instanceof MemorandumDrafted || event instanceof MemorandumAmended) {
            return "terms|" + entry.aggregateId();
        }
        if (event instanceof LearningAgreementDrafted drafted) {
            return "terms|" + drafted.agreementId();
        }
        if (event instanceof LearningAgreementAmended amended) {
            return "terms|" + amended.agreementId();
        }
        if (event instanceof AwardEligibilityEvaluated evaluated) {
            return "evaluation|" + evaluated.pathway();
        }
        if (event instanceof UnitRecognised recognised) {
            return "recognition|" + recognised.pathway() + "|" + recognised.unit();
        }
        if (event instanceof UnitRecognitionRevoked revoked && !revoked.partOfUnit()) {
            return "recognition|" + revoked.pathway() + "|" + revoked.unit();
        }
        if (event instanceof AssessmentRecorded recorded) {
            return "assessment|" + recorded.assessmentId();
        }
        if (event instanceof AssessmentCorrected corrected) {
            return "assessment|" + corrected.assessmentId();
        }
        if (event instanceof ReassessmentRecorded reassessment) {
            return "assessment|" + reassessment.supersedes();
        }
        if (event instanceof QualificationAwarded awarded) {
            return "award|" + awarded.pathway();
        }
        if (event instanceof QualificationAwardRevoked revoked) {
            return "award|" + revoked.pathway();
        }
        if (event instanceof CredentialIssued issued) {
            return "credential|" + issued.credentialId();
        }
        if (event instanceof CredentialRevoked revoked) {
            return "credential|" + revoked.credentialId();
        }
        return null;
    }

    private static boolean revokes(HistoryEntry entry) {
        return entry.event() instanceof UnitRecognitionRevoked
                || entry.event() instanceof QualificationAwardRevoked
                || entry.event() instanceof CredentialRevoked;
    }

    /** An appeal sits with what it is against: the assessment, or the recognition (S12, S13). */
    private static TrailStage stage(HistoryEntry entry) {
        AppealSubject subject = null;
        if (entry.event() instanceof AppealLodged lodged) {
            subject = lodged.subject();
        } else if (entry.event() instanceof AppealUpheld upheld) {
            subject = upheld.subject();
        } else if (entry.event() instanceof AppealRejected rejected) {
            subject = rejected.subject();
        }
        if (subject != null) {
            return subject.kind() == AppealSubjectKind.ASSESSMENT ? TrailStage.ASSESSMENT : TrailStage.RECOGNITION;
        }
        return stage(entry.eventType());
    }

    private static TrailEntryView view(HistoryEntry entry, String supersededBy) {
        var markers = new ArrayList<String>();
        if (supersededBy != null) {
            markers.add(SUPERSEDED);
        }
        var type = entry.eventType();
        if (entry.event() instanceof CreditValidationRejected
                || entry.event() instanceof LearningAgreementChangeRejected) {
            markers.add(REFUSAL);
        }
        if (type.endsWith("Revoked") || type.endsWith("Withdrawn") || type.endsWith("Invalidated")) {
            markers.add(REVOCATION);
        }
        if (type.endsWith("ReviewRequired") || type.startsWith("Appeal")) {
            markers.add(REVIEW);
        }
        return new TrailEntryView(
                stage(entry),
                entry.position(),
                entry.eventId(),
                type,
                entry.revision(),
                entry.aggregateId(),
                entry.sequence(),
                entry.effectiveDate(),
                entry.recordedAt(),
                entry.actorInstitution(),
                entry.actorPerson(),
                entry.reason(),
                entry.correlationId(),
                entry.requestId(),
                List.copyOf(markers),
                supersededBy,
                entry.event());
    }

    /** The link of the chain an event belongs to, by its stable name, so that events added later find their place. */
    static TrailStage stage(String eventType) {
        if (eventType.startsWith("Learner")) {
            return TrailStage.LEARNER;
        }
        if (eventType.startsWith("Memorandum")) {
            return TrailStage.MEMORANDUM;
        }
        if (eventType.startsWith("LearningAgreement") || eventType.startsWith("MobilityDocument")) {
            return TrailStage.LEARNING_AGREEMENT;
        }
        if (eventType.contains("Assessment") && !eventType.startsWith("AwardEligibility")) {
            return TrailStage.ASSESSMENT;
        }
        if (eventType.contains("Validat")) {
            return TrailStage.VALIDATION;
        }
        if (eventType.contains("Recogni")) {
            return TrailStage.RECOGNITION;
        }
        if (eventType.contains("Credential")) {
            return TrailStage.CREDENTIAL;
        }
        if (eventType.contains("Award")
                || eventType.contains("Qualification")
                || eventType.contains("FinalExamination")) {
            return TrailStage.AWARD;
        }
        return TrailStage.OTHER;
    }
}
