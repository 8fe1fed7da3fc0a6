package org.ecvetledger.domain.accumulation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.AssessmentRecords;
import org.ecvetledger.domain.equivalence.EquivalenceRecord;
import org.ecvetledger.domain.equivalence.EquivalenceRegister;
import org.ecvetledger.domain.institution.InstitutionDirectory;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.institution.UnknownInstitution;
import org.ecvetledger.domain.learner.LearnerDirectory;
import org.ecvetledger.domain.qualification.AchievedUnit;
import org.ecvetledger.domain.qualification.AwardRule;
import org.ecvetledger.domain.qualification.AwardRuleEvaluation;
import org.ecvetledger.domain.qualification.Eligibility;
import org.ecvetledger.domain.qualification.QualificationCatalogue;
import org.ecvetledger.domain.qualification.ResitPolicy;
import org.ecvetledger.domain.qualification.StandardDefinition;
import org.ecvetledger.domain.qualification.TransitionTables;
import org.ecvetledger.domain.qualification.UnitResultRule;
import org.ecvetledger.domain.qualification.UnitRole;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.LedgerRuleViolation;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.domain.unit.UnitCatalogue;

/**
 * A learner's pathway towards one qualification (ADR 0005): the consistency boundary of their
 * accumulation of credit — enrolment now; validations, recognitions, the final examination and the
 * award as the ledger issue lands, so "one recognition per unit" and "no award without the rule set
 * satisfied" are decided on one state.
 *
 * <p>The revision is that of its snapshot's shape: a snapshot of another revision is not read (Axon's
 * revision snapshot filter) and the pathway is loaded from its events instead. Raise it whenever the
 * state gains a field derived from events, or an older snapshot would load without it — revision 2:
 * part-credits and prior credit (ADR 0023, 0024), the recognitions transferred units came from and
 * ended common-core counts (ADR 0016 amendment).
 */
@Revision("2")
class LearnerPathway {

    @AggregateIdentifier
    private String pathwayId;

    private QualificationRef standard;

    /** Validated learning outcomes per unit ({@code U31@1}), with the assessments they rest on. */
    private final Map<String, Set<String>> validatedOutcomes = new HashMap<>();

    private final Map<String, Set<AssessmentId>> validationBasis = new HashMap<>();
    private final Map<String, AchievedUnit> recognised = new LinkedHashMap<>();
    /** The last day each recognised unit's credit counts (R13); absent when it does not expire. */
    private final Map<String, LocalDate> recognisedUntil = new HashMap<>();

    private final Map<String, Set<String>> partlyRecognised = new HashMap<>();
    private boolean finalExaminationPassed;
    private boolean awarded;

    /** Who took each standing decision: the body a review of it goes to (R25). */
    private final Map<String, InstitutionId> validatedBy = new HashMap<>();

    private final Map<String, InstitutionId> recognisedBy = new HashMap<>();
    private InstitutionId awardedBy;
    private LocalDate awardedOn;
    private final List<UnitRef> awardedUnits = new ArrayList<>();

    /** Decisions awaiting review, by unit ({@code U31@1}) or {@link #AWARD}, with the body that reviews them. */
    private final Map<String, ReviewedDecision> pendingReviews = new HashMap<>();

    private final Map<String, InstitutionId> reviewBodies = new HashMap<>();
    /** Corrections ({@code <assessment>#<n>}) already reviewed, and invalidated assessments already withdrawn: the cascade may deliver twice. */
    private final Set<String> reviewedCorrections = new HashSet<>();

    private final Set<AssessmentId> withdrawnAssessments = new HashSet<>();
    private final Set<AppealId> appealsApplied = new HashSet<>();

    /**
     * Credit held here without a validation of this pathway — transferred from another qualification or
     * carried through a pathway migration — with the assessments it rests on at its source and the body
     * that decided it: a change to one of them reaches it like any dependent decision (R25, ADR 0016).
     */
    private final Map<String, Set<AssessmentId>> carriedBasis = new HashMap<>();

    private final Map<String, InstitutionId> carriedBy = new HashMap<>();

    /**
     * Outcomes of a unit credited by a PARTIAL transfer or a partial migration line, not yet part of a full
     * recognition: with the validation of the remaining outcomes they make the unit recognisable (ADR 0023).
     */
    private final Map<String, List<PartCredit>> partCredits = new HashMap<>();

    /** Units held here by recognised prior credit (a transfer or a common-core count), for a shortening (ADR 0024). */
    private final Map<String, PriorCreditReference> priorCredit = new LinkedHashMap<>();

    private boolean durationReduced;

    /** The qualification each common-core unit counted here was recognised in (ADR 0016). */
    private final Map<String, QualificationId> countedFrom = new HashMap<>();

    /**
     * The recognition each count here was taken from, and the recognitions whose count here ended
     * (stopped, revoked, withdrawn): a count once ended is never taken again from the same recognition,
     * so the common-core catch-up may replay every enrolment (ADR 0016 amendment).
     */
    private final Map<String, String> countedRecognition = new HashMap<>();

    private final Map<String, String> endedCounts = new HashMap<>();

    /**
     * The source recognition ({@code <qualification> <unit>}) each unit held here by a transfer came from,
     * kept through a migration: its revocation for another cause than an invalidation sends the unit to
     * review (ADR 0016 amendment). With the source revocations already turned into reviews.
     */
    private final Map<String, String> transferredFrom = new HashMap<>();

    private final Set<String> sourceRevocationsReviewed = new HashSet<>();

    private static final String AWARD = "award";

    LearnerPathway() {
        // required by Axon to rebuild the aggregate from its events
    }

    /** A second enrolment in the same qualification is refused by the stream's uniqueness (409). */
    @CommandHandler
    LearnerPathway(
            EnrolLearner command,
            LearnerDirectory learners,
            QualificationCatalogue standards,
            InstitutionDirectory institutions) {
        if (!learners.isRegistered(command.learner())) {
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.UNKNOWN_LEARNER, "no learner " + command.learner() + " is registered", false);
        }
        if (standards.find(command.standard()).filter(s -> s.published()).isEmpty()) {
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.STANDARD_NOT_PUBLISHED,
                    "the catalogue holds no published standard " + command.standard(),
                    false);
        }
        if (!institutions.isRegistered(command.enrolledBy().institution())) {
            throw new UnknownInstitution(command.enrolledBy().institution());
        }
        apply(new LearnerEnrolled(command.pathway(), command.standard(), command.enrolledBy(), command.enrolledOn()));
    }

    /** R1 (assessed before validated), R2 and P1 (only a body holding the validate function), S05. */
    @CommandHandler
    void handle(
            ValidateCredit command,
            QualificationCatalogue standards,
            InstitutionDirectory institutions,
            UnitCatalogue units,
            AssessmentRecords assessments) {
        var definition = definition(standards);
        requireFunction(institutions, command.validator(), InstitutionFunction.VALIDATE, definition);
        var unitOutcomes = outcomesOf(command.unit(), definition, units);
        if (command.basis().isEmpty()) {
            throw violation(PathwayRuleViolation.ASSESSMENT_MISSING, "a validation rests on at least one assessment");
        }
        var achieved = new HashSet<String>();
        for (var id : command.basis()) {
            var assessment = assessments
                    .find(id)
                    .filter(a -> a.isCredit())
                    .filter(a -> a.content().learner().equals(learner()))
                    .orElseThrow(() -> violation(
                            PathwayRuleViolation.ASSESSMENT_MISSING,
                            "assessment " + id
                                    + " of this learner is not recorded (or awaits review as a possible duplicate,"
                                    + " or is invalidated)"));
            assessment.content().results().stream()
                    .filter(r -> r.unit().equals(command.unit()) && r.achieved())
                    .forEach(r -> achieved.add(r.learningOutcome()));
        }
        var outcomes = command.learningOutcomes().isEmpty() ? List.copyOf(achieved) : command.learningOutcomes();
        for (var outcome : outcomes) {
            if (!unitOutcomes.contains(outcome)) {
                throw violation(
                        PathwayRuleViolation.UNIT_NOT_IN_STANDARD,
                        command.unit() + " of " + standard + " has no learning outcome " + outcome);
            }
            if (!achieved.contains(outcome)) {
                throw violation(
                        PathwayRuleViolation.NOT_ASSESSED,
                        command.unit() + " " + outcome + " is not achieved in the assessments given");
            }
        }
        if (outcomes.isEmpty()) {
            throw violation(
                    PathwayRuleViolation.NOT_ASSESSED, "the assessments given achieve no outcome of " + command.unit());
        }
        var key = command.unit().toString();
        if (recognised.containsKey(key) && !expiredOn(key, command.effectiveDate())) {
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.ALREADY_RECOGNISED,
                    command.unit() + " is recognised and its credit is still valid",
                    true);
        }
        // credit whose validity ran out may be validated again (R13); otherwise the same outcomes only once
        var already = recognised.containsKey(key) ? Set.<String>of() : validatedOutcomes.getOrDefault(key, Set.of());
        var alreadyBasis =
                recognised.containsKey(key) ? Set.<AssessmentId>of() : validationBasis.getOrDefault(key, Set.of());
        // a validation adds outcomes, or further assessments behind them (S22); the same one twice is refused (R27)
        if (already.containsAll(outcomes) && alreadyBasis.containsAll(command.basis())) {
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.ALREADY_VALIDATED,
                    "these outcomes of " + command.unit() + " are already validated",
                    true);
        }
        apply(new CreditValidated(
                pathway(),
                command.unit(),
                sorted(outcomes),
                command.basis(),
                command.validator(),
                command.effectiveDate()));
    }

    @CommandHandler
    void handle(RejectCreditValidation command, QualificationCatalogue standards, InstitutionDirectory institutions) {
        var definition = definition(standards);
        requireFunction(institutions, command.validator(), InstitutionFunction.VALIDATE, definition);
        if (definition.rules().unit(command.unit()).isEmpty()) {
            throw violation(
                    PathwayRuleViolation.UNIT_NOT_IN_STANDARD, command.unit() + " is not a unit of " + standard);
        }
        apply(new CreditValidationRejected(
                pathway(),
                command.unit(),
                command.learningOutcomes(),
                command.basis(),
                command.validator(),
                command.effectiveDate(),
                command.reason().strip()));
    }

    /** R1 (validated before recognised), R7 (points only here), R9, R14 (once per unit). */
    @CommandHandler
    void handle(
            RecogniseUnit command,
            QualificationCatalogue standards,
            InstitutionDirectory institutions,
            UnitCatalogue units,
            AssessmentRecords assessments) {
        var definition = definition(standards);
        requireFunction(institutions, command.recogniser(), InstitutionFunction.RECOGNISE, definition);
        var key = command.unit().toString();
        if (recognised.containsKey(key) && !expiredOn(key, command.effectiveDate())) {
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.ALREADY_RECOGNISED,
                    command.unit() + " is already recognised for " + standard.id(),
                    true);
        }
        requireNoReview(key);
        var unitOutcomes = outcomesOf(command.unit(), definition, units);
        var validated = validatedOutcomes.get(key);
        if (validated == null) {
            throw violation(PathwayRuleViolation.VALIDATION_MISSING, command.unit() + " has no validated credit");
        }
        // ADR 0023: outcomes credited by a part-transfer or a partial migration line count with the validated ones
        var partCredit = partCredits.getOrDefault(key, List.of()).stream()
                .filter(p -> !validated.containsAll(p.learningOutcomes()))
                .toList();
        var credited = new HashSet<>(validated);
        partCredit.forEach(p -> credited.addAll(p.learningOutcomes()));
        if (!credited.containsAll(unitOutcomes)) {
            var missing = unitOutcomes.stream()
                    .filter(o -> !credited.contains(o))
                    .sorted()
                    .toList();
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.VALIDATION_INCOMPLETE,
                    command.unit() + " still lacks validated outcomes " + missing
                            + (partCredit.isEmpty() ? "" : " besides those its part-credit covers"),
                    false,
                    "unit",
                    missing.stream()
                            .map(o -> new LedgerRuleViolation.Finding(
                                    PathwayRuleViolation.VALIDATION_INCOMPLETE,
                                    command.unit() + " " + o + " is neither validated nor credited in part"))
                            .toList());
        }
        var attached = definition.rules().unit(command.unit()).orElseThrow();
        var basis = List.copyOf(validationBasis.get(key));
        // R11, S22: a unit may need several assessments of given kinds (in-company and school CCF)
        var methods = basis.stream()
                .map(assessments::find)
                .flatMap(java.util.Optional::stream)
                .map(a -> a.content().method())
                .collect(java.util.stream.Collectors.toSet());
        var missing = attached.requiredAssessments().stream()
                .filter(m -> !methods.contains(m))
                .toList();
        if (!missing.isEmpty()) {
            throw violation(
                    PathwayRuleViolation.ASSESSMENTS_INCOMPLETE,
                    command.unit() + " also needs assessments of kind " + missing);
        }
        apply(new UnitRecognised(
                pathway(),
                standard,
                command.unit(),
                attached.points(),
                grade(command.unit(), basis, definition, assessments),
                attached.role() == UnitRole.OPTIONAL,
                basis,
                command.recogniser(),
                command.effectiveDate(),
                attached.validity() == null
                        ? null
                        : command.effectiveDate().plus(attached.validity()).minusDays(1),
                partCredit));
    }

    @CommandHandler
    void handle(RecognisePartOfUnit command, QualificationCatalogue standards, InstitutionDirectory institutions) {
        var definition = definition(standards);
        requireFunction(institutions, command.recogniser(), InstitutionFunction.RECOGNISE, definition);
        var validated = validatedOutcomes.getOrDefault(command.unit().toString(), Set.of());
        if (command.learningOutcomes().isEmpty() || !validated.containsAll(command.learningOutcomes())) {
            throw violation(
                    PathwayRuleViolation.VALIDATION_MISSING,
                    "only validated outcomes of " + command.unit() + " can be recognised as part of it");
        }
        var key = command.unit().toString();
        if (recognised.containsKey(key) && !expiredOn(key, command.effectiveDate())) {
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.ALREADY_RECOGNISED, command.unit() + " is recognised in full", true);
        }
        if (partlyRecognised.getOrDefault(key, Set.of()).containsAll(command.learningOutcomes())) {
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.ALREADY_RECOGNISED,
                    "these outcomes of " + command.unit() + " are already recognised as part of it",
                    true);
        }
        apply(new PartialUnitCreditRecognised(
                pathway(),
                standard,
                command.unit(),
                sorted(command.learningOutcomes()),
                List.copyOf(validationBasis.get(command.unit().toString())),
                command.recogniser(),
                command.effectiveDate()));
    }

    /**
     * DOMAIN c6, R8, decision (j)2: credit the learner holds in another qualification counts here
     * under a unit equivalence, by one decision of a competent institution of this standard (it
     * validates and recognises, so it holds both functions). Without an equivalence only a
     * common-core unit — the same unit version in both standards — transfers; anything else needs a
     * targeted assessment through the ordinary validation and recognition.
     */
    @CommandHandler
    void handle(
            TransferCredit command,
            QualificationCatalogue standards,
            InstitutionDirectory institutions,
            RecognitionRecords recognitions,
            EquivalenceRegister equivalences,
            AssessmentRecords assessments) {
        transfer(
                command,
                command.decidedBy(),
                command.decisionReference(),
                standards,
                institutions,
                recognitions,
                equivalences,
                assessments);
    }

    /**
     * Step 4 of the transfer saga (DOMAIN c6, ADR 0013 amended): the same decision as
     * {@link TransferCredit}, but a refusal is answered rather than thrown — it is found before anything
     * is recorded — so the saga closes the request with the rule instead of failing its own transaction.
     *
     * @return null when {@code CreditTransferred} was recorded, else the refusal
     */
    @CommandHandler
    TransferRefusal handle(
            RecordValidatedTransfer command,
            QualificationCatalogue standards,
            InstitutionDirectory institutions,
            RecognitionRecords recognitions,
            EquivalenceRegister equivalences,
            AssessmentRecords assessments) {
        try {
            transfer(
                    command.transfer(),
                    command.validatedBy(),
                    command.validationReference(),
                    standards,
                    institutions,
                    recognitions,
                    equivalences,
                    assessments);
            return null;
        } catch (LedgerRuleViolation refused) {
            return new TransferRefusal(refused.rule(), refused.getMessage());
        }
    }

    /** {@code validatedBy} validates, {@code command.decidedBy()} recognises: one body or two (ADR 0022). */
    private void transfer(
            TransferCredit command,
            Actor validatedBy,
            String validationReference,
            QualificationCatalogue standards,
            InstitutionDirectory institutions,
            RecognitionRecords recognitions,
            EquivalenceRegister equivalences,
            AssessmentRecords assessments) {
        var definition = definition(standards);
        requireFunction(institutions, validatedBy, InstitutionFunction.VALIDATE, definition);
        requireFunction(institutions, command.decidedBy(), InstitutionFunction.RECOGNISE, definition);
        var attached = definition
                .rules()
                .unit(command.unit())
                .orElseThrow(() -> violation(
                        PathwayRuleViolation.UNIT_NOT_IN_STANDARD, command.unit() + " is not a unit of " + standard));
        if (command.sourceQualification().equals(standard.id())) {
            throw violation(
                    PathwayRuleViolation.SOURCE_NOT_RECOGNISED,
                    "credit is transferred from another qualification, not from " + standard.id());
        }
        var source = recognitions
                .find(learner(), command.sourceQualification(), command.sourceUnit())
                .orElseThrow(() -> violation(
                        PathwayRuleViolation.SOURCE_NOT_RECOGNISED,
                        command.sourceUnit() + " is not recognised for this learner in "
                                + command.sourceQualification()));
        // read for share (ADR 0010 §6): an invalidation of the source's assessment either waits for this
        // transfer, whose reliance rows its cascade then finds, or is seen here and refuses the transfer
        for (var assessment : source.basis()) {
            if (assessments
                    .find(assessment)
                    .filter(record -> !record.isCredit())
                    .isPresent()) {
                throw violation(
                        PathwayRuleViolation.SOURCE_NOT_RECOGNISED,
                        command.sourceUnit() + " in " + command.sourceQualification() + " rests on assessment "
                                + assessment + ", which is no longer credit (invalidated)");
            }
        }
        var coverage = Coverage.FULL;
        List<String> covered = List.of();
        EquivalenceRecord equivalence = null;
        if (command.equivalence() != null) {
            equivalence = equivalences
                    .find(command.equivalence())
                    .orElseThrow(() -> violation(
                            PathwayRuleViolation.NO_EQUIVALENCE,
                            "no equivalence " + command.equivalence() + " is declared; without one a targeted"
                                    + " assessment is required"));
            if (equivalence.withdrawn()) {
                throw new PathwayRuleViolation(
                        PathwayRuleViolation.EQUIVALENCE_WITHDRAWN,
                        "equivalence " + command.equivalence() + " was withdrawn",
                        true);
            }
            var terms = equivalence.terms();
            if (!terms.source().equals(command.sourceUnit()) || !terms.target().equals(command.unit())) {
                throw violation(
                        PathwayRuleViolation.EQUIVALENCE_DOES_NOT_APPLY,
                        "equivalence " + command.equivalence() + " maps " + terms.source() + " to " + terms.target()
                                + ", not " + command.sourceUnit() + " to " + command.unit());
            }
            coverage = terms.coverage();
            covered = sorted(terms.coveredOutcomes());
        } else if (!command.sourceUnit().equals(command.unit())) {
            throw violation(
                    PathwayRuleViolation.NO_EQUIVALENCE,
                    "no equivalence is given from " + command.sourceUnit() + " to " + command.unit()
                            + "; without one a targeted assessment is required");
        }
        var key = command.unit().toString();
        if (recognised.containsKey(key) && !expiredOn(key, command.effectiveDate())) {
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.ALREADY_RECOGNISED,
                    command.unit() + " is already recognised for " + standard.id(),
                    true);
        }
        if (coverage == Coverage.PARTIAL
                && partlyRecognised.getOrDefault(key, Set.of()).containsAll(covered)) {
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.ALREADY_RECOGNISED,
                    "these outcomes of " + command.unit() + " are already recognised as part of it",
                    true);
        }
        requireNoReview(key);
        var sourceDefinition = standards
                .definition(source.standard())
                .orElseThrow(() -> violation(
                        PathwayRuleViolation.STANDARD_NOT_PUBLISHED,
                        "the catalogue holds no published standard " + source.standard()));
        var sourceScale = sourceDefinition.rules().gradingScale();
        var full = coverage == Coverage.FULL;
        // a grade carries over only on the same scale: converting between scales is no ledger rule
        var grade = full
                        && sourceScale != null
                        && sourceScale.equals(definition.rules().gradingScale())
                ? source.grade()
                : null;
        apply(new CreditTransferred(
                pathway(),
                standard,
                command.unit(),
                coverage,
                covered,
                // R8, (j)2: the receiving unit's points; none for part of a unit (R10)
                full ? attached.points() : null,
                definition.rules().framework(),
                grade,
                attached.role() == UnitRole.OPTIONAL,
                new PathwayId(learner(), command.sourceQualification()),
                source.standard(),
                command.sourceUnit(),
                source.points(),
                sourceDefinition.rules().framework(),
                source.grade(),
                sourceScale,
                command.equivalence(),
                equivalence == null ? null : equivalence.version(),
                command.decisionReference(),
                command.decidedBy(),
                command.effectiveDate(),
                full && attached.validity() != null
                        ? command.effectiveDate().plus(attached.validity()).minusDays(1)
                        : null,
                source.basis(),
                validatedBy,
                validationReference));
    }

    /**
     * Issue 6 item 5, ADR 0016: a common-core unit — the same unit version attached to this standard —
     * recognised in another qualification of the learner counts here without a second recognition,
     * within one jurisdiction (R19: across jurisdictions a transfer decides). Sent by a policy, so
     * anything that does not apply (another unit, another jurisdiction, the unit already held or
     * under review, the recognition since revoked) records nothing rather than failing.
     */
    @CommandHandler
    void handle(
            CountCommonCoreUnit command,
            QualificationCatalogue standards,
            RecognitionRecords recognitions,
            AssessmentRecords assessments) {
        var key = command.unit().toString();
        if (command.sourceQualification().equals(standard.id())
                || recognised.containsKey(key)
                || pendingReviews.containsKey(key)) {
            return;
        }
        var definition = standards.definition(standard).orElse(null);
        var attached = definition == null
                ? null
                : definition.rules().unit(command.unit()).orElse(null);
        var source = recognitions
                .find(learner(), command.sourceQualification(), command.unit())
                .orElse(null);
        if (attached == null
                || source == null
                || recognitionOf(command.sourceQualification(), source).equals(endedCounts.get(key))) {
            return;
        }
        // for share, as a transfer: an invalidation racing this count waits for it, or is seen here
        for (var assessment : source.basis()) {
            if (assessments
                    .find(assessment)
                    .filter(record -> !record.isCredit())
                    .isPresent()) {
                return;
            }
        }
        var sourceDefinition = standards.definition(source.standard()).orElse(null);
        if (sourceDefinition == null
                || !sourceDefinition
                        .profile()
                        .jurisdiction()
                        .equals(definition.profile().jurisdiction())) {
            return;
        }
        var sourceScale = sourceDefinition.rules().gradingScale();
        apply(new CommonCoreUnitCounted(
                pathway(),
                standard,
                command.unit(),
                // R8: this standard's weight of the unit
                attached.points(),
                definition.rules().framework(),
                sourceScale != null && sourceScale.equals(definition.rules().gradingScale()) ? source.grade() : null,
                attached.role() == UnitRole.OPTIONAL,
                new PathwayId(learner(), command.sourceQualification()),
                source.standard(),
                source.points(),
                source.recogniser(),
                source.basis(),
                source.effectiveDate(),
                attached.validity() == null
                        ? null
                        : source.effectiveDate().plus(attached.validity()).minusDays(1)));
    }

    /**
     * ADR 0016 amendment: the recognition a unit here was transferred from was revoked by its body
     * after review, or reversed on appeal. The transfer was this pathway's decision on that recognition
     * as it stood, so it is not rewritten: it goes to the body that decided it for review, naming the
     * source's revocation (and appeal), and so does the award counting it. Delivered again, or where
     * nothing here came from that recognition (or it is already under review), nothing is recorded.
     */
    @CommandHandler
    void handle(RequireReviewOfTransferredCredit command) {
        if (sourceRevocationsReviewed.contains(command.sourceRevocation())) {
            return;
        }
        var source = command.sourceQualification() + " " + command.sourceUnit();
        var units = new java.util.TreeSet<String>();
        transferredFrom.forEach((key, from) -> {
            if (from.equals(source)
                    && (recognised.containsKey(key) || partlyRecognised.containsKey(key))
                    && !pendingReviews.containsKey(key)) {
                units.add(key);
            }
        });
        var reason = "the recognition of " + command.sourceUnit() + " in " + command.sourceQualification()
                + " it was transferred from was revoked: " + command.reason();
        var reviewed = new ArrayList<UnitRef>();
        for (var key : units) {
            var unit = UnitRef.parse(key);
            reviewed.add(unit);
            apply(new RecognitionReviewRequired(
                    pathway(),
                    standard,
                    ReviewedDecision.UNIT_RECOGNITION,
                    unit,
                    null,
                    0,
                    carriedBy.getOrDefault(key, recognisedBy.get(key)),
                    command.revokedBy(),
                    reason,
                    command.effectiveDate(),
                    command.sourceRevocation(),
                    command.appeal()));
        }
        if (awarded && reviewed.stream().anyMatch(awardedUnits::contains) && !pendingReviews.containsKey(AWARD)) {
            apply(new RecognitionReviewRequired(
                    pathway(),
                    standard,
                    ReviewedDecision.QUALIFICATION_AWARD,
                    null,
                    null,
                    0,
                    awardedBy,
                    command.revokedBy(),
                    "the award counts " + String.join(", ", units) + ": " + reason,
                    command.effectiveDate(),
                    command.sourceRevocation(),
                    command.appeal()));
        }
    }

    /** Which recognition a count is taken from: a new recognition of the unit is another one. */
    private static String recognitionOf(QualificationId sourceQualification, RecognitionRecord source) {
        return sourceQualification + " " + source.effectiveDate() + " " + source.basis();
    }

    /**
     * The recognition a common-core unit was counted from was revoked: it stops counting here with the
     * same cause; an award counting it goes to its awarding body for review, as after a revocation.
     */
    @CommandHandler
    void handle(StopCountingCommonCoreUnit command) {
        var key = command.unit().toString();
        if (!command.sourceQualification().equals(countedFrom.get(key))) {
            return; // not counted from there, or no longer counted
        }
        apply(new UnitRecognitionRevoked(
                pathway(),
                standard,
                command.unit(),
                recognised.get(key).points(),
                false,
                List.of(),
                command.invalidatedAssessment(),
                command.appeal(),
                command.revokedBy(),
                command.effectiveDate(),
                "its recognition in " + command.sourceQualification() + " was revoked: " + command.reason()));
        if (awarded && awardedUnits.contains(command.unit()) && !pendingReviews.containsKey(AWARD)) {
            apply(new RecognitionReviewRequired(
                    pathway(),
                    standard,
                    ReviewedDecision.QUALIFICATION_AWARD,
                    null,
                    null,
                    0,
                    awardedBy,
                    command.revokedBy(),
                    "the award counts " + command.unit() + ", whose recognition was revoked: " + command.reason(),
                    command.effectiveDate()));
        }
    }

    /**
     * S28: the pathway moves to a newer published version of its standard through that version's
     * transition table, decided by an institution holding the recognise function for it. FULL lines
     * make the new unit held (its points, the original grade); PARTIAL lines leave it in progress with
     * the covered outcomes; a unit the new version still attaches carries over; others are listed as
     * unmapped. Not once awarded, nor while a decision awaits review.
     */
    @CommandHandler
    void handle(
            MigrateLearnerPathway command,
            QualificationCatalogue standards,
            InstitutionDirectory institutions,
            TransitionTables transitions) {
        if (command.newStandard().version() <= standard.version()) {
            throw violation(
                    PathwayRuleViolation.NOT_A_NEWER_VERSION,
                    command.newStandard() + " is not newer than the pathway's " + standard);
        }
        var target = standards
                .definition(command.newStandard())
                .orElseThrow(() -> violation(
                        PathwayRuleViolation.STANDARD_NOT_PUBLISHED,
                        "the catalogue holds no published standard " + command.newStandard()));
        requireFunction(institutions, command.migratedBy(), InstitutionFunction.RECOGNISE, target);
        if (awarded) {
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.ALREADY_AWARDED,
                    standard.id() + " is already awarded: the award stays on " + standard,
                    true);
        }
        if (!pendingReviews.isEmpty()) {
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.REVIEW_PENDING,
                    "decisions on " + sorted(List.copyOf(pendingReviews.keySet())) + " await review (R25)",
                    true);
        }
        var table = transitions.transitionsInto(command.newStandard());
        var mapped = new ArrayList<MigratedCredit>();
        var unmapped = new ArrayList<UnitRef>();
        for (var held : recognised.values()) {
            var line = table.stream().filter(t -> t.from().equals(held.unit())).findFirst();
            if (line.isPresent()) {
                var transition = line.get();
                var full = transition.coverage() == Coverage.FULL;
                var attached = target.rules().unit(transition.to());
                mapped.add(new MigratedCredit(
                        held.unit(),
                        transition.to(),
                        transition.coverage(),
                        sorted(transition.coveredOutcomes()),
                        full ? attached.map(a -> a.points()).orElse(null) : null,
                        full ? held.grade() : null,
                        held.recognisedOn()));
            } else if (target.rules().unit(held.unit()).isPresent()) {
                mapped.add(new MigratedCredit(
                        held.unit(),
                        held.unit(),
                        Coverage.FULL,
                        List.of(),
                        target.rules().unit(held.unit()).orElseThrow().points(),
                        held.grade(),
                        held.recognisedOn()));
            } else {
                unmapped.add(held.unit());
            }
        }
        apply(new LearnerPathwayMigrated(
                pathway(),
                standard,
                command.newStandard(),
                mapped,
                unmapped,
                command.migratedBy(),
                command.effectiveDate()));
    }

    /**
     * S25, ADR 0024: the competent body (the award function for this standard: in German dual training the
     * chamber that examines and awards also shortens the training) shortens the training on the prior credit
     * the pathway holds, within the rule set's policy; once per pathway, and not once awarded.
     */
    @CommandHandler
    void handle(
            RecordTrainingDurationReduction command,
            QualificationCatalogue standards,
            InstitutionDirectory institutions) {
        var definition = definition(standards);
        requireFunction(institutions, command.decidedBy(), InstitutionFunction.AWARD, definition);
        var policy = definition.rules().awardRules().all(AwardRule.TrainingDurationReduction.class).stream()
                .findFirst()
                .orElseThrow(() -> violation(
                        PathwayRuleViolation.NO_REDUCTION_POLICY,
                        "the rule set of " + standard + " does not let prior credit shorten the training"));
        if (awarded) {
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.ALREADY_AWARDED, standard.id() + " is already awarded to this learner", true);
        }
        if (durationReduced) {
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.ALREADY_REDUCED,
                    "the training towards " + standard.id() + " is already shortened for this learner",
                    true);
        }
        if (priorCredit.isEmpty()) {
            throw violation(
                    PathwayRuleViolation.NO_PRIOR_CREDIT,
                    "the pathway holds no unit by a credit transfer or a common-core count to shorten the training on");
        }
        var allowed = Math.min(policy.maximumMonths(), policy.monthsPerUnit() * priorCredit.size());
        var months = command.months() == null ? allowed : command.months();
        if (months > allowed) {
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.REDUCTION_EXCEEDS_POLICY,
                    "the rule set allows at most " + allowed + " months on " + priorCredit.size() + " unit(s) of prior"
                            + " credit, not " + months,
                    false,
                    "months",
                    List.of());
        }
        apply(new TrainingDurationReductionRecorded(
                pathway(),
                standard,
                months,
                allowed,
                List.copyOf(priorCredit.values()),
                command.decisionReference(),
                command.legalBasis(),
                command.decidedBy(),
                command.effectiveDate()));
    }

    /** R17: the examination is the organiser's (assess function); the award stays the awarding body's. */
    @CommandHandler
    void handle(RecordFinalExamination command, QualificationCatalogue standards, InstitutionDirectory institutions) {
        var definition = definition(standards);
        requireFunction(institutions, command.organiser(), InstitutionFunction.ASSESS, definition);
        apply(new FinalExaminationRecorded(
                pathway(), standard, command.organiser(), command.examinedOn(), command.passed(), command.grade()));
    }

    /** Answers the evaluation too, so the caller sees the rule trace at once. */
    @CommandHandler
    Eligibility handle(EvaluateAwardEligibility command, QualificationCatalogue standards) {
        var eligibility = eligibility(definition(standards), command.evaluatedOn());
        apply(new AwardEligibilityEvaluated(
                pathway(), standard, command.evaluatedOn(), eligibility.eligible(), eligibility.trace()));
        return eligibility;
    }

    /** R3, R12, R15, R17: an explicit decision by a body holding the award function, only when eligible. */
    @CommandHandler
    void handle(AwardQualification command, QualificationCatalogue standards, InstitutionDirectory institutions) {
        var definition = definition(standards);
        requireFunction(institutions, command.awardingBody(), InstitutionFunction.AWARD, definition);
        if (awarded) {
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.ALREADY_AWARDED, standard.id() + " is already awarded to this learner", true);
        }
        if (!pendingReviews.isEmpty()) {
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.REVIEW_PENDING,
                    "decisions on " + sorted(List.copyOf(pendingReviews.keySet()))
                            + " await review after a change to what they rest on (R25)",
                    true);
        }
        var eligibility = eligibility(definition, command.effectiveDate());
        if (!eligibility.eligible()) {
            throw new NotEligibleForAward(pathway(), eligibility);
        }
        var counting = counting(definition, command.effectiveDate());
        var counted = counting.stream().map(AchievedUnit::unit).toList();
        var points = definition.rules().framework().hasPoints()
                ? CreditPoints.sum(counting.stream()
                        .map(AchievedUnit::points)
                        .filter(java.util.Objects::nonNull)
                        .toList())
                : null;
        apply(new QualificationAwarded(
                pathway(),
                standard,
                definition.profile().partialQualification(),
                weightedAverage(definition, counting),
                counted,
                points,
                command.awardingBody(),
                command.effectiveDate(),
                command.legalBasis()));
    }

    /**
     * R25 after a correction (DOMAIN c7, S10): every decision resting on the corrected assessment is
     * flagged for review by the body that took it — the unit's recognition, or its validation when it
     * is not recognised — and the award when it counts such a unit. Nothing is changed otherwise.
     */
    @CommandHandler
    void handle(RequireReviewOfDependentDecisions command) {
        if (reviewedCorrections.contains(command.assessment() + "#" + command.correction())) {
            return; // delivered again by the cascade: already flagged
        }
        var units = unitsRestingOn(command.assessment());
        for (var unit : units) {
            var key = unit.toString();
            // credit carried here by a transfer or a migration is a recognition decision of this pathway
            var carriedOnly = !validationBasis.getOrDefault(key, Set.of()).contains(command.assessment());
            var recognition = recognised.containsKey(key) || carriedOnly;
            apply(new RecognitionReviewRequired(
                    pathway(),
                    standard,
                    recognition ? ReviewedDecision.UNIT_RECOGNITION : ReviewedDecision.CREDIT_VALIDATION,
                    unit,
                    command.assessment(),
                    command.correction(),
                    recognition ? recognisedBy.getOrDefault(key, carriedBy.get(key)) : validatedBy.get(key),
                    command.correctedBy(),
                    command.reason(),
                    command.effectiveDate()));
        }
        if (awarded && units.stream().anyMatch(awardedUnits::contains)) {
            apply(new RecognitionReviewRequired(
                    pathway(),
                    standard,
                    ReviewedDecision.QUALIFICATION_AWARD,
                    null,
                    command.assessment(),
                    command.correction(),
                    awardedBy,
                    command.correctedBy(),
                    command.reason(),
                    command.effectiveDate()));
        }
    }

    /**
     * R25 after an invalidation (S11): for each unit resting on the invalidated assessment, its
     * validation is withdrawn, then its recognition (or part-recognition) revoked; then the award, if
     * it counted such a unit — each its own event with the reason.
     */
    @CommandHandler
    void handle(WithdrawDependentCredit command) {
        if (withdrawnAssessments.contains(command.assessment())) {
            return; // delivered again by the cascade: already withdrawn
        }
        var units = unitsRestingOn(command.assessment());
        for (var unit : units) {
            var key = unit.toString();
            if (!validationBasis.getOrDefault(key, Set.of()).contains(command.assessment())) {
                revokeCarriedCredit(unit, command);
                continue;
            }
            var outcomes = sorted(List.copyOf(validatedOutcomes.get(key)));
            apply(new CreditValidationWithdrawn(
                    pathway(),
                    unit,
                    outcomes,
                    List.copyOf(validationBasis.get(key)),
                    command.assessment(),
                    command.invalidatedBy(),
                    command.effectiveDate(),
                    command.reason()));
            if (recognised.containsKey(key)) {
                apply(new UnitRecognitionRevoked(
                        pathway(),
                        standard,
                        unit,
                        recognised.get(key).points(),
                        false,
                        outcomes,
                        command.assessment(),
                        null,
                        command.invalidatedBy(),
                        command.effectiveDate(),
                        command.reason()));
            } else if (!ownPartRecognition(key).isEmpty()) {
                // a part-credit of a transfer or a migration does not rest on this validation (ADR 0023)
                apply(new UnitRecognitionRevoked(
                        pathway(),
                        standard,
                        unit,
                        null,
                        true,
                        sorted(List.copyOf(ownPartRecognition(key))),
                        command.assessment(),
                        null,
                        command.invalidatedBy(),
                        command.effectiveDate(),
                        command.reason()));
            }
        }
        if (awarded && units.stream().anyMatch(awardedUnits::contains)) {
            apply(new QualificationAwardRevoked(
                    pathway(),
                    standard,
                    awardedOn,
                    awardedBy,
                    List.copyOf(awardedUnits),
                    command.assessment(),
                    command.invalidatedBy(),
                    command.effectiveDate(),
                    command.reason()));
        }
    }

    /** S10: the body that took a decision flagged for review confirms it as it stands. */
    @CommandHandler
    void handle(ConfirmRecognition command) {
        var key = command.unit() == null ? AWARD : command.unit().toString();
        var decision = pendingReviews.get(key);
        if (decision == null) {
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.NO_REVIEW_PENDING,
                    (command.unit() == null ? "the award" : "no decision on " + command.unit())
                            + " awaits review; only a decision flagged for review is confirmed",
                    true);
        }
        requireReviewBody(key, command.confirmedBy());
        apply(new RecognitionConfirmed(
                pathway(), decision, command.unit(), command.confirmedBy(), command.effectiveDate(), command.note()));
    }

    /**
     * S10 (revoke after review) and an upheld appeal's REVERSE_DECISION: the recognition is revoked;
     * the award, if it counts the unit, is flagged for review by its awarding body. On appeal the
     * appeal body acts, an institution holding the award function.
     */
    @CommandHandler
    void handle(RevokeUnitRecognition command, QualificationCatalogue standards, InstitutionDirectory institutions) {
        if (command.appeal() != null && appealsApplied.contains(command.appeal())) {
            return; // the appeal's remedy was applied already
        }
        if (command.appeal() != null && !recognised.containsKey(command.unit().toString())) {
            // revoked by another cause (in the ledger with it) between the upholding, which checks that
            // the recognition stands, and this remedy: nothing is left to reverse, and a refusal here
            // would fail the cascade that applies the remedy for ever (ADR 0010)
            return;
        }
        var definition = definition(standards);
        requireFunction(
                institutions,
                command.revokedBy(),
                command.appeal() == null ? InstitutionFunction.RECOGNISE : InstitutionFunction.AWARD,
                definition);
        var key = command.unit().toString();
        if (!recognised.containsKey(key)) {
            throw violation(
                    PathwayRuleViolation.NOT_RECOGNISED, command.unit() + " is not recognised for " + standard.id());
        }
        apply(new UnitRecognitionRevoked(
                pathway(),
                standard,
                command.unit(),
                recognised.get(key).points(),
                false,
                sorted(List.copyOf(validatedOutcomes.getOrDefault(key, Set.of()))),
                null,
                command.appeal(),
                command.revokedBy(),
                command.effectiveDate(),
                command.reason()));
        if (awarded && awardedUnits.contains(command.unit()) && !pendingReviews.containsKey(AWARD)) {
            apply(new RecognitionReviewRequired(
                    pathway(),
                    standard,
                    ReviewedDecision.QUALIFICATION_AWARD,
                    null,
                    null,
                    0,
                    awardedBy,
                    command.revokedBy(),
                    "the award counts " + command.unit() + ", whose recognition was revoked: " + command.reason(),
                    command.effectiveDate()));
        }
    }

    /** S10 (revoke after review) for a validation: only credit not recognised; revoke the recognition first. */
    @CommandHandler
    void handle(WithdrawCreditValidation command, QualificationCatalogue standards, InstitutionDirectory institutions) {
        var definition = definition(standards);
        requireFunction(institutions, command.withdrawnBy(), InstitutionFunction.VALIDATE, definition);
        var key = command.unit().toString();
        if (!validationBasis.containsKey(key)) {
            throw violation(PathwayRuleViolation.VALIDATION_MISSING, command.unit() + " has no validated credit");
        }
        if (recognised.containsKey(key)) {
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.RECOGNITION_DEPENDS,
                    command.unit() + " is recognised on this validation; revoke the recognition first",
                    true);
        }
        apply(new CreditValidationWithdrawn(
                pathway(),
                command.unit(),
                sorted(List.copyOf(validatedOutcomes.get(key))),
                List.copyOf(validationBasis.get(key)),
                null,
                command.withdrawnBy(),
                command.effectiveDate(),
                command.reason()));
    }

    /** S10 (revoke after review) for the award, by a body holding the award function. */
    @CommandHandler
    void handle(RevokeQualificationAward command, QualificationCatalogue standards, InstitutionDirectory institutions) {
        var definition = definition(standards);
        requireFunction(institutions, command.revokedBy(), InstitutionFunction.AWARD, definition);
        if (!awarded) {
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.NOT_AWARDED, standard.id() + " is not awarded to this learner", true);
        }
        apply(new QualificationAwardRevoked(
                pathway(),
                standard,
                awardedOn,
                awardedBy,
                List.copyOf(awardedUnits),
                null,
                command.revokedBy(),
                command.effectiveDate(),
                command.reason()));
    }

    /**
     * The units whose standing validation, or whose credit carried here by a transfer or a migration,
     * rests on the assessment, in a stable order.
     */
    private List<UnitRef> unitsRestingOn(AssessmentId assessment) {
        var keys = new java.util.TreeSet<String>();
        validationBasis.forEach((key, basis) -> {
            if (basis.contains(assessment)) {
                keys.add(key);
            }
        });
        carriedBasis.forEach((key, basis) -> {
            if (basis.contains(assessment)) {
                keys.add(key);
            }
        });
        return keys.stream().map(UnitRef::parse).toList();
    }

    /**
     * S11 for credit transferred or migrated here (ADR 0016): no validation of this pathway rests on the
     * invalidated assessment, so only the recognition (or the part-recognition) is revoked, naming it.
     */
    private void revokeCarriedCredit(UnitRef unit, WithdrawDependentCredit command) {
        var key = unit.toString();
        var wasRecognised = recognised.containsKey(key);
        var partCreditFalls = partCredits.getOrDefault(key, List.of()).stream()
                .anyMatch(p -> p.sourceBasis().contains(command.assessment()));
        if (wasRecognised) {
            apply(new UnitRecognitionRevoked(
                    pathway(),
                    standard,
                    unit,
                    recognised.get(key).points(),
                    false,
                    sorted(List.copyOf(validatedOutcomes.getOrDefault(key, Set.of()))),
                    command.assessment(),
                    null,
                    command.invalidatedBy(),
                    command.effectiveDate(),
                    command.reason()));
        }
        // ADR 0023: a unit recognised on a part-credit loses the part-credit too when what it rests on falls
        if ((!wasRecognised || partCreditFalls)
                && !partlyRecognised.getOrDefault(key, Set.of()).isEmpty()) {
            apply(new UnitRecognitionRevoked(
                    pathway(),
                    standard,
                    unit,
                    null,
                    true,
                    sorted(List.copyOf(partlyRecognised.get(key))),
                    command.assessment(),
                    null,
                    command.invalidatedBy(),
                    command.effectiveDate(),
                    command.reason()));
        }
    }

    /** The outcomes of the unit recognised as part of it on this pathway's own validations. */
    private Set<String> ownPartRecognition(String key) {
        var own = new HashSet<>(partlyRecognised.getOrDefault(key, Set.of()));
        partCredits.getOrDefault(key, List.of()).forEach(p -> own.removeAll(p.learningOutcomes()));
        return own;
    }

    private void requireNoReview(String key) {
        if (pendingReviews.containsKey(key)) {
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.REVIEW_PENDING,
                    "the decision on " + key + " awaits review (R25); confirm or revoke it first",
                    true);
        }
    }

    /** Only the body that took the decision reviews it (R25). */
    private void requireReviewBody(String key, Actor actor) {
        var body = reviewBodies.get(key);
        if (body != null && !body.equals(actor.institution())) {
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.NOT_AUTHORISED,
                    "the decision on " + key + " is reviewed by " + body + ", which took it, not by "
                            + actor.institution(),
                    false);
        }
    }

    /** The recognitions an award on {@code on} counts: without expired credit when the rules apply validity (R13). */
    private List<AchievedUnit> counting(StandardDefinition definition, LocalDate on) {
        var validity = definition.rules().awardRules().has(AwardRule.UnitValidityInTime.class);
        return recognised.entrySet().stream()
                .filter(entry -> !validity || !expiredOn(entry.getKey(), on))
                .map(Map.Entry::getValue)
                .toList();
    }

    private boolean expiredOn(String unit, LocalDate day) {
        var until = recognisedUntil.get(unit);
        return until != null && day.isAfter(until);
    }

    private Eligibility eligibility(StandardDefinition definition, LocalDate on) {
        return AwardRuleEvaluation.evaluate(
                definition.rules(), List.copyOf(recognised.values()), finalExaminationPassed, on);
    }

    /** The grade the award carries: the rule set's weighted average (R15), when it has one. */
    private static BigDecimal weightedAverage(StandardDefinition definition, List<AchievedUnit> counting) {
        var rule = definition.rules().awardRules().all(AwardRule.WeightedAverage.class).stream()
                .findFirst();
        if (rule.isEmpty()) {
            return null;
        }
        var sum = BigDecimal.ZERO;
        var weights = BigDecimal.ZERO;
        for (var unit : counting) {
            var attached = definition.rules().unit(unit.unit()).orElseThrow();
            var counts = attached.role() != UnitRole.OPTIONAL || rule.get().countOptionalUnits();
            if (counts && attached.coefficient() != null && unit.grade() != null) {
                sum = sum.add(unit.grade().multiply(attached.coefficient()));
                weights = weights.add(attached.coefficient());
            }
        }
        return weights.signum() == 0 ? null : sum.divide(weights, 2, RoundingMode.HALF_UP);
    }

    /**
     * R14, decision (j)3: of several graded assessments of the unit, the latest counts, or the best;
     * or, where the standard's unit result rule says so, their mean (R11).
     */
    private static BigDecimal grade(
            UnitRef unit, List<AssessmentId> basis, StandardDefinition definition, AssessmentRecords assessments) {
        var graded = basis.stream()
                .map(assessments::find)
                .flatMap(java.util.Optional::stream)
                .flatMap(a -> a.content().grades().stream()
                        .filter(g -> g.unit().equals(unit))
                        .map(g -> Map.entry(a.content().assessedOn(), g.grade())))
                .toList();
        if (graded.isEmpty()) {
            return null;
        }
        // R11: a standard may combine the grades of the assessments behind a unit into their mean
        if (definition.profile().unitResultRule() == UnitResultRule.AVERAGE_OF_ASSESSMENTS) {
            var sum = graded.stream().map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            return sum.divide(BigDecimal.valueOf(graded.size()), 2, RoundingMode.HALF_UP);
        }
        return definition.profile().resitPolicy() == ResitPolicy.BEST
                ? graded.stream()
                        .map(Map.Entry::getValue)
                        .max(Comparator.naturalOrder())
                        .orElseThrow()
                : graded.stream().max(Map.Entry.comparingByKey()).orElseThrow().getValue();
    }

    private StandardDefinition definition(QualificationCatalogue standards) {
        return standards
                .definition(standard)
                .orElseThrow(() -> violation(
                        PathwayRuleViolation.STANDARD_NOT_PUBLISHED,
                        "the catalogue holds no published standard " + standard));
    }

    private List<String> outcomesOf(UnitRef unit, StandardDefinition definition, UnitCatalogue units) {
        if (definition.rules().unit(unit).isEmpty()) {
            throw violation(PathwayRuleViolation.UNIT_NOT_IN_STANDARD, unit + " is not a unit of " + standard);
        }
        return units.find(unit).map(u -> u.learningOutcomeIds()).orElse(List.of());
    }

    /** R2: the acting institution holds the function for this standard in its jurisdiction. */
    private static void requireFunction(
            InstitutionDirectory institutions,
            Actor actor,
            InstitutionFunction function,
            StandardDefinition definition) {
        if (!institutions.holds(
                actor.institution(),
                function,
                definition.standard().id(),
                definition.profile().jurisdiction())) {
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.NOT_AUTHORISED,
                    actor.institution() + " does not hold the "
                            + function.name().toLowerCase().replace('_', ' ') + " function for "
                            + definition.standard().id()
                            + " in " + definition.profile().jurisdiction(),
                    false);
        }
    }

    private PathwayId pathway() {
        var slash = pathwayId.indexOf('/');
        return new PathwayId(LearnerId.of(pathwayId.substring(0, slash)), standard.id());
    }

    private LearnerId learner() {
        return pathway().learner();
    }

    private static List<String> sorted(List<String> outcomes) {
        return outcomes.stream().sorted().toList();
    }

    private static PathwayRuleViolation violation(String rule, String message) {
        return new PathwayRuleViolation(rule, message, false);
    }

    @EventSourcingHandler
    void on(LearnerEnrolled event) {
        pathwayId = event.pathway().toString();
        standard = event.standard();
    }

    @EventSourcingHandler
    void on(CreditValidated event) {
        var key = event.unit().toString();
        if (recognised.containsKey(key)) {
            // re-validation of credit whose validity ran out (R13): a new cycle; the old recognition stays in the
            // ledger
            recognised.remove(key);
            recognisedUntil.remove(key);
            validatedOutcomes.remove(key);
            validationBasis.remove(key);
            carriedBasis.remove(key);
            carriedBy.remove(key);
            countedFrom.remove(key);
            partCredits.remove(key);
            priorCredit.remove(key);

            transferredFrom.remove(key);
            endCount(key);
        }
        validatedOutcomes.computeIfAbsent(key, k -> new HashSet<>()).addAll(event.learningOutcomes());
        validationBasis.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(event.basis());
        validatedBy.put(key, event.validatedBy().institution());
    }

    @EventSourcingHandler
    void on(UnitRecognised event) {
        // recognised on a validation of its own: no longer resting on a transfer's source
        transferredFrom.remove(event.unit().toString());
        recognised.put(
                event.unit().toString(),
                new AchievedUnit(event.unit(), event.points(), event.grade(), event.effectiveDate()));
        if (event.validUntil() != null) {
            recognisedUntil.put(event.unit().toString(), event.validUntil());
        }
        recognisedBy.put(event.unit().toString(), event.recognisedBy().institution());
    }

    @EventSourcingHandler
    void on(CreditTransferred event, @SequenceNumber long sequence) {
        var key = event.unit().toString();
        carriedBasis.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(event.sourceBasis());
        carriedBy.put(key, event.decidedBy().institution());
        transferredFrom.put(key, event.sourcePathway().qualification() + " " + event.sourceUnit());
        if (event.coverage() == Coverage.PARTIAL) {
            partlyRecognised.computeIfAbsent(key, k -> new HashSet<>()).addAll(event.coveredOutcomes());
            partCredits
                    .computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new PartCredit(
                            PartCredit.Kind.TRANSFER,
                            sequence,
                            event.coveredOutcomes(),
                            event.sourceStandard(),
                            event.sourceUnit(),
                            event.decisionReference(),
                            event.decidedBy().institution(),
                            event.effectiveDate(),
                            event.sourceBasis()));
            return;
        }
        recognised.put(key, new AchievedUnit(event.unit(), event.points(), event.grade(), event.effectiveDate()));
        if (event.validUntil() != null) {
            recognisedUntil.put(key, event.validUntil());
        }
        recognisedBy.put(key, event.decidedBy().institution());
        priorCredit.put(
                key,
                new PriorCreditReference(
                        event.unit(),
                        "CreditTransferred",
                        sequence,
                        event.sourcePathway().qualification(),
                        event.sourceUnit()));
    }

    @EventSourcingHandler
    void on(CommonCoreUnitCounted event, @SequenceNumber long sequence) {
        priorCredit.put(
                event.unit().toString(),
                new PriorCreditReference(
                        event.unit(),
                        "CommonCoreUnitCounted",
                        sequence,
                        event.sourcePathway().qualification(),
                        event.unit()));
        var key = event.unit().toString();
        recognised.put(key, new AchievedUnit(event.unit(), event.points(), event.grade(), event.effectiveDate()));
        if (event.validUntil() != null) {
            recognisedUntil.put(key, event.validUntil());
        }
        recognisedBy.put(key, event.recognisedBy().institution());
        carriedBasis.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(event.sourceBasis());
        carriedBy.put(key, event.recognisedBy().institution());
        countedFrom.put(key, event.sourcePathway().qualification());
        countedRecognition.put(
                key, event.sourcePathway().qualification() + " " + event.effectiveDate() + " " + event.sourceBasis());
    }

    private void endCount(String key) {
        var counted = countedRecognition.remove(key);
        if (counted != null) {
            endedCounts.put(key, counted);
        }
    }

    /** The pathway now counts credit in the new version; what is not mapped stays only in the ledger's history. */
    @EventSourcingHandler
    void on(LearnerPathwayMigrated event, @SequenceNumber long sequence) {
        countedFrom.clear();
        partCredits.clear();
        var prior = new HashMap<>(priorCredit);
        priorCredit.clear();
        event.mappedCredits().stream()
                .filter(c -> c.coverage() == Coverage.FULL
                        && prior.containsKey(c.from().toString()))
                .forEach(c ->
                        priorCredit.put(c.to().toString(), prior.get(c.from().toString())));

        // carried into the new version, a count becomes credit of the pathway: never counted again
        countedRecognition.keySet().forEach(key -> endedCounts.put(key, countedRecognition.get(key)));
        countedRecognition.clear();
        var cameFrom = new HashMap<>(transferredFrom);
        transferredFrom.clear();
        var by = new HashMap<>(recognisedBy);
        var until = new HashMap<>(recognisedUntil);
        // what each unit rested on before: the migrated credit still rests on it (ADR 0016)
        var restedOn = new HashMap<String, Set<AssessmentId>>();
        carriedBasis.forEach((key, basis) ->
                restedOn.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(basis));
        validationBasis.forEach((key, basis) ->
                restedOn.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(basis));
        var decidedBy = new HashMap<>(carriedBy);
        decidedBy.putAll(recognisedBy);
        carriedBasis.clear();
        carriedBy.clear();
        standard = event.standard();
        recognised.clear();
        recognisedUntil.clear();
        recognisedBy.clear();
        partlyRecognised.clear();
        validatedOutcomes.clear();
        validationBasis.clear();
        validatedBy.clear();
        for (var credit : event.mappedCredits()) {
            var key = credit.to().toString();
            var from = credit.from().toString();
            if (restedOn.containsKey(from)) {
                carriedBasis.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(restedOn.get(from));
            }
            if (decidedBy.containsKey(from)) {
                carriedBy.put(key, decidedBy.get(from));
            }
            if (cameFrom.containsKey(from)) {
                transferredFrom.put(key, cameFrom.get(from));
            }
            if (credit.coverage() == Coverage.FULL) {
                recognised.put(
                        key,
                        new AchievedUnit(
                                credit.to(), credit.points(), credit.grade(), credit.originallyRecognisedOn()));
                recognisedBy.put(key, by.get(credit.from().toString()));
                if (until.containsKey(credit.from().toString())) {
                    recognisedUntil.put(key, until.get(credit.from().toString()));
                }
            } else {
                partlyRecognised.computeIfAbsent(key, k -> new HashSet<>()).addAll(credit.coveredOutcomes());
                partCredits
                        .computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new PartCredit(
                                PartCredit.Kind.MIGRATION,
                                sequence,
                                credit.coveredOutcomes(),
                                event.previousStandard(),
                                credit.from(),
                                null,
                                event.migratedBy().institution(),
                                event.effectiveDate(),
                                List.copyOf(restedOn.getOrDefault(from, Set.of()))));
            }
        }
    }

    @EventSourcingHandler
    void on(PartialUnitCreditRecognised event) {
        partlyRecognised
                .computeIfAbsent(event.unit().toString(), k -> new HashSet<>())
                .addAll(event.learningOutcomes());
    }

    @EventSourcingHandler
    void on(TrainingDurationReductionRecorded event) {
        durationReduced = true;
    }

    @EventSourcingHandler
    void on(FinalExaminationRecorded event) {
        // the latest examination counts: a failed resit after a pass is still recorded, and decides
        finalExaminationPassed = event.passed();
    }

    @EventSourcingHandler
    void on(QualificationAwarded event) {
        awarded = true;
        awardedBy = event.awardedBy().institution();
        awardedOn = event.effectiveDate();
        awardedUnits.clear();
        awardedUnits.addAll(event.unitsCounted());
    }

    @EventSourcingHandler
    void on(RecognitionReviewRequired event) {
        var key = event.unit() == null ? AWARD : event.unit().toString();
        pendingReviews.put(key, event.decision());
        reviewBodies.put(key, event.reviewBody());
        if (event.assessment() != null) {
            reviewedCorrections.add(event.assessment() + "#" + event.correction());
        }
        if (event.sourceRevocation() != null) {
            sourceRevocationsReviewed.add(event.sourceRevocation());
        }
    }

    @EventSourcingHandler
    void on(RecognitionConfirmed event) {
        var key = event.unit() == null ? AWARD : event.unit().toString();
        pendingReviews.remove(key);
        reviewBodies.remove(key);
    }

    @EventSourcingHandler
    void on(CreditValidationWithdrawn event) {
        var key = event.unit().toString();
        validatedOutcomes.remove(key);
        validationBasis.remove(key);
        validatedBy.remove(key);
        pendingReviews.remove(key);
        reviewBodies.remove(key);
        if (event.invalidatedAssessment() != null) {
            withdrawnAssessments.add(event.invalidatedAssessment());
        }
    }

    @EventSourcingHandler
    void on(UnitRecognitionRevoked event) {
        var key = event.unit().toString();
        if (event.partOfUnit()) {
            var part = partlyRecognised.getOrDefault(key, new HashSet<>());
            part.removeAll(event.learningOutcomes());
            if (part.isEmpty()) {
                partlyRecognised.remove(key);
            }
            var credits = partCredits.getOrDefault(key, new ArrayList<>());
            credits.removeIf(p -> p.learningOutcomes().stream().anyMatch(event.learningOutcomes()::contains));
            if (credits.isEmpty()) {
                partCredits.remove(key);
            }
        } else {
            recognised.remove(key);
            recognisedUntil.remove(key);
            recognisedBy.remove(key);
            priorCredit.remove(key);
        }
        carriedBasis.remove(key);
        carriedBy.remove(key);
        // ADR 0023: a part-credit still standing keeps resting on its source
        for (var credit : partCredits.getOrDefault(key, List.of())) {
            carriedBasis.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(credit.sourceBasis());
            carriedBy.put(key, credit.decidedBy());
        }
        if (!event.partOfUnit()) {
            countedFrom.remove(key);
            endCount(key);
        }
        transferredFrom.remove(key);
        pendingReviews.remove(key);
        reviewBodies.remove(key);
        if (event.appeal() != null) {
            appealsApplied.add(event.appeal());
        }
    }

    @EventSourcingHandler
    void on(QualificationAwardRevoked event) {
        awarded = false;
        awardedBy = null;
        awardedOn = null;
        awardedUnits.clear();
        pendingReviews.remove(AWARD);
        reviewBodies.remove(AWARD);
        if (event.invalidatedAssessment() != null) {
            withdrawnAssessments.add(event.invalidatedAssessment());
        }
    }
}
