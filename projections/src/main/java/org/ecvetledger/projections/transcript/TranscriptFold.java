package org.ecvetledger.projections.transcript;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ecvetledger.domain.accumulation.AwardEligibilityEvaluated;
import org.ecvetledger.domain.accumulation.CommonCoreUnitCounted;
import org.ecvetledger.domain.accumulation.CreditTransferred;
import org.ecvetledger.domain.accumulation.CreditValidated;
import org.ecvetledger.domain.accumulation.CreditValidationRejected;
import org.ecvetledger.domain.accumulation.CreditValidationWithdrawn;
import org.ecvetledger.domain.accumulation.FinalExaminationRecorded;
import org.ecvetledger.domain.accumulation.LearnerEnrolled;
import org.ecvetledger.domain.accumulation.LearnerPathwayMigrated;
import org.ecvetledger.domain.accumulation.PartialUnitCreditRecognised;
import org.ecvetledger.domain.accumulation.QualificationAwardRevoked;
import org.ecvetledger.domain.accumulation.QualificationAwarded;
import org.ecvetledger.domain.accumulation.RecognitionConfirmed;
import org.ecvetledger.domain.accumulation.RecognitionReviewRequired;
import org.ecvetledger.domain.accumulation.ReviewedDecision;
import org.ecvetledger.domain.accumulation.TrainingDurationReductionRecorded;
import org.ecvetledger.domain.accumulation.UnitRecognised;
import org.ecvetledger.domain.accumulation.UnitRecognitionRevoked;
import org.ecvetledger.domain.assessment.AssessmentContent;
import org.ecvetledger.domain.assessment.AssessmentCorrected;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.AssessmentInvalidated;
import org.ecvetledger.domain.assessment.AssessmentRecorded;
import org.ecvetledger.domain.assessment.LearningSetting;
import org.ecvetledger.domain.assessment.OutcomeResult;
import org.ecvetledger.domain.assessment.PossibleDuplicateAssessmentFlagged;
import org.ecvetledger.domain.assessment.ReassessmentRecorded;
import org.ecvetledger.domain.assessment.UnitGrade;
import org.ecvetledger.domain.credential.CredentialIssued;
import org.ecvetledger.domain.credential.CredentialRevoked;
import org.ecvetledger.domain.credential.StatedDecision;
import org.ecvetledger.domain.learningagreement.LearningAgreementAmended;
import org.ecvetledger.domain.learningagreement.LearningAgreementDrafted;
import org.ecvetledger.domain.learningagreement.LearningAgreementTerms;
import org.ecvetledger.domain.partnership.MemorandumId;
import org.ecvetledger.domain.priorlearning.GapAnalysisCompleted;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * Folds a learner's history into the personal transcript for one time slice. Pure: no database, no
 * clock (the slice carries "today"), so it is tested on plain events. Entries the slice does not see
 * (recorded after {@code knownAt}, or taking effect after {@code asOf}) play no part.
 *
 * <p>The past is changed by new events only (ADR 0010): a correction replaces an attempt's results
 * and keeps the earlier ones beside them, an invalidation or an appeal's reassessment marks the
 * attempt, review flags put a decision UNDER_REVIEW until it is confirmed or revoked, and a revoked
 * recognition or award stays on the transcript, marked, its points out of the totals. Appeals
 * themselves show in the audit trail only.
 */
final class TranscriptFold {

    private final TimeSlice slice;
    private final Map<String, StandardProfile> standards;
    private final Map<String, QualificationLine> qualifications = new LinkedHashMap<>();
    private final Map<String, UnitLine> units = new LinkedHashMap<>();
    private final Map<AssessmentId, List<Attempt>> attemptsByAssessment = new HashMap<>();
    private final Map<String, Agreement> agreements = new HashMap<>();
    private final Map<String, Credential> credentials = new LinkedHashMap<>();
    /** Assessments an RPL case's gap analysis weighed: credit resting on them came by recognition of prior learning. */
    private final Set<AssessmentId> rplBasis = new java.util.HashSet<>();

    private TranscriptFold(TimeSlice slice, Map<String, StandardProfile> standards) {
        this.slice = slice;
        this.standards = standards;
    }

    static TranscriptView fold(
            String learner, List<HistoryEntry> history, Map<String, StandardProfile> standards, TimeSlice slice) {
        var fold = new TranscriptFold(slice, standards);
        var ordered = history.stream()
                .filter(slice::known)
                .sorted(Comparator.comparingLong(HistoryEntry::position))
                .toList();
        // The mobility a credit came from is a fact about the assessment: the agreement's terms as
        // known, whatever the asOf date.
        ordered.forEach(fold::learnAgreement);
        ordered.stream().filter(slice::inEffect).forEach(fold::apply);
        return fold.view(learner);
    }

    private void learnAgreement(HistoryEntry entry) {
        if (entry.event() instanceof LearningAgreementDrafted drafted) {
            agreements.put(drafted.agreementId().toString(), new Agreement(drafted.memorandum(), drafted.terms()));
        } else if (entry.event() instanceof LearningAgreementAmended amended) {
            var known = agreements.get(amended.agreementId().toString());
            if (known != null) {
                agreements.put(amended.agreementId().toString(), new Agreement(known.memorandum(), amended.terms()));
            }
        }
    }

    private void apply(HistoryEntry entry) {
        var event = entry.event();
        if (event instanceof LearnerEnrolled enrolled) {
            var line = qualification(enrolled.pathway().qualification().value());
            line.standard = enrolled.standard().toString();
            line.enrolledBy = enrolled.enrolledBy().institution().value();
            line.enrolledOn = enrolled.enrolledOn();
            line.enrolmentEvent = entry.eventId();
        } else if (event instanceof AssessmentRecorded recorded) {
            attempts(recorded.assessmentId(), recorded.content(), entry, false);
        } else if (event instanceof PossibleDuplicateAssessmentFlagged flagged) {
            attempts(flagged.assessmentId(), flagged.content(), entry, true);
        } else if (event instanceof CreditValidated validated) {
            var line = unit(validated.pathway().qualification().value(), validated.unit());
            line.validations.add(decision(entry, validated.validatedBy(), validated.learningOutcomes()));
            line.validatedOutcomes.addAll(validated.learningOutcomes());
            line.withdrawn = false;
            line.sourceEvents.add(entry.eventId());
            count(validated.basis());
        } else if (event instanceof CreditValidationRejected rejected) {
            var line = unit(rejected.pathway().qualification().value(), rejected.unit());
            line.rejections.add(decision(entry, rejected.rejectedBy(), rejected.learningOutcomes()));
            line.sourceEvents.add(entry.eventId());
        } else if (event instanceof UnitRecognised recognised) {
            var line = unit(recognised.pathway().qualification().value(), recognised.unit());
            line.recognition = decision(entry, recognised.recognisedBy(), List.of());
            line.recognised = recognised;
            line.commonCore = null;
            line.recognitionPosition = entry.position();
            line.standard = recognised.standard().toString();
            line.revoked = false;
            line.pendingReviews.clear();
            line.sourceEvents.add(entry.eventId());
            count(recognised.basis());
        } else if (event instanceof PartialUnitCreditRecognised partial) {
            var line = unit(partial.pathway().qualification().value(), partial.unit());
            line.partialRecognitions.add(decision(entry, partial.recognisedBy(), partial.learningOutcomes()));
            line.recognisedOutcomes.addAll(partial.learningOutcomes());
            line.standard = partial.standard().toString();
            line.sourceEvents.add(entry.eventId());
            count(partial.basis());
        } else if (event instanceof FinalExaminationRecorded exam) {
            qualification(exam.pathway().qualification().value())
                    .examinations
                    .add(new ExaminationView(
                            exam.organiser().institution().value(),
                            exam.examinedOn(),
                            exam.passed(),
                            exam.grade(),
                            entry.eventId()));
        } else if (event instanceof AwardEligibilityEvaluated evaluated) {
            var line = qualification(evaluated.pathway().qualification().value());
            line.lastEvaluationEligible = evaluated.eligible();
            line.lastEvaluationEvent = entry.eventId();
        } else if (event instanceof CreditTransferred transferred) {
            transferred(transferred, entry);
        } else if (event instanceof CommonCoreUnitCounted counted) {
            commonCore(counted, entry);
        } else if (event instanceof GapAnalysisCompleted analysed) {
            rplBasis.addAll(analysed.basis());
        } else if (event instanceof QualificationAwarded awarded) {
            qualification(awarded.pathway().qualification().value())
                    .awards
                    .put(entry.eventId(), new Award(awarded, entry));
        } else if (event instanceof LearnerPathwayMigrated migrated) {
            migrated(migrated, entry);
        } else if (event instanceof TrainingDurationReductionRecorded reduced) {
            qualification(reduced.pathway().qualification().value()).durationReduction =
                    new TrainingDurationReductionView(
                            reduced.months(),
                            reduced.monthsAllowed(),
                            reduced.priorCredit().stream()
                                    .map(p -> p.unit().toString())
                                    .toList(),
                            reduced.decisionReference(),
                            reduced.legalBasis(),
                            reduced.decidedBy().institution().value(),
                            reduced.decidedBy().person(),
                            reduced.effectiveDate(),
                            entry.eventId());
        } else {
            applyChange(entry);
        }
    }

    /** The events that change the past without rewriting it (ADR 0010) and the credentials (ADR 0012). */
    private void applyChange(HistoryEntry entry) {
        var event = entry.event();
        if (event instanceof AssessmentCorrected corrected) {
            for (var attempt : attemptsByAssessment.getOrDefault(corrected.assessmentId(), List.of())) {
                attempt.correct(corrected, entry);
                attempt.line.sourceEvents.add(entry.eventId());
                for (var result : corrected.results()) {
                    if (result.unit().equals(attempt.unit)) {
                        attempt.line.assessedOutcomes.put(result.learningOutcome(), result.achieved());
                    }
                }
            }
        } else if (event instanceof AssessmentInvalidated invalidated) {
            for (var attempt : attemptsByAssessment.getOrDefault(invalidated.assessmentId(), List.of())) {
                attempt.invalidation = decision(entry, invalidated.invalidatedBy(), List.of());
                attempt.counted = false;
                attempt.line.sourceEvents.add(entry.eventId());
            }
        } else if (event instanceof ReassessmentRecorded reassessment) {
            for (var attempt : attemptsByAssessment.getOrDefault(reassessment.supersedes(), List.of())) {
                attempt.supersededBy = reassessment.assessmentId().toString();
                attempt.supersedingAppeal = reassessment.appeal() == null
                        ? null
                        : reassessment.appeal().toString();
                attempt.supersedingEvent = entry.eventId();
                attempt.line.sourceEvents.add(entry.eventId());
            }
        } else if (event instanceof RecognitionReviewRequired review) {
            var qualificationId = review.pathway().qualification().value();
            var flag = new DecisionView(
                    review.reviewBody().value(),
                    null,
                    entry.effectiveDate(),
                    entry.recordedAt(),
                    List.of(),
                    entry.reason(),
                    entry.eventId());
            if (review.unit() == null) {
                qualification(qualificationId).reviewAward(flag);
            } else {
                unit(qualificationId, review.unit()).underReview(review.decision(), flag, entry);
            }
        } else if (event instanceof RecognitionConfirmed confirmed) {
            var qualificationId = confirmed.pathway().qualification().value();
            var confirmation = decision(entry, confirmed.confirmedBy(), List.of());
            if (confirmed.unit() == null) {
                qualification(qualificationId).confirmAward(confirmation);
            } else {
                unit(qualificationId, confirmed.unit()).confirm(confirmed.decision(), confirmation, entry);
            }
        } else if (event instanceof CreditValidationWithdrawn withdrawn) {
            var line = unit(withdrawn.pathway().qualification().value(), withdrawn.unit());
            line.withdrawals.add(decision(entry, withdrawn.withdrawnBy(), withdrawn.learningOutcomes()));
            line.validatedOutcomes.removeAll(withdrawn.learningOutcomes());
            line.pendingReviews.remove(ReviewedDecision.CREDIT_VALIDATION);
            line.withdrawn = true;
            line.sourceEvents.add(entry.eventId());
            for (var id : withdrawn.basis()) {
                attemptsByAssessment.getOrDefault(id, List.of()).stream()
                        .filter(attempt -> attempt.line == line)
                        .forEach(attempt -> attempt.counted = false);
            }
        } else if (event instanceof UnitRecognitionRevoked revoked) {
            var line = unit(revoked.pathway().qualification().value(), revoked.unit());
            var revocation = decision(entry, revoked.revokedBy(), revoked.learningOutcomes());
            if (revoked.partOfUnit()) {
                line.recognisedOutcomes.removeAll(revoked.learningOutcomes());
                line.revocations.add(revocation);
                line.sourceEvents.add(entry.eventId());
            } else {
                line.revoke(revocation, entry);
            }
        } else if (event instanceof QualificationAwardRevoked revoked) {
            qualification(revoked.pathway().qualification().value())
                    .revokeAward(decision(entry, revoked.revokedBy(), List.of()));
        } else if (event instanceof CredentialIssued issued) {
            credentials.put(issued.credentialId().toString(), new Credential(issued, entry));
        } else if (event instanceof CredentialRevoked revoked) {
            var credential = credentials.get(revoked.credentialId().toString());
            if (credential != null) {
                credential.revoked = revoked;
                credential.revocation = entry;
            }
        }
    }

    /**
     * One decision that validates and recognises (ADR 0013): a FULL transfer holds the receiving unit as
     * a recognition would, with the receiving points (decision (j)2); a PARTIAL one recognises only the
     * covered outcomes. The source line, in the source qualification, keeps its own points untouched.
     */
    private void transferred(CreditTransferred transferred, HistoryEntry entry) {
        var line = unit(transferred.pathway().qualification().value(), transferred.unit());
        line.transfer = transferred;
        line.transferEvent = entry.eventId();
        line.standard = transferred.standard().toString();
        line.sourceEvents.add(entry.eventId());
        var decision = decision(entry, transferred.decidedBy(), transferred.coveredOutcomes());
        if (transferred.coverage() == Coverage.FULL) {
            // the transfer is the recognition here: same points, grade and validity as the event states them
            line.recognised = new UnitRecognised(
                    transferred.pathway(),
                    transferred.standard(),
                    transferred.unit(),
                    transferred.points(),
                    transferred.grade(),
                    transferred.optionalUnit(),
                    List.of(),
                    transferred.decidedBy(),
                    transferred.effectiveDate(),
                    transferred.validUntil());
            line.recognition = decision;
            line.recognitionPosition = entry.position();
            line.revoked = false;
            line.pendingReviews.clear();
        } else {
            line.partialRecognitions.add(decision);
            line.recognisedOutcomes.addAll(transferred.coveredOutcomes());
        }
    }

    /**
     * S28: the credit of the previous version is carried into the new one by the transition table. The
     * original lines stay, on the previous version, marked MIGRATED (their points no longer count); each
     * carried credit is a line of the new version — FULL holds the new unit with its points, the original
     * grade and validity, PARTIAL its covered outcomes — naming the migration and its original.
     */
    private void migrated(LearnerPathwayMigrated migrated, HistoryEntry entry) {
        var qualificationId = migrated.pathway().qualification().value();
        var previous = migrated.previousStandard().toString();
        var standard = migrated.standard().toString();
        qualification(qualificationId).standard = standard;
        var by = migrated.migratedBy();
        var originals = new HashMap<UnitRef, UnitLine>();
        for (var line : List.copyOf(units.values())) {
            if (line.qualificationId.equals(qualificationId)
                    && previous.equals(line.standard)
                    && (line.recognised != null || !line.recognisedOutcomes.isEmpty())) {
                originals.put(line.unit, line);
            }
        }
        for (var credit : migrated.mappedCredits()) {
            var view = new MigrationView(
                    previous,
                    standard,
                    credit.from().toString(),
                    credit.to().toString(),
                    credit.coverage().name(),
                    List.copyOf(credit.coveredOutcomes()),
                    entry.effectiveDate(),
                    by.institution().value(),
                    by.person(),
                    entry.eventId());
            var original = originals.remove(credit.from());
            if (original != null) {
                original.migration = view;
                original.sourceEvents.add(entry.eventId());
            }
            var line = unit(qualificationId, credit.to());
            var sameUnit = line == original;
            line.standard = standard;
            line.migration = view;
            // a unit the new version keeps as it is stays on its own line, its recognition unchanged
            line.carriedFrom = sameUnit ? null : original;
            line.sourceEvents.add(entry.eventId());
            var decision = decision(entry, by, credit.coveredOutcomes());
            if (credit.coverage() == Coverage.FULL) {
                line.recognised = new UnitRecognised(
                        migrated.pathway(),
                        migrated.standard(),
                        credit.to(),
                        credit.points(),
                        credit.grade(),
                        original != null && original.recognised != null && original.recognised.optionalUnit(),
                        List.of(),
                        by,
                        credit.originallyRecognisedOn(),
                        original == null || original.recognised == null ? null : original.recognised.validUntil());
                if (!sameUnit) {
                    line.recognition = decision;
                    line.recognitionPosition = entry.position();
                }
                line.revoked = false;
            } else {
                line.partialRecognitions.add(decision);
                line.recognisedOutcomes.addAll(credit.coveredOutcomes());
            }
        }
        for (var unmapped : originals.values()) {
            // recognised on the previous version, not carried over: it stays, no longer counting
            unmapped.migration = new MigrationView(
                    previous,
                    standard,
                    unmapped.unit.toString(),
                    null,
                    null,
                    List.of(),
                    entry.effectiveDate(),
                    by.institution().value(),
                    by.person(),
                    entry.eventId());
            unmapped.sourceEvents.add(entry.eventId());
        }
    }

    /**
     * ADR 0016: a common-core unit counts here on its one recognition in another qualification. The line
     * shows it held, by route {@code COMMON_CORE}, with this standard's points; the learner's totals
     * count the recognition once, on the line of the qualification it was recognised in (R7).
     */
    private void commonCore(CommonCoreUnitCounted counted, HistoryEntry entry) {
        var line = unit(counted.pathway().qualification().value(), counted.unit());
        line.commonCore = counted;
        line.standard = counted.standard().toString();
        line.sourceEvents.add(entry.eventId());
        line.recognised = new UnitRecognised(
                counted.pathway(),
                counted.standard(),
                counted.unit(),
                counted.points(),
                counted.grade(),
                counted.optionalUnit(),
                counted.sourceBasis(),
                counted.recognisedBy(),
                counted.effectiveDate(),
                counted.validUntil());
        line.recognition = decision(entry, counted.recognisedBy(), List.of());
        line.recognitionPosition = entry.position();
        line.revoked = false;
        line.pendingReviews.clear();
    }

    private static TransferView transfer(UnitLine line) {
        var t = line.transfer;
        if (t == null) {
            return null;
        }
        return new TransferView(
                t.sourcePathway().qualification().value(),
                t.sourceUnit().toString(),
                t.sourcePoints() == null ? null : t.sourcePoints().value(),
                t.sourceFramework().toString(),
                t.points() == null ? null : t.points().value(),
                line.transferEvent,
                t.sourceStandard().toString(),
                t.sourceGrade(),
                t.sourceGradingScale() == null
                        ? null
                        : t.sourceGradingScale().minimum().toPlainString() + "-"
                                + t.sourceGradingScale().maximum().toPlainString(),
                t.coverage().name(),
                t.equivalence() == null ? null : t.equivalence().toString(),
                t.equivalenceVersion(),
                t.decisionReference());
    }

    private CreditRoute route(UnitLine line, List<Attempt> relevant) {
        if (line.transfer != null) {
            return CreditRoute.TRANSFER;
        }
        if (line.carriedFrom != null && line.attempts.isEmpty()) {
            // a credit carried over by a migration came the way its original came
            return route(line.carriedFrom, relevant(line.carriedFrom));
        }
        if (line.commonCore != null) {
            return CreditRoute.COMMON_CORE;
        }
        var route = route(relevant);
        if (route == CreditRoute.FORMAL && relevant.stream().anyMatch(a -> a.counted && rplBasis.contains(a.id))) {
            return CreditRoute.RPL;
        }
        return route;
    }

    private void attempts(AssessmentId id, AssessmentContent content, HistoryEntry entry, boolean duplicate) {
        var qualificationId = content.standard().id().value();
        for (var unitRef : content.units()) {
            var line = unit(qualificationId, unitRef);
            if (line.standard == null) {
                line.standard = content.standard().toString();
            }
            var attempt = new Attempt(id, content, unitRef, line, entry, duplicate);
            line.attempts.add(attempt);
            line.sourceEvents.add(entry.eventId());
            for (var result : content.results()) {
                if (result.unit().equals(unitRef)) {
                    line.assessedOutcomes.put(result.learningOutcome(), result.achieved());
                }
            }
            attemptsByAssessment.computeIfAbsent(id, any -> new ArrayList<>()).add(attempt);
        }
    }

    private void count(List<AssessmentId> basis) {
        for (var id : basis) {
            attemptsByAssessment.getOrDefault(id, List.of()).forEach(attempt -> attempt.counted = true);
        }
    }

    private static DecisionView decision(HistoryEntry entry, Actor actor, List<String> outcomes) {
        return new DecisionView(
                actor.institution().value(),
                actor.person(),
                entry.effectiveDate(),
                entry.recordedAt(),
                List.copyOf(outcomes),
                entry.reason(),
                entry.eventId());
    }

    private QualificationLine qualification(String id) {
        return qualifications.computeIfAbsent(id, QualificationLine::new);
    }

    private UnitLine unit(String qualificationId, UnitRef unit) {
        return units.computeIfAbsent(qualificationId + "|" + unit, key -> new UnitLine(qualificationId, unit));
    }

    private TranscriptView view(String learner) {
        var unitViews = units.values().stream().map(this::unitView).toList();
        var qualificationViews =
                qualifications.values().stream().map(this::qualificationView).toList();
        return new TranscriptView(learner, slice.asOf(), slice.knownAt(), qualificationViews, unitViews, totals());
    }

    /** R7: only recognitions that stand give points; each total names them. */
    private List<PointsTotalView> totals() {
        var byFramework = new TreeMap<String, List<PointsSourceView>>();
        for (var line : units.values()) {
            var status = line.status();
            if (line.recognised == null
                    || line.commonCore != null
                    || line.recognised.points() == null
                    || (status != UnitStatus.RECOGNISED && status != UnitStatus.UNDER_REVIEW)) {
                continue;
            }
            byFramework
                    .computeIfAbsent(profile(line).framework(), any -> new ArrayList<>())
                    .add(new PointsSourceView(
                            line.qualificationId,
                            line.unit.toString(),
                            line.recognised.points().value(),
                            line.recognition.eventId(),
                            line.recognitionPosition));
        }
        var totals = new ArrayList<PointsTotalView>();
        byFramework.forEach((framework, sources) -> totals.add(new PointsTotalView(
                framework,
                sources.stream().map(PointsSourceView::points).reduce(BigDecimal.ZERO, BigDecimal::add),
                List.copyOf(sources))));
        return totals;
    }

    private StandardProfile profile(UnitLine line) {
        var known = line.standard == null ? null : standards.get(line.standard);
        return known != null ? known : new StandardProfile(line.standard, null, "UNKNOWN", null);
    }

    private static List<Attempt> relevant(UnitLine line) {
        var counting = line.attempts.stream().filter(a -> a.counted).toList();
        return counting.isEmpty() ? line.attempts : counting;
    }

    private TranscriptUnitView unitView(UnitLine line) {
        var profile = profile(line);
        var relevant = relevant(line);
        var mobilityOf = line.carriedFrom != null && line.attempts.isEmpty() ? relevant(line.carriedFrom) : relevant;
        var status = line.status();
        var granted = line.recognised == null || line.recognised.points() == null
                ? null
                : line.recognised.points().value();
        // R7: only a recognition that stands counts; one revoked, expired or migrated shows what it granted apart
        var counts = status == UnitStatus.RECOGNISED || status == UnitStatus.UNDER_REVIEW;
        var gradingScheme = relevant.stream()
                .map(a -> a.content.gradingScheme())
                .filter(s -> s != null && !s.isBlank())
                .reduce((first, later) -> later)
                .orElse(profile.gradingScheme());
        var outcomes = new LinkedHashSet<String>();
        outcomes.addAll(line.assessedOutcomes.keySet());
        outcomes.addAll(line.validatedOutcomes);
        outcomes.addAll(line.recognisedOutcomes);
        var outcomeViews = outcomes.stream()
                .sorted()
                .map(lo -> new LearningOutcomeView(
                        lo,
                        line.assessedOutcomes.get(lo),
                        line.validatedOutcomes.contains(lo),
                        line.recognised != null || line.recognisedOutcomes.contains(lo)))
                .toList();
        var recognised = line.recognised;
        return new TranscriptUnitView(
                line.qualificationId,
                line.unit.toString(),
                status,
                recognised == null && !line.recognisedOutcomes.isEmpty(),
                route(line, relevant),
                profile.jurisdiction(),
                recognised == null ? null : recognised.grade(),
                gradingScheme,
                counts ? granted : null,
                profile.framework(),
                recognised == null ? null : line.recognition.eventId(),
                recognised == null ? null : recognised.validUntil(),
                outcomeViews,
                List.copyOf(line.validations),
                List.copyOf(line.rejections),
                List.copyOf(line.partialRecognitions),
                line.recognition,
                mobility(mobilityOf),
                transfer(line),
                line.attempts.stream().map(Attempt::view).toList(),
                List.copyOf(line.sourceEvents),
                List.copyOf(line.reviews),
                List.copyOf(line.withdrawals),
                List.copyOf(line.revocations),
                credentialsStating(line.qualificationId, line.unit.toString()),
                counts ? null : granted,
                counts || granted == null ? null : status,
                line.migration,
                line.standard);
    }

    /** The credentials stating the award of {@code qualificationId} (unit null) or any of its decisions, or those stating the unit. */
    private List<CredentialView> credentialsStating(String qualificationId, String unit) {
        return credentials.values().stream()
                .filter(credential -> credential.issued.states().stream()
                        .anyMatch(stated -> stated.qualification().value().equals(qualificationId)
                                && (unit == null
                                        || (stated.unit() != null
                                                && stated.unit().toString().equals(unit)))))
                .map(Credential::view)
                .toList();
    }

    private static CreditRoute route(List<Attempt> attempts) {
        if (attempts.stream().anyMatch(a -> a.content.agreement() != null)) {
            return CreditRoute.MOBILITY;
        }
        if (!attempts.isEmpty() && attempts.stream().allMatch(a -> a.content.setting() != LearningSetting.FORMAL)) {
            return CreditRoute.RPL;
        }
        return CreditRoute.FORMAL;
    }

    private MobilityView mobility(List<Attempt> attempts) {
        for (var attempt : attempts) {
            var id = attempt.content.agreement();
            if (id == null) {
                continue;
            }
            var agreement = agreements.get(id.toString());
            if (agreement == null) {
                return new MobilityView(id.toString(), null, null, null, null, null);
            }
            var terms = agreement.terms();
            return new MobilityView(
                    id.toString(),
                    agreement.memorandum().toString(),
                    terms.home().value(),
                    terms.host().value(),
                    terms.mobilityStart(),
                    terms.mobilityEnd());
        }
        return null;
    }

    private QualificationEntryView qualificationView(QualificationLine line) {
        var profile = line.standard == null ? null : standards.get(line.standard);
        return new QualificationEntryView(
                line.qualificationId,
                line.standard,
                profile == null ? null : profile.jurisdiction(),
                profile == null ? "UNKNOWN" : profile.framework(),
                line.enrolledBy,
                line.enrolledOn,
                line.enrolmentEvent,
                List.copyOf(line.examinations),
                line.lastEvaluationEligible,
                line.lastEvaluationEvent,
                line.awards.values().stream().map(Award::view).toList(),
                credentialsStating(line.qualificationId, null),
                line.durationReduction);
    }

    private record Agreement(MemorandumId memorandum, LearningAgreementTerms terms) {}

    private final class UnitLine {
        final String qualificationId;
        final UnitRef unit;
        String standard;
        final List<Attempt> attempts = new ArrayList<>();
        final Map<String, Boolean> assessedOutcomes = new LinkedHashMap<>();
        final Set<String> validatedOutcomes = new LinkedHashSet<>();
        final Set<String> recognisedOutcomes = new LinkedHashSet<>();
        final List<DecisionView> validations = new ArrayList<>();
        final List<DecisionView> rejections = new ArrayList<>();
        final List<DecisionView> partialRecognitions = new ArrayList<>();
        final List<DecisionView> reviews = new ArrayList<>();
        final List<DecisionView> withdrawals = new ArrayList<>();
        final List<DecisionView> revocations = new ArrayList<>();
        final Set<String> sourceEvents = new LinkedHashSet<>();
        /** The unit's decisions flagged for review and neither confirmed nor revoked yet (R25). */
        final Set<ReviewedDecision> pendingReviews = new LinkedHashSet<>();

        UnitRecognised recognised;
        CreditTransferred transfer;
        String transferEvent;
        CommonCoreUnitCounted commonCore;
        DecisionView recognition;
        long recognitionPosition;
        boolean revoked;
        boolean withdrawn;
        /** The line's part in a pathway migration (S28), on the original line and on the carried one. */
        MigrationView migration;
        /** On a line a migration carried over, the original line of the previous version; else null. */
        UnitLine carriedFrom;

        UnitLine(String qualificationId, UnitRef unit) {
            this.qualificationId = qualificationId;
            this.unit = unit;
        }

        /** R25: an upstream correction asks the deciding body to re-decide; the recognition stands meanwhile. */
        void underReview(ReviewedDecision decision, DecisionView flag, HistoryEntry entry) {
            pendingReviews.add(decision);
            reviews.add(flag);
            sourceEvents.add(entry.eventId());
        }

        /** c7, S10: the deciding body confirmed its decision as it stands. */
        void confirm(ReviewedDecision decision, DecisionView confirmation, HistoryEntry entry) {
            pendingReviews.remove(decision);
            reviews.add(confirmation);
            sourceEvents.add(entry.eventId());
        }

        /** c7: the recognition no longer counts; it stays on the transcript, marked. */
        void revoke(DecisionView revocation, HistoryEntry entry) {
            revoked = true;
            pendingReviews.remove(ReviewedDecision.UNIT_RECOGNITION);
            revocations.add(revocation);
            sourceEvents.add(entry.eventId());
        }

        UnitStatus status() {
            if (revoked) {
                return UnitStatus.REVOKED;
            }
            if (migration != null && !unit.toString().equals(migration.to())) {
                return UnitStatus.MIGRATED;
            }
            if (!pendingReviews.isEmpty()) {
                return UnitStatus.UNDER_REVIEW;
            }
            if (recognised != null) {
                var validUntil = recognised.validUntil();
                return validUntil != null && validUntil.isBefore(slice.referenceDate())
                        ? UnitStatus.EXPIRED
                        : UnitStatus.RECOGNISED;
            }
            if (!recognisedOutcomes.isEmpty()) {
                return UnitStatus.PARTLY_RECOGNISED;
            }
            if (!revocations.isEmpty()) {
                return UnitStatus.REVOKED;
            }
            return withdrawn ? UnitStatus.CREDIT_WITHDRAWN : UnitStatus.IN_PROGRESS;
        }
    }

    private static final class QualificationLine {
        final String qualificationId;
        String standard;
        String enrolledBy;
        java.time.LocalDate enrolledOn;
        String enrolmentEvent;
        final List<ExaminationView> examinations = new ArrayList<>();
        Boolean lastEvaluationEligible;
        String lastEvaluationEvent;
        final Map<String, Award> awards = new LinkedHashMap<>();
        TrainingDurationReductionView durationReduction;

        QualificationLine(String qualificationId) {
            this.qualificationId = qualificationId;
        }

        /** R25: the award rests on a decision that changed; the awarding body reviews it. */
        void reviewAward(DecisionView flag) {
            standingAward().ifPresent(award -> {
                award.underReview = true;
                award.reviews.add(flag);
            });
        }

        void confirmAward(DecisionView confirmation) {
            standingAward().ifPresent(award -> {
                award.underReview = false;
                award.reviews.add(confirmation);
            });
        }

        /** c7: the award is revoked; it stays on the transcript, marked. */
        void revokeAward(DecisionView revocation) {
            standingAward().ifPresent(award -> {
                award.revocation = revocation;
                award.underReview = false;
            });
        }

        /** The latest award not revoked: a learner awarded again after a revocation holds the new one. */
        private java.util.Optional<Award> standingAward() {
            Award standing = null;
            for (var award : awards.values()) {
                if (award.revocation == null) {
                    standing = award;
                }
            }
            return java.util.Optional.ofNullable(standing);
        }
    }

    private static final class Award {
        final QualificationAwarded awarded;
        final HistoryEntry entry;
        final List<DecisionView> reviews = new ArrayList<>();
        boolean underReview;
        DecisionView revocation;

        Award(QualificationAwarded awarded, HistoryEntry entry) {
            this.awarded = awarded;
            this.entry = entry;
        }

        AwardView view() {
            return new AwardView(
                    awarded.standard().toString(),
                    awarded.partialQualification(),
                    awarded.effectiveDate(),
                    entry.recordedAt(),
                    awarded.awardedBy().institution().value(),
                    awarded.awardedBy().person(),
                    awarded.grade(),
                    awarded.pointsTotal() == null ? null : awarded.pointsTotal().value(),
                    HistoryEvents.list(awarded.unitsCounted()),
                    awarded.legalBasis(),
                    revocation != null ? "REVOKED" : underReview ? "UNDER_REVIEW" : "ACTIVE",
                    entry.eventId(),
                    List.copyOf(reviews),
                    revocation,
                    entry.eventId());
        }
    }

    private static final class Attempt {
        final AssessmentId id;
        final AssessmentContent content;
        final UnitRef unit;
        final UnitLine line;
        final HistoryEntry entry;
        final boolean duplicate;
        boolean counted;
        /** As corrected (S09): the recorded content's results and grades until a correction replaces them. */
        List<OutcomeResult> results;

        List<UnitGrade> grades;
        final List<CorrectionView> corrections = new ArrayList<>();
        DecisionView invalidation;
        String supersededBy;
        String supersedingAppeal;
        String supersedingEvent;

        Attempt(
                AssessmentId id,
                AssessmentContent content,
                UnitRef unit,
                UnitLine line,
                HistoryEntry entry,
                boolean duplicate) {
            this.id = id;
            this.content = content;
            this.unit = unit;
            this.line = line;
            this.entry = entry;
            this.duplicate = duplicate;
            this.results = content.results();
            this.grades = content.grades();
        }

        void correct(AssessmentCorrected corrected, HistoryEntry correction) {
            corrections.add(new CorrectionView(
                    corrected.correction(),
                    gradeOf(corrected.previousGrades()),
                    gradeOf(corrected.grades()),
                    achievedIn(corrected.previousResults()),
                    achievedIn(corrected.results()),
                    corrected.correctedBy().institution().value(),
                    corrected.correctedBy().person(),
                    corrected.reason(),
                    correction.effectiveDate(),
                    correction.recordedAt(),
                    corrected.appeal() == null ? null : corrected.appeal().toString(),
                    correction.eventId()));
            results = corrected.results();
            grades = corrected.grades();
        }

        private java.math.BigDecimal gradeOf(List<UnitGrade> unitGrades) {
            return unitGrades.stream()
                    .filter(g -> g.unit().equals(unit))
                    .map(UnitGrade::grade)
                    .findFirst()
                    .orElse(null);
        }

        private List<String> achievedIn(List<OutcomeResult> outcomeResults) {
            return outcomeResults.stream()
                    .filter(r -> r.unit().equals(unit) && r.achieved())
                    .map(OutcomeResult::learningOutcome)
                    .toList();
        }

        String status() {
            if (invalidation != null) {
                return "INVALIDATED";
            }
            if (supersededBy != null) {
                return "SUPERSEDED";
            }
            return corrections.isEmpty() ? "ACTIVE" : "CORRECTED";
        }

        AttemptView view() {
            var achieved = new ArrayList<String>();
            var notAchieved = new ArrayList<String>();
            for (var result : results) {
                if (result.unit().equals(unit)) {
                    (result.achieved() ? achieved : notAchieved).add(result.learningOutcome());
                }
            }
            var grade = gradeOf(grades);
            return new AttemptView(
                    id.toString(),
                    content.assessedOn(),
                    entry.recordedAt(),
                    content.assessor().institution().value(),
                    content.assessor().person(),
                    content.method().name(),
                    content.setting().name(),
                    achieved,
                    notAchieved,
                    grade,
                    content.gradingScheme(),
                    content.agreement() == null ? null : content.agreement().toString(),
                    content.evidence().stream()
                            .map(e -> e.documentId() + " " + e.sha256())
                            .toList(),
                    content.criteriaReference(),
                    counted,
                    duplicate,
                    entry.eventId(),
                    status(),
                    List.copyOf(corrections),
                    invalidation,
                    supersededBy,
                    supersedingAppeal,
                    supersedingEvent);
        }
    }

    private static final class Credential {
        final CredentialIssued issued;
        final HistoryEntry entry;
        CredentialRevoked revoked;
        HistoryEntry revocation;

        Credential(CredentialIssued issued, HistoryEntry entry) {
            this.issued = issued;
            this.entry = entry;
        }

        CredentialView view() {
            return new CredentialView(
                    issued.credentialId().toString(),
                    issued.issuer().value(),
                    issued.states().stream().map(Credential::stated).toList(),
                    entry.effectiveDate(),
                    entry.recordedAt(),
                    entry.eventId(),
                    issued.supersedes() == null ? null : issued.supersedes().toString(),
                    revoked == null ? "ISSUED" : "REVOKED",
                    revoked == null ? null : revocation.effectiveDate(),
                    revoked == null ? null : revocation.recordedAt(),
                    revoked == null ? null : revoked.reason().name(),
                    revoked == null ? null : revoked.explanation(),
                    revoked == null || revoked.supersededBy() == null
                            ? null
                            : revoked.supersededBy().toString(),
                    revoked == null ? null : revoked.revokedBy().institution().value(),
                    revoked == null ? null : revocation.eventId());
        }

        private static String stated(StatedDecision decision) {
            return decision.unit() == null
                    ? decision.qualification().value()
                    : decision.qualification().value() + "|" + decision.unit();
        }
    }
}
