package org.ecvetledger.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.ecvetledger.domain.accumulation.AwardEligibilityEvaluated;
import org.ecvetledger.domain.accumulation.CreditValidated;
import org.ecvetledger.domain.accumulation.CreditValidationRejected;
import org.ecvetledger.domain.accumulation.CreditValidationWithdrawn;
import org.ecvetledger.domain.accumulation.FinalExaminationRecorded;
import org.ecvetledger.domain.accumulation.LearnerEnrolled;
import org.ecvetledger.domain.accumulation.LearnerPathwayMigrated;
import org.ecvetledger.domain.accumulation.MigratedCredit;
import org.ecvetledger.domain.accumulation.PartialUnitCreditRecognised;
import org.ecvetledger.domain.accumulation.PathwayId;
import org.ecvetledger.domain.accumulation.QualificationAwardRevoked;
import org.ecvetledger.domain.accumulation.QualificationAwarded;
import org.ecvetledger.domain.accumulation.RecognitionConfirmed;
import org.ecvetledger.domain.accumulation.RecognitionReviewRequired;
import org.ecvetledger.domain.accumulation.ReviewedDecision;
import org.ecvetledger.domain.accumulation.UnitRecognised;
import org.ecvetledger.domain.accumulation.UnitRecognitionRevoked;
import org.ecvetledger.domain.assessment.AssessmentContent;
import org.ecvetledger.domain.assessment.AssessmentCorrected;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.AssessmentInvalidated;
import org.ecvetledger.domain.assessment.AssessmentRecorded;
import org.ecvetledger.domain.assessment.Evidence;
import org.ecvetledger.domain.assessment.LearningSetting;
import org.ecvetledger.domain.assessment.OutcomeResult;
import org.ecvetledger.domain.assessment.UnitGrade;
import org.ecvetledger.domain.credential.CredentialId;
import org.ecvetledger.domain.credential.CredentialIssued;
import org.ecvetledger.domain.credential.CredentialRevoked;
import org.ecvetledger.domain.credential.RevocationReason;
import org.ecvetledger.domain.credential.StatedDecision;
import org.ecvetledger.domain.equivalence.EquivalenceBasis;
import org.ecvetledger.domain.equivalence.EquivalenceId;
import org.ecvetledger.domain.equivalence.EquivalenceTerms;
import org.ecvetledger.domain.equivalence.UnitEquivalenceDeclared;
import org.ecvetledger.domain.equivalence.UnitEquivalenceRevised;
import org.ecvetledger.domain.equivalence.UnitEquivalenceWithdrawn;
import org.ecvetledger.domain.institution.FunctionGrant;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.institution.InstitutionFunctionGranted;
import org.ecvetledger.domain.institution.InstitutionFunctionWithdrawn;
import org.ecvetledger.domain.institution.InstitutionKind;
import org.ecvetledger.domain.institution.InstitutionRegistered;
import org.ecvetledger.domain.learner.LearnerRegistered;
import org.ecvetledger.domain.learner.PersonalData;
import org.ecvetledger.domain.learner.PersonalDataProtection;
import org.ecvetledger.domain.learner.SealedPersonalData;
import org.ecvetledger.domain.learningagreement.AgreementParty;
import org.ecvetledger.domain.learningagreement.AssessmentArrangement;
import org.ecvetledger.domain.learningagreement.LearningAgreementActivated;
import org.ecvetledger.domain.learningagreement.LearningAgreementAmended;
import org.ecvetledger.domain.learningagreement.LearningAgreementCancelled;
import org.ecvetledger.domain.learningagreement.LearningAgreementChangeAccepted;
import org.ecvetledger.domain.learningagreement.LearningAgreementChangeProposed;
import org.ecvetledger.domain.learningagreement.LearningAgreementChangeRejected;
import org.ecvetledger.domain.learningagreement.LearningAgreementCompleted;
import org.ecvetledger.domain.learningagreement.LearningAgreementDrafted;
import org.ecvetledger.domain.learningagreement.LearningAgreementId;
import org.ecvetledger.domain.learningagreement.LearningAgreementSigned;
import org.ecvetledger.domain.learningagreement.LearningAgreementTerms;
import org.ecvetledger.domain.learningagreement.MobilityDocumentIssued;
import org.ecvetledger.domain.learningagreement.MobilityDocumentType;
import org.ecvetledger.domain.learningagreement.PlannedUnit;
import org.ecvetledger.domain.partnership.MemorandumActivated;
import org.ecvetledger.domain.partnership.MemorandumAmended;
import org.ecvetledger.domain.partnership.MemorandumDrafted;
import org.ecvetledger.domain.partnership.MemorandumExpired;
import org.ecvetledger.domain.partnership.MemorandumId;
import org.ecvetledger.domain.partnership.MemorandumParty;
import org.ecvetledger.domain.partnership.MemorandumReviewed;
import org.ecvetledger.domain.partnership.MemorandumScope;
import org.ecvetledger.domain.partnership.MemorandumSigned;
import org.ecvetledger.domain.partnership.MemorandumTerminated;
import org.ecvetledger.domain.partnership.MemorandumTerms;
import org.ecvetledger.domain.qualification.AttachedUnit;
import org.ecvetledger.domain.qualification.AwardRule;
import org.ecvetledger.domain.qualification.AwardRuleSet;
import org.ecvetledger.domain.qualification.AwardRuleSetDefined;
import org.ecvetledger.domain.qualification.Eligibility;
import org.ecvetledger.domain.qualification.QualificationProfile;
import org.ecvetledger.domain.qualification.QualificationProfileAmended;
import org.ecvetledger.domain.qualification.QualificationStandardDrafted;
import org.ecvetledger.domain.qualification.QualificationStandardPublished;
import org.ecvetledger.domain.qualification.UnitAttachedToQualification;
import org.ecvetledger.domain.qualification.UnitDetachedFromQualification;
import org.ecvetledger.domain.qualification.UnitRole;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AssessmentMethod;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.Jurisdiction;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.MultilingualText;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.domain.transfer.CreditTransferCompleted;
import org.ecvetledger.domain.transfer.CreditTransferRecognised;
import org.ecvetledger.domain.transfer.CreditTransferRefused;
import org.ecvetledger.domain.transfer.CreditTransferValidated;
import org.ecvetledger.domain.transfer.TransferRequestId;
import org.ecvetledger.domain.transfer.TransferRequested;
import org.ecvetledger.domain.transfer.TransferRoute;
import org.ecvetledger.domain.unit.LearningOutcome;
import org.ecvetledger.domain.unit.LearningOutcomeCategory;
import org.ecvetledger.domain.unit.UnitDefined;
import org.ecvetledger.domain.unit.UnitDescription;
import org.ecvetledger.domain.unit.UnitDraftAmended;
import org.ecvetledger.domain.unit.UnitPublished;
import org.ecvetledger.projections.ReplaySafety.Stream;
import org.ecvetledger.projections.catalogue.EquivalenceCatalogueProjector;
import org.ecvetledger.projections.catalogue.InstitutionCatalogueProjector;
import org.ecvetledger.projections.catalogue.QualificationCatalogueProjector;
import org.ecvetledger.projections.catalogue.UnitCatalogueProjector;
import org.ecvetledger.projections.credentialstatus.CredentialStatusProjector;
import org.ecvetledger.projections.learner.EnrolmentProjector;
import org.ecvetledger.projections.learner.LearnerProjector;
import org.ecvetledger.projections.mobility.LearningAgreementProjector;
import org.ecvetledger.projections.mobility.MemorandumProjector;
import org.ecvetledger.projections.progress.ProgressProjector;
import org.ecvetledger.projections.transcript.GetAwardTrail;
import org.ecvetledger.projections.transcript.GetInstitutionTrail;
import org.ecvetledger.projections.transcript.GetLearnerTrail;
import org.ecvetledger.projections.transcript.GetQualificationTrail;
import org.ecvetledger.projections.transcript.GetTranscript;
import org.ecvetledger.projections.transcript.TrailView;
import org.ecvetledger.projections.transcript.TranscriptProjector;
import org.ecvetledger.projections.transcript.TranscriptView;
import org.ecvetledger.projections.transfer.TransferRequestProjector;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replaying any valid history gives the same read model (STYLE §7, issue 7 item 5): for many seeded
 * random histories of each read model, handling them once, with duplicates, and again after a
 * reset leaves the same rows. A failure names its seed, so it can be replayed.
 */
class ReplaySafetyIT {

    private static final JdbcTemplate jdbc = ReadModelDatabase.jdbc();
    private static final int HISTORIES = 6;
    private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 1);
    private static final InstitutionId BRANLY = new InstitutionId("FR-LYCEE-BRANLY");
    private static final InstitutionId MAJORANA = new InstitutionId("IT-IIS-MAJORANA");
    private static final InstitutionId MEN = new InstitutionId("FR-MEN");
    private static final QualificationRef MELEC = QualificationRef.of("FR-BACPRO-MELEC", 1);

    @Test
    void the_catalogue_is_the_same_however_often_its_history_is_replayed() {
        var catalogue = new ReplaySafety(
                jdbc,
                new InstitutionCatalogueProjector(jdbc),
                new UnitCatalogueProjector(jdbc),
                new QualificationCatalogueProjector(jdbc),
                new EquivalenceCatalogueProjector(jdbc));
        forEverySeed(seed -> {
            var random = new Random(seed);
            var streams = new ArrayList<Stream>();
            var units = new ArrayList<UnitRef>();
            for (int n = 0; n < 3 + random.nextInt(3); n++) {
                streams.add(anInstitution(random, n));
                var unit = UnitRef.of("U" + n, 1 + random.nextInt(2));
                units.add(unit);
                streams.add(aUnit(random, unit));
            }
            for (int n = 0; n < 1 + random.nextInt(3); n++) {
                streams.add(aStandard(random, QualificationRef.of("Q" + n, 1), units));
                streams.add(anEquivalence(random, units));
            }
            catalogue.assertReplaySafe(random, ReplaySafety.interleave(random, streams));
        });
    }

    @Test
    void the_learner_view_is_the_same_however_often_its_history_is_replayed() {
        var learners = new ReplaySafety(jdbc, new LearnerProjector(jdbc, new NoKeys()), new EnrolmentProjector(jdbc));
        forEverySeed(seed -> {
            var random = new Random(seed);
            var streams = new ArrayList<Stream>();
            for (int n = 0; n < 2 + random.nextInt(4); n++) {
                var learner = new LearnerId(new UUID(seed, n));
                streams.add(new Stream(
                        "Learner",
                        learner.toString(),
                        List.of(new LearnerRegistered(
                                learner, new SealedPersonalData("k" + n, "AES-256-GCM", "c2Vh")))));
                for (int q = 0; q < 1 + random.nextInt(2); q++) {
                    streams.add(aPathway(random, learner, QualificationRef.of("Q" + q, 1 + random.nextInt(2))));
                }
            }
            learners.assertReplaySafe(random, ReplaySafety.interleave(random, streams));
        });
    }

    @Test
    void mobility_is_the_same_however_often_its_history_is_replayed() {
        var mobility = new ReplaySafety(jdbc, new MemorandumProjector(jdbc), new LearningAgreementProjector(jdbc));
        forEverySeed(seed -> {
            var random = new Random(seed);
            var streams = new ArrayList<Stream>();
            for (int n = 0; n < 1 + random.nextInt(3); n++) {
                var mou = new MemorandumId(new UUID(seed, n));
                streams.add(aMemorandum(random, mou));
                for (int a = 0; a < 1 + random.nextInt(3); a++) {
                    streams.add(anAgreement(random, new LearningAgreementId(new UUID(seed, 100 + 10 * n + a)), mou));
                }
            }
            mobility.assertReplaySafe(random, ReplaySafety.interleave(random, streams));
        });
    }

    @Test
    void progress_is_the_same_however_often_its_history_is_replayed() {
        var progress = new ReplaySafety(jdbc, new ProgressProjector(jdbc));
        forEverySeed(seed -> {
            var random = new Random(seed);
            var streams = new ArrayList<Stream>();
            var units = List.of(UnitRef.of("U0", 1), UnitRef.of("U1", 1), UnitRef.of("U2", 1));
            for (int n = 0; n < 1 + random.nextInt(2); n++) {
                streams.add(aStandard(random, QualificationRef.of("Q" + n, 1), units));
                streams.add(anEquivalence(random, units));
            }
            for (int n = 0; n < 2 + random.nextInt(3); n++) {
                var learner = new LearnerId(new UUID(seed, n));
                streams.add(aChangingPathway(random, learner, QualificationRef.of("Q" + random.nextInt(2), 1)));
            }
            progress.assertReplaySafe(random, ReplaySafety.interleave(random, streams));
        });
    }

    /**
     * The transcript keeps the learner's history and answers by folding it: its rows, and every answer
     * (transcript, learner, qualification and award trails, now and as of a date), are the same however
     * often the history is replayed.
     */
    @Test
    void the_transcript_is_the_same_however_often_its_history_is_replayed() {
        var projector =
                new TranscriptProjector(jdbc, Clock.fixed(Instant.parse("2028-06-01T00:00:00Z"), ZoneOffset.UTC));
        var transcript = new ReplaySafety(jdbc, projector);
        forEverySeed(seed -> {
            var random = new Random(seed);
            var streams = new ArrayList<Stream>();
            var units = List.of(UnitRef.of("U0", 1), UnitRef.of("U1", 1), UnitRef.of("U2", 1));
            var standards = List.of(QualificationRef.of("Q0", 1), QualificationRef.of("Q1", 1));
            standards.forEach(standard -> streams.add(aStandard(random, standard, units)));
            var mou = new MemorandumId(new UUID(seed, 99));
            streams.add(aMemorandum(random, mou));
            var learners = new ArrayList<LearnerId>();
            for (int n = 0; n < 2 + random.nextInt(3); n++) {
                var learner = new LearnerId(new UUID(seed, n));
                learners.add(learner);
                var standard = standards.get(random.nextInt(standards.size()));
                streams.add(new Stream(
                        "Learner",
                        learner.toString(),
                        List.of(new LearnerRegistered(
                                learner, new SealedPersonalData("k" + n, "AES-256-GCM", "c2Vh")))));
                streams.add(anAgreement(random, new LearningAgreementId(new UUID(seed, 200 + n)), mou));
                for (int a = 0; a < 1 + random.nextInt(3); a++) {
                    streams.add(anAssessment(
                            random, new AssessmentId(new UUID(seed, 300 + 10 * n + a)), learner, standard));
                }
                streams.add(aChangingPathway(random, learner, standard));
                if (random.nextBoolean()) {
                    streams.add(aCredential(random, new CredentialId(new UUID(seed, 400 + n)), n, learner));
                }
            }
            var history = ReplaySafety.interleave(random, streams);
            transcript.assertReplaySafe(random, history);

            // the answers, not only the rows: delivered once, then every event twice after a reset
            var adapter = new AnnotationEventHandlerAdapter(projector);
            var queries = queries(projector);
            adapter.prepareReset();
            history.forEach(event -> deliver(adapter, event));
            var once = answers(queries, learners, history);
            adapter.prepareReset();
            history.forEach(event -> {
                deliver(adapter, event);
                deliver(adapter, event);
            });
            assertThat(answers(queries, learners, history))
                    .as("answers after a replay")
                    .isEqualTo(once);
        });
    }

    private static QueryGateway queries(Object projector) {
        var bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(projector).subscribe(bus);
        return DefaultQueryGateway.builder().queryBus(bus).build();
    }

    private static void deliver(AnnotationEventHandlerAdapter adapter, EventMessage<?> event) {
        try {
            if (adapter.canHandle(event)) {
                adapter.handle(event);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Every question the transcript read model answers about these learners, now and as of a date. */
    private static List<Object> answers(
            QueryGateway queries, List<LearnerId> learners, List<DomainEventMessage<?>> history) {
        var answers = new ArrayList<Object>();
        var transcript = ResponseTypes.optionalInstanceOf(TranscriptView.class);
        var trail = ResponseTypes.optionalInstanceOf(TrailView.class);
        for (var learner : learners) {
            for (var asOf : java.util.Arrays.asList(null, SEPTEMBER.plusMonths(9))) {
                answers.add(queries.query(new GetTranscript(learner, asOf, null), transcript)
                        .join());
                answers.add(queries.query(new GetLearnerTrail(learner, asOf, null), trail)
                        .join());
                for (var q : List.of("Q0", "Q1")) {
                    answers.add(
                            queries.query(new GetQualificationTrail(learner, new QualificationId(q), asOf, null), trail)
                                    .join());
                }
            }
        }
        for (var event : history) {
            if (event.getPayload() instanceof QualificationAwarded) {
                answers.add(queries.query(new GetAwardTrail(event.getIdentifier(), null, null), trail)
                        .join());
            }
        }
        answers.add(
                queries.query(new GetInstitutionTrail(BRANLY, null, null), ResponseTypes.instanceOf(TrailView.class))
                        .join());
        assertThat(answers)
                .as("the questions found answers")
                .anySatisfy(a -> assertThat(a).isNotEqualTo(Optional.empty()));
        return answers;
    }

    /** An assessment of the learner's units, perhaps corrected, perhaps invalidated. */
    private static Stream anAssessment(Random random, AssessmentId id, LearnerId learner, QualificationRef standard) {
        var unit = UnitRef.of("U" + random.nextInt(3), 1);
        var actor = new Actor(pick(random, BRANLY, MAJORANA), "assessor");
        var results =
                List.of(new OutcomeResult(unit, "LO1", random.nextBoolean()), new OutcomeResult(unit, "LO2", true));
        var grades = List.of(new UnitGrade(unit, BigDecimal.valueOf(random.nextInt(21))));
        var on = day(random);
        var events = new ArrayList<Object>();
        events.add(new AssessmentRecorded(
                id,
                new AssessmentContent(
                        learner,
                        standard,
                        actor,
                        AssessmentMethod.PRACTICAL_TEST,
                        pick(random, LearningSetting.FORMAL, LearningSetting.INFORMAL),
                        on,
                        results,
                        grades,
                        "0-20",
                        null,
                        List.of(new Evidence("DOC-" + random.nextInt(9), "ab".repeat(32))),
                        "criteria")));
        if (random.nextBoolean()) {
            events.add(new AssessmentCorrected(
                    id,
                    learner,
                    1,
                    results,
                    grades,
                    List.of(new OutcomeResult(unit, "LO1", true), new OutcomeResult(unit, "LO2", true)),
                    List.of(new UnitGrade(unit, BigDecimal.valueOf(random.nextInt(21)))),
                    "transcription error",
                    actor,
                    on.plusDays(10),
                    null));
        }
        if (random.nextInt(3) == 0) {
            events.add(new AssessmentInvalidated(id, learner, "not authorised", actor, on.plusDays(20)));
        }
        return new Stream("Assessment", id.toString(), events);
    }

    @Test
    void credential_status_is_the_same_however_often_its_history_is_replayed() {
        var credentials = new ReplaySafety(jdbc, new CredentialStatusProjector(jdbc));
        forEverySeed(seed -> {
            var random = new Random(seed);
            var streams = new ArrayList<Stream>();
            for (int n = 0; n < 2 + random.nextInt(4); n++) {
                streams.add(aCredential(random, new CredentialId(new UUID(seed, n)), n));
            }
            credentials.assertReplaySafe(random, ReplaySafety.interleave(random, streams));
        });
    }

    @Test
    void transfer_requests_are_the_same_however_often_their_history_is_replayed() {
        var requests = new ReplaySafety(jdbc, new TransferRequestProjector(jdbc));
        forEverySeed(seed -> {
            var random = new Random(seed);
            var streams = new ArrayList<Stream>();
            for (int n = 0; n < 2 + random.nextInt(4); n++) {
                streams.add(aTransferRequest(random, new TransferRequestId(new UUID(seed, 700 + n))));
            }
            requests.assertReplaySafe(random, ReplaySafety.interleave(random, streams));
        });
    }

    /**
     * A request through any of its paths (ADR 0022): left requested, validated by one body, or validated
     * by one and recognised by another; then completed, refused or left open.
     */
    private static Stream aTransferRequest(Random random, TransferRequestId request) {
        var learner = new LearnerId(new UUID(random.nextLong(), random.nextLong()));
        var route = pick(random, TransferRoute.values());
        var equivalence = route == TransferRoute.EQUIVALENCE;
        var on = day(random);
        var validator = new Actor(BRANLY, "validator");
        var recogniser = new Actor(pick(random, BRANLY, MEN), "recogniser");
        var events = new ArrayList<Object>();
        events.add(new TransferRequested(
                request,
                learner,
                QualificationRef.of("MT-HSC-MQF4", 1),
                UnitRef.of("MT-HSC-101", 1),
                MELEC,
                UnitRef.of("U2", 1),
                route,
                equivalence ? new EquivalenceId(new UUID(random.nextLong(), random.nextLong())) : null,
                equivalence ? 1 + random.nextInt(3) : null,
                route == TransferRoute.TARGETED_ASSESSMENT ? null : pick(random, Coverage.values()),
                validator,
                on));
        if (route != TransferRoute.TARGETED_ASSESSMENT && random.nextInt(4) > 0) {
            var separate = random.nextBoolean();
            events.add(new CreditTransferValidated(request, validator, "VAL-" + random.nextInt(99), on, separate));
            if (separate && random.nextBoolean()) {
                events.add(new CreditTransferRecognised(request, recogniser, "REC-" + random.nextInt(99), on));
            }
        }
        var pathway = new PathwayId(learner, MELEC.id());
        switch (random.nextInt(3)) {
            case 0 ->
                events.add(new CreditTransferCompleted(
                        request,
                        pathway,
                        UnitRef.of("U2", 1),
                        route == TransferRoute.TARGETED_ASSESSMENT ? "UnitRecognised" : "CreditTransferred",
                        on.plusDays(1),
                        random.nextBoolean() ? null : recogniser));
            case 1 -> events.add(new CreditTransferRefused(request, "already-recognised", "held", on.plusDays(1)));
            default -> {
                // left open
            }
        }
        return new Stream("TransferRequest", request.toString(), events);
    }

    private static void forEverySeed(java.util.function.LongConsumer property) {
        for (long seed = 1; seed <= HISTORIES; seed++) {
            try {
                property.accept(seed);
            } catch (AssertionError e) {
                throw new AssertionError("history of seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    // catalogue stories

    private static Stream anInstitution(Random random, int n) {
        var id = new InstitutionId("INST-" + n);
        var events = new ArrayList<Object>();
        events.add(new InstitutionRegistered(
                id, "Institution " + n, Jurisdiction.of(pick(random, "FR", "IT", "DE")), InstitutionKind.SCHOOL));
        var grants = new ArrayList<FunctionGrant>();
        for (int g = 0; g < random.nextInt(5); g++) {
            if (!grants.isEmpty() && random.nextBoolean()) {
                var withdrawn = grants.remove(random.nextInt(grants.size()));
                events.add(new InstitutionFunctionWithdrawn(id, withdrawn, day(random), "reform"));
            } else {
                var grant = new FunctionGrant(
                        InstitutionFunction.AWARD, null, Jurisdiction.of(pick(random, "FR", "IT", "DE")));
                grants.add(grant);
                events.add(new InstitutionFunctionGranted(id, grant, day(random)));
            }
        }
        return new Stream("Institution", id.toString(), events);
    }

    private static Stream aUnit(Random random, UnitRef unit) {
        var events = new ArrayList<Object>();
        events.add(new UnitDefined(unit, aDescription(random)));
        for (int a = 0; a < random.nextInt(3); a++) {
            events.add(new UnitDraftAmended(unit, aDescription(random)));
        }
        if (random.nextBoolean()) {
            events.add(new UnitPublished(unit, day(random)));
        }
        return new Stream("Unit", unit.toString(), events);
    }

    private static Stream aStandard(Random random, QualificationRef standard, List<UnitRef> units) {
        var events = new ArrayList<Object>();
        events.add(new QualificationStandardDrafted(standard, aProfile(random), List.of()));
        if (random.nextBoolean()) {
            events.add(new QualificationProfileAmended(standard, aProfile(random)));
        }
        var attached = new ArrayList<UnitRef>();
        for (var unit : units) {
            if (random.nextBoolean()) {
                attached.add(unit);
                events.add(new UnitAttachedToQualification(
                        standard,
                        new AttachedUnit(
                                unit,
                                UnitRole.MANDATORY,
                                null,
                                CreditPoints.of(1 + random.nextInt(30)),
                                random.nextBoolean() ? null : BigDecimal.valueOf(1 + random.nextInt(3)),
                                false,
                                null)));
            }
        }
        if (!attached.isEmpty() && random.nextBoolean()) {
            events.add(new UnitDetachedFromQualification(standard, attached.get(random.nextInt(attached.size()))));
        }
        if (random.nextBoolean()) {
            events.add(new AwardRuleSetDefined(
                    standard,
                    new AwardRuleSet(List.of(new AwardRule.MinimumPoints(CreditPoints.of(1 + random.nextInt(120)))))));
        }
        if (random.nextBoolean()) {
            events.add(new QualificationStandardPublished(standard, day(random)));
        }
        return new Stream("Qualification", standard.toString(), events);
    }

    private static Stream anEquivalence(Random random, List<UnitRef> units) {
        var id = new EquivalenceId(new UUID(random.nextLong(), random.nextLong()));
        IntFunction<EquivalenceTerms> terms = n -> new EquivalenceTerms(
                units.get(n % units.size()),
                units.get((n + 1) % units.size()),
                Coverage.FULL,
                List.of(),
                EquivalenceBasis.REGULATION,
                "Décret " + n);
        var events = new ArrayList<Object>();
        events.add(new UnitEquivalenceDeclared(id, 1, terms.apply(random.nextInt(9)), MEN, SEPTEMBER));
        int version = 1;
        if (random.nextBoolean()) {
            version = 2;
            events.add(new UnitEquivalenceRevised(id, 2, terms.apply(random.nextInt(9)), MEN, SEPTEMBER.plusYears(1)));
        }
        if (random.nextBoolean()) {
            events.add(new UnitEquivalenceWithdrawn(id, version, MEN, SEPTEMBER.plusYears(2), "ended"));
        }
        return new Stream("Equivalence", id.toString(), events);
    }

    // learner stories

    private static Stream aPathway(Random random, LearnerId learner, QualificationRef standard) {
        var pathway = new PathwayId(learner, standard.id());
        var actor = new Actor(BRANLY, "enrolment officer");
        var events = new ArrayList<Object>();
        events.add(new LearnerEnrolled(pathway, standard, actor, day(random)));
        for (int r = 0; r < random.nextInt(5); r++) {
            var recognisedOn = day(random);
            events.add(new UnitRecognised(
                    pathway,
                    standard,
                    UnitRef.of("U" + random.nextInt(3), 1),
                    CreditPoints.of(1 + random.nextInt(12)),
                    random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(21)),
                    false,
                    List.of(),
                    actor,
                    recognisedOn,
                    random.nextBoolean() ? null : recognisedOn.plusYears(5)));
        }
        return new Stream("Pathway", pathway.toString(), events);
    }

    /** A pathway with every kind of pathway event, changes of the past included (ADR 0010). */
    private static Stream aChangingPathway(Random random, LearnerId learner, QualificationRef standard) {
        var pathway = new PathwayId(learner, standard.id());
        var actor = new Actor(BRANLY, "jury");
        var basis = List.of(new AssessmentId(new UUID(random.nextLong(), random.nextLong())));
        var events = new ArrayList<Object>();
        events.add(new LearnerEnrolled(pathway, standard, actor, day(random)));
        for (int e = 0; e < 3 + random.nextInt(10); e++) {
            var unit = UnitRef.of("U" + random.nextInt(3), 1);
            var on = day(random);
            events.add(
                    switch (random.nextInt(13)) {
                        case 0 -> new CreditValidated(pathway, unit, List.of("LO1"), basis, actor, on);
                        case 1 -> new CreditValidationRejected(pathway, unit, List.of("LO1"), basis, actor, on, "no");
                        case 2 ->
                            new PartialUnitCreditRecognised(pathway, standard, unit, List.of("LO1"), basis, actor, on);
                        case 3 ->
                            new FinalExaminationRecorded(
                                    pathway, standard, actor, on, random.nextBoolean(), BigDecimal.valueOf(12));
                        case 4 ->
                            new AwardEligibilityEvaluated(
                                    pathway,
                                    standard,
                                    on,
                                    false,
                                    List.of(new Eligibility.RuleOutcome(
                                            "MinimumPoints", false, List.of("SHORT"), "x")));
                        case 5 ->
                            new QualificationAwarded(
                                    pathway,
                                    standard,
                                    false,
                                    null,
                                    List.of(unit),
                                    CreditPoints.of(30),
                                    actor,
                                    on,
                                    "décret");
                        case 6 ->
                            new UnitRecognitionRevoked(
                                    pathway,
                                    standard,
                                    unit,
                                    null,
                                    random.nextBoolean(),
                                    List.of("LO1"),
                                    basis.get(0),
                                    null,
                                    actor,
                                    on,
                                    "fraud");
                        case 7 ->
                            new CreditValidationWithdrawn(
                                    pathway, unit, List.of("LO1"), basis, basis.get(0), actor, on, "fraud");
                        case 8 ->
                            new QualificationAwardRevoked(
                                    pathway, standard, on, BRANLY, List.of(unit), basis.get(0), actor, on, "fraud");
                        case 9 ->
                            new RecognitionReviewRequired(
                                    pathway,
                                    standard,
                                    random.nextBoolean()
                                            ? ReviewedDecision.UNIT_RECOGNITION
                                            : ReviewedDecision.CREDIT_VALIDATION,
                                    unit,
                                    basis.get(0),
                                    1,
                                    BRANLY,
                                    actor,
                                    "typo",
                                    on);
                        case 10 ->
                            new RecognitionConfirmed(
                                    pathway, ReviewedDecision.UNIT_RECOGNITION, unit, actor, on, "stands");
                        case 11 -> {
                            var full = random.nextBoolean();
                            yield new LearnerPathwayMigrated(
                                    pathway,
                                    standard,
                                    QualificationRef.of(standard.id().value(), 2),
                                    List.of(new MigratedCredit(
                                            unit,
                                            UnitRef.of("U" + random.nextInt(3), 1),
                                            full ? Coverage.FULL : Coverage.PARTIAL,
                                            full ? List.of() : List.of("LO1"),
                                            full ? CreditPoints.of(1 + random.nextInt(12)) : null,
                                            full ? BigDecimal.valueOf(random.nextInt(21)) : null,
                                            on.minusDays(30))),
                                    List.of(UnitRef.of("U9", 1)),
                                    actor,
                                    on);
                        }
                        default ->
                            new UnitRecognised(
                                    pathway,
                                    standard,
                                    unit,
                                    CreditPoints.of(1 + random.nextInt(12)),
                                    random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(21)),
                                    false,
                                    List.of(),
                                    actor,
                                    on,
                                    random.nextBoolean() ? null : on.plusYears(5));
                    });
        }
        return new Stream("LearnerPathway", pathway.toString(), events);
    }

    // credential stories

    private static Stream aCredential(Random random, CredentialId credential, int index) {
        return aCredential(random, credential, index, new LearnerId(new UUID(random.nextLong(), random.nextLong())));
    }

    private static Stream aCredential(Random random, CredentialId credential, int index, LearnerId learner) {
        var issuer = pick(random, BRANLY, MAJORANA);
        var states = new ArrayList<StatedDecision>();
        states.add(StatedDecision.award(MELEC.id()));
        for (int u = 0; u < random.nextInt(3); u++) {
            states.add(StatedDecision.recognition(new QualificationId("FR-BACPRO-MELEC"), UnitRef.of("U" + u, 1)));
        }
        var actor = new Actor(issuer, "registrar");
        var events = new ArrayList<Object>();
        events.add(new CredentialIssued(
                credential,
                issuer,
                learner,
                index,
                "sha-256:" + Integer.toHexString(random.nextInt()),
                issuer.value() + "#key-1",
                states,
                random.nextBoolean() ? null : new CredentialId(new UUID(random.nextLong(), random.nextLong())),
                actor,
                day(random)));
        if (random.nextBoolean()) {
            var superseded = random.nextBoolean();
            events.add(new CredentialRevoked(
                    credential,
                    issuer,
                    index,
                    superseded ? RevocationReason.SUPERSEDED : pick(random, RevocationReason.values()),
                    "revoked",
                    superseded ? new CredentialId(new UUID(random.nextLong(), random.nextLong())) : null,
                    actor,
                    day(random)));
        }
        return new Stream("Credential", credential.toString(), events);
    }

    // mobility stories

    private static Stream aMemorandum(Random random, MemorandumId mou) {
        var events = new ArrayList<Object>();
        events.add(new MemorandumDrafted(mou, 1, mouTerms(random)));
        if (random.nextInt(4) == 0) {
            events.add(new MemorandumTerminated(mou, 1, MAJORANA, day(random), "closed"));
            return new Stream("Memorandum", mou.toString(), events);
        }
        int version = 1;
        events.add(new MemorandumSigned(mou, 1, BRANLY, "Mme Proviseure", SEPTEMBER));
        events.add(new MemorandumSigned(mou, 1, MAJORANA, "Il Dirigente", SEPTEMBER));
        events.add(new MemorandumActivated(mou, 1, SEPTEMBER));
        if (random.nextBoolean()) {
            events.add(new MemorandumReviewed(mou, 1, SEPTEMBER.plusMonths(6), pick(random, "fine", "to amend")));
        }
        if (random.nextBoolean()) {
            version = 2;
            var on = SEPTEMBER.plusMonths(7);
            events.add(new MemorandumAmended(mou, 2, mouTerms(random), "longer stays"));
            events.add(new MemorandumSigned(mou, 2, BRANLY, "Mme Proviseure", on));
            events.add(new MemorandumSigned(mou, 2, MAJORANA, "Il Dirigente", on));
            events.add(new MemorandumActivated(mou, 2, on));
        }
        switch (random.nextInt(3)) {
            case 0 -> events.add(new MemorandumExpired(mou, version, SEPTEMBER.plusYears(3)));
            case 1 -> events.add(new MemorandumTerminated(mou, version, BRANLY, day(random), "ended"));
            default -> {}
        }
        return new Stream("Memorandum", mou.toString(), events);
    }

    private static Stream anAgreement(Random random, LearningAgreementId agreement, MemorandumId mou) {
        var learner = new LearnerId(new UUID(random.nextLong(), random.nextLong()));
        var events = new ArrayList<Object>();
        events.add(
                new LearningAgreementDrafted(agreement, 1, learner, mou, laTerms(random), pick(random, "MELEC", null)));
        if (random.nextInt(4) == 0) {
            events.add(new LearningAgreementCancelled(agreement, 1, AgreementParty.HOME, day(random), "strike"));
            return new Stream("LearningAgreement", agreement.toString(), events);
        }
        events.add(new LearningAgreementSigned(agreement, 1, AgreementParty.LEARNER, "Léa", SEPTEMBER));
        events.add(new LearningAgreementSigned(agreement, 1, AgreementParty.HOME, "Home", SEPTEMBER));
        events.add(new LearningAgreementSigned(agreement, 1, AgreementParty.HOST, "Host", SEPTEMBER));
        events.add(new LearningAgreementActivated(agreement, 1, SEPTEMBER));
        int version = 1;
        int proposals = 0;
        for (int change = 0; change < random.nextInt(3); change++) {
            int proposal = ++proposals;
            events.add(new LearningAgreementChangeProposed(
                    agreement, version, proposal, laTerms(random), AgreementParty.HOST, "change " + proposal));
            switch (random.nextInt(3)) {
                case 0 -> {
                    events.add(new LearningAgreementChangeAccepted(
                            agreement, proposal, AgreementParty.HOME, "Home", SEPTEMBER.plusDays(proposal)));
                    events.add(new LearningAgreementChangeAccepted(
                            agreement, proposal, AgreementParty.LEARNER, "Léa", SEPTEMBER.plusDays(proposal)));
                    version++;
                    events.add(new LearningAgreementAmended(agreement, version, proposal, laTerms(random)));
                }
                case 1 ->
                    events.add(new LearningAgreementChangeRejected(agreement, proposal, AgreementParty.HOME, "no"));
                default -> {} // still open: lapses if the agreement ends
            }
        }
        if (random.nextBoolean()) {
            events.add(new MobilityDocumentIssued(
                    agreement, MAJORANA, MobilityDocumentType.HOST_TRANSCRIPT, SEPTEMBER.plusDays(30), "U31"));
        }
        if (random.nextBoolean()) {
            events.add(new LearningAgreementCompleted(agreement, version, SEPTEMBER.plusDays(40), List.of()));
        }
        return new Stream("LearningAgreement", agreement.toString(), events);
    }

    // values

    private static LocalDate day(Random random) {
        return SEPTEMBER.plusDays(random.nextInt(700));
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static UnitDescription aDescription(Random random) {
        return new UnitDescription(
                MultilingualText.of("fr", pick(random, "Installer", "Câbler", "Mesurer") + " " + random.nextInt(99)),
                List.of(new LearningOutcome(
                        "LO1", MultilingualText.of("fr", "Réaliser"), LearningOutcomeCategory.SKILLS, null)),
                List.of(),
                Set.of(3 + random.nextInt(3)),
                null,
                BRANLY);
    }

    private static QualificationProfile aProfile(Random random) {
        return new QualificationProfile(
                MultilingualText.of("fr", "MELEC " + random.nextInt(99)),
                Jurisdiction.of("FR"),
                List.of(MEN, BRANLY),
                3 + random.nextInt(3),
                null,
                false,
                false,
                CreditFramework.ECVET,
                CreditPoints.of(120),
                new BigDecimal("2"),
                null,
                null,
                null);
    }

    private static MemorandumTerms mouTerms(Random random) {
        return new MemorandumTerms(
                "Electricians " + random.nextInt(99),
                List.of(
                        new MemorandumParty(BRANLY, "initial VET", "practical test", "Europass Mobility", null, "jury"),
                        new MemorandumParty(
                                MAJORANA, "initial VET", "practical test", "Europass Mobility", null, "jury")),
                List.of(new MemorandumScope(MELEC, List.of(UnitRef.of("U31", 1)))),
                SEPTEMBER.minusMonths(1),
                SEPTEMBER.plusYears(3),
                14,
                90,
                List.of(SEPTEMBER.plusYears(1)));
    }

    private static LearningAgreementTerms laTerms(Random random) {
        var start = day(random);
        return new LearningAgreementTerms(
                BRANLY,
                MAJORANA,
                start,
                start.plusDays(27),
                MELEC,
                List.of(new PlannedUnit(UnitRef.of("U31", 1), List.of(), CreditPoints.of(1 + random.nextInt(12)))),
                "wiring a workshop",
                List.of(new AssessmentArrangement(MAJORANA, "practical test", "last week")),
                "Europass Mobility",
                "the home jury recognises the units achieved",
                List.of());
    }

    /** The learner view stores sealed personal data; opening it is not part of replay safety. */
    private static final class NoKeys implements PersonalDataProtection {

        @Override
        public SealedPersonalData seal(LearnerId learnerId, PersonalData personalData) {
            throw new UnsupportedOperationException("projectors never seal");
        }

        @Override
        public Optional<PersonalData> open(LearnerId learnerId, SealedPersonalData sealed) {
            return Optional.empty();
        }
    }
}
