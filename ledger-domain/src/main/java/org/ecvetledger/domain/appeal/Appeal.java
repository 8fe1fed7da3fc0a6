package org.ecvetledger.domain.appeal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.ecvetledger.domain.accumulation.RecognitionRecords;
import org.ecvetledger.domain.assessment.AssessmentRecord;
import org.ecvetledger.domain.assessment.AssessmentRecords;
import org.ecvetledger.domain.qualification.QualificationCatalogue;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.AppealRemedy;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;

/**
 * A learner's appeal against an assessment or a recognition (DOMAIN c7, decision (j)5; S12, S13):
 * lodged within the window its standard's awarding body configures (30 days from the subject's
 * effective date by default), decided once by that body — upheld with a remedy, or rejected on the
 * merits, each with reasoning.
 */
class Appeal {

    @AggregateIdentifier
    private AppealId appealId;

    private LearnerId learner;
    private AppealSubject subject;
    private InstitutionId appealBody;
    /** The effective date of the decision appealed against: a later recognition of the unit is another decision. */
    private LocalDate subjectEffectiveDate;

    private boolean decided;

    Appeal() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    Appeal(
            LodgeAppeal command,
            AssessmentRecords assessments,
            RecognitionRecords recognitions,
            QualificationCatalogue standards,
            AppealWindows windows) {
        var subject = command.subject();
        QualificationRef standard;
        LocalDate effective;
        if (subject.kind() == AppealSubjectKind.ASSESSMENT) {
            var assessment = assessments
                    .find(subject.assessment())
                    .filter(a -> a.content().learner().equals(command.learner()))
                    .orElseThrow(() -> unknownSubject(command.learner(), "assessment " + subject.assessment()));
            standard = assessment.content().standard();
            effective = assessment.content().assessedOn();
        } else {
            var recognition = recognitions
                    .find(command.learner(), subject.qualification(), subject.unit())
                    .orElseThrow(() -> unknownSubject(
                            command.learner(), "recognition of " + subject.unit() + " for " + subject.qualification()));
            standard = recognition.standard();
            effective = recognition.effectiveDate();
        }
        var body = standards.definition(standard).stream()
                .flatMap(d -> d.profile().awardingBodies().stream())
                .findFirst()
                .orElseThrow(() -> new AppealRuleViolation(
                        AppealRuleViolation.STANDARD_NOT_PUBLISHED,
                        "the catalogue holds no published standard " + standard + " with an awarding body",
                        false));
        var deadline = effective.plus(windows.windowOf(body));
        var lodgedOn = windows.today();
        if (lodgedOn.isAfter(deadline)) {
            throw new AppealWindowClosed(deadline, lodgedOn);
        }
        apply(new AppealLodged(
                command.appealId(),
                command.learner(),
                subject,
                standard,
                command.grounds(),
                command.lodgedBy(),
                lodgedOn,
                effective,
                deadline,
                body));
    }

    private static AppealRuleViolation unknownSubject(LearnerId learner, String what) {
        return new AppealRuleViolation(
                AppealRuleViolation.UNKNOWN_SUBJECT, "the ledger holds no " + what + " of learner " + learner, false);
    }

    /**
     * (j)5: REASSESS and CORRECT_RESULT answer an appeal against an assessment; REVERSE_DECISION one
     * against a recognition. A remedy that has nothing left to act on — the recognition appealed
     * against no longer stands, the assessment to correct was invalidated since — is refused here,
     * named, rather than recorded and then failing in the cascade that applies it (ADR 0010).
     */
    @CommandHandler
    void handle(UpholdAppeal command, AssessmentRecords assessments, RecognitionRecords recognitions) {
        requireUndecidedBy(command.decidedBy().institution());
        var applicable = subject.kind() == AppealSubjectKind.ASSESSMENT
                ? command.remedy() != AppealRemedy.REVERSE_DECISION
                : command.remedy() == AppealRemedy.REVERSE_DECISION;
        if (!applicable) {
            throw new AppealRuleViolation(
                    AppealRuleViolation.REMEDY_NOT_APPLICABLE,
                    command.remedy() + " is no remedy for an appeal against "
                            + (subject.kind() == AppealSubjectKind.ASSESSMENT ? "an assessment" : "a recognition"),
                    false);
        }
        if (command.remedy() == AppealRemedy.CORRECT_RESULT
                && command.correctedResults().isEmpty()) {
            throw new AppealRuleViolation(
                    AppealRuleViolation.CORRECTION_MISSING,
                    "a corrected result states every learning-outcome result as corrected",
                    false);
        }
        requireSubjectStands(command.remedy(), assessments, recognitions);
        var correcting = command.remedy() == AppealRemedy.CORRECT_RESULT;
        apply(new AppealUpheld(
                appealId,
                learnerOf(),
                subject,
                command.remedy(),
                command.reasoning(),
                correcting ? command.correctedResults() : List.of(),
                correcting ? command.correctedGrades() : List.of(),
                command.decidedBy(),
                command.decidedOn()));
    }

    /** S13: rejected on the merits; the credit is unchanged. */
    @CommandHandler
    void handle(RejectAppeal command) {
        requireUndecidedBy(command.decidedBy().institution());
        apply(new AppealRejected(
                appealId, learnerOf(), subject, command.reasoning(), command.decidedBy(), command.decidedOn()));
    }

    /**
     * A reassessment may still be ordered on an invalidated assessment (the learner is assessed
     * again); a correction of it may not (the assessment refuses it), nor a reversal of a recognition
     * revoked since, or replaced by a later one.
     */
    private void requireSubjectStands(
            AppealRemedy remedy, AssessmentRecords assessments, RecognitionRecords recognitions) {
        if (remedy == AppealRemedy.CORRECT_RESULT
                && assessments
                        .find(subject.assessment())
                        .map(AssessmentRecord::invalidated)
                        .orElse(true)) {
            throw new AppealRuleViolation(
                    AppealRuleViolation.SUBJECT_WITHDRAWN,
                    "assessment " + subject.assessment() + " was invalidated since appeal " + appealId
                            + " was lodged: there is no result left to correct",
                    true);
        }
        if (remedy == AppealRemedy.REVERSE_DECISION
                && recognitions
                        .find(learner, subject.qualification(), subject.unit())
                        .filter(r -> subjectEffectiveDate == null
                                || r.effectiveDate().equals(subjectEffectiveDate))
                        .isEmpty()) {
            throw new AppealRuleViolation(
                    AppealRuleViolation.SUBJECT_WITHDRAWN,
                    "the recognition of " + subject.unit() + " for " + subject.qualification()
                            + " appealed against no longer stands: there is no decision left to reverse",
                    true);
        }
    }

    private LearnerId learnerOf() {
        return learner;
    }

    private void requireUndecidedBy(InstitutionId institution) {
        if (decided) {
            throw new AppealRuleViolation(
                    AppealRuleViolation.ALREADY_DECIDED, "appeal " + appealId + " is already decided", true);
        }
        if (!institution.equals(appealBody)) {
            throw new AppealRuleViolation(
                    AppealRuleViolation.NOT_AUTHORISED,
                    "appeal " + appealId + " is decided by " + appealBody + ", not by " + institution,
                    false);
        }
    }

    @EventSourcingHandler
    void on(AppealLodged event) {
        appealId = event.appealId();
        learner = event.learner();
        subject = event.subject();
        appealBody = event.appealBody();
        subjectEffectiveDate = event.subjectEffectiveDate();
    }

    @EventSourcingHandler
    void on(AppealUpheld event) {
        decided = true;
    }

    @EventSourcingHandler
    void on(AppealRejected event) {
        decided = true;
    }
}
