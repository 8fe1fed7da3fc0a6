package org.ecvetledger.domain.accumulation;

import static org.ecvetledger.domain.assessment.LedgerFixtures.profile;
import static org.ecvetledger.domain.assessment.LedgerFixtures.weighted;
import static org.ecvetledger.domain.catalogue.RuleViolations.violates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ecvetledger.domain.assessment.LedgerFixtures;
import org.ecvetledger.domain.catalogue.CatalogueFixtures;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.qualification.AwardRule;
import org.ecvetledger.domain.qualification.AwardRuleSet;
import org.ecvetledger.domain.qualification.QualificationRules;
import org.ecvetledger.domain.qualification.ResitPolicy;
import org.ecvetledger.domain.qualification.StandardDefinition;
import org.ecvetledger.domain.qualification.TransitionTables;
import org.ecvetledger.domain.qualification.UnitRole;
import org.ecvetledger.domain.qualification.UnitTransition;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.Test;

/** S28: a learner's pathway migrates to a new version of its standard through the transition table. */
class PathwayMigrationTest {

    private static final QualificationRef V2013 = QualificationRef.of("FR-BACPRO-ELEC", 2013);
    private static final QualificationRef V2025 = QualificationRef.of("FR-BACPRO-ELEC", 2025);
    private static final UnitRef U31 = UnitRef.of("U31", 1);
    private static final UnitRef U32 = UnitRef.of("U32", 1);
    private static final UnitRef U12 = UnitRef.of("U12", 1);
    private static final UnitRef U3A = UnitRef.of("U3A", 1);
    private static final UnitRef U3B = UnitRef.of("U3B", 1);
    private static final UnitRef U99 = UnitRef.of("U99", 1);
    private static final PathwayId PATHWAY = new PathwayId(LedgerFixtures.LEA, V2013.id());
    private static final LocalDate MIGRATED_ON = LocalDate.of(2025, 9, 1);

    private static StandardDefinition version(QualificationRef ref, UnitRef... units) {
        return new StandardDefinition(
                ref,
                profile(
                        "FR",
                        CatalogueFixtures.MINISTRY_FR,
                        CreditFramework.NONE,
                        null,
                        LedgerFixtures.ZERO_TO_TWENTY,
                        ResitPolicy.LATEST),
                new QualificationRules(
                        CreditFramework.NONE,
                        null,
                        java.util.Arrays.stream(units)
                                .map(u -> weighted(u, UnitRole.MANDATORY, "2"))
                                .toList(),
                        new AwardRuleSet(List.of(new AwardRule.AllMandatoryUnits())),
                        LedgerFixtures.ZERO_TO_TWENTY));
    }

    private static final TransitionTables TABLE = standard -> standard.equals(V2025)
            ? List.of(
                    new UnitTransition(U31, U3A, Coverage.FULL, List.of()),
                    new UnitTransition(U32, U3B, Coverage.PARTIAL, List.of("LO2", "LO1")))
            : List.of();

    private static FixtureConfiguration<LearnerPathway> fixture() {
        var ledger = new LedgerFixtures.Ledger()
                .register(LedgerFixtures.LYCEE)
                .learner(LedgerFixtures.LEA)
                .define(version(V2013, U31, U32, U12, U99))
                .define(version(V2025, U3A, U3B, U12))
                .grant(LedgerFixtures.LYCEE, InstitutionFunction.RECOGNISE, V2025);
        var fixture = new AggregateTestFixture<>(LearnerPathway.class);
        fixture.registerInjectableResource(ledger);
        fixture.registerInjectableResource(TABLE);
        return fixture;
    }

    private static UnitRecognised recognised(UnitRef unit, String grade, LocalDate on) {
        return new UnitRecognised(
                PATHWAY,
                V2013,
                unit,
                null,
                new BigDecimal(grade),
                false,
                List.of(LedgerFixtures.assessmentId(unit.hashCode() & 0xff)),
                LedgerFixtures.HOME_TEACHER,
                on,
                null);
    }

    private static List<Object> v2013History() {
        return List.of(
                new LearnerEnrolled(PATHWAY, V2013, LedgerFixtures.HOME_TEACHER, LocalDate.of(2023, 9, 1)),
                recognised(U31, "14", LocalDate.of(2024, 6, 1)),
                recognised(U32, "12", LocalDate.of(2024, 6, 2)),
                recognised(U12, "11", LocalDate.of(2024, 6, 3)),
                recognised(U99, "9", LocalDate.of(2024, 6, 4)));
    }

    @Test
    void S28_credits_are_mapped_through_the_transition_table_and_the_original_recognitions_stay_on_v2013() {
        fixture()
                .given(v2013History())
                .when(new MigrateLearnerPathway(LedgerFixtures.LEA, V2025, LedgerFixtures.HOME_TEACHER, MIGRATED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new LearnerPathwayMigrated(
                        PATHWAY,
                        V2013,
                        V2025,
                        List.of(
                                new MigratedCredit(
                                        U31,
                                        U3A,
                                        Coverage.FULL,
                                        List.of(),
                                        null,
                                        new BigDecimal("14"),
                                        LocalDate.of(2024, 6, 1)),
                                new MigratedCredit(
                                        U32,
                                        U3B,
                                        Coverage.PARTIAL,
                                        List.of("LO1", "LO2"),
                                        null,
                                        null,
                                        LocalDate.of(2024, 6, 2)),
                                new MigratedCredit(
                                        U12,
                                        U12,
                                        Coverage.FULL,
                                        List.of(),
                                        null,
                                        new BigDecimal("11"),
                                        LocalDate.of(2024, 6, 3))),
                        List.of(U99),
                        LedgerFixtures.HOME_TEACHER,
                        MIGRATED_ON));
    }

    @Test
    void S28_after_migration_the_partly_mapped_unit_is_still_in_progress_and_mapped_units_count_in_v2025() {
        var history = new java.util.ArrayList<>(v2013History());
        history.add(new LearnerPathwayMigrated(
                PATHWAY,
                V2013,
                V2025,
                List.of(
                        new MigratedCredit(
                                U31,
                                U3A,
                                Coverage.FULL,
                                List.of(),
                                null,
                                new BigDecimal("14"),
                                LocalDate.of(2024, 6, 1)),
                        new MigratedCredit(
                                U32,
                                U3B,
                                Coverage.PARTIAL,
                                List.of("LO1", "LO2"),
                                null,
                                null,
                                LocalDate.of(2024, 6, 2)),
                        new MigratedCredit(
                                U12,
                                U12,
                                Coverage.FULL,
                                List.of(),
                                null,
                                new BigDecimal("11"),
                                LocalDate.of(2024, 6, 3))),
                List.of(U99),
                LedgerFixtures.HOME_TEACHER,
                MIGRATED_ON));
        fixture()
                .given(history)
                .when(new EvaluateAwardEligibility(LedgerFixtures.LEA, V2025.id(), MIGRATED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                new org.hamcrest.CustomMatcher<Object>("not eligible: U3B outstanding, on v2025") {
                                    @Override
                                    public boolean matches(Object actual) {
                                        var evaluation = (AwardEligibilityEvaluated) actual;
                                        return !evaluation.eligible()
                                                && evaluation.standard().equals(V2025)
                                                && evaluation.trace().toString().contains("U3B")
                                                && !evaluation
                                                        .trace()
                                                        .toString()
                                                        .contains("U3A");
                                    }
                                }),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void a_pathway_migrates_only_to_a_newer_version_by_an_institution_that_recognises_for_it() {
        fixture()
                .given(v2013History())
                .when(new MigrateLearnerPathway(LedgerFixtures.LEA, V2013, LedgerFixtures.HOME_TEACHER, MIGRATED_ON))
                .expectNoEvents()
                .expectException(violates("not-a-newer-version"));
        fixture()
                .given(v2013History())
                .when(new MigrateLearnerPathway(LedgerFixtures.LEA, V2025, LedgerFixtures.HOST_ASSESSOR, MIGRATED_ON))
                .expectNoEvents()
                .expectException(violates("not-authorised"));
    }

    /** U31 validated and recognised on assessment 31, then the pathway migrated: U31 is held as U3A on v2025. */
    private static List<Object> migratedAfterValidation() {
        var assessment = LedgerFixtures.assessmentId(31);
        return List.of(
                new LearnerEnrolled(PATHWAY, V2013, LedgerFixtures.HOME_TEACHER, LocalDate.of(2023, 9, 1)),
                new CreditValidated(
                        PATHWAY,
                        U31,
                        List.of("LO1", "LO2"),
                        List.of(assessment),
                        LedgerFixtures.HOME_TEACHER,
                        LocalDate.of(2024, 5, 30)),
                new UnitRecognised(
                        PATHWAY,
                        V2013,
                        U31,
                        null,
                        new BigDecimal("14"),
                        false,
                        List.of(assessment),
                        LedgerFixtures.HOME_TEACHER,
                        LocalDate.of(2024, 6, 1),
                        null),
                new LearnerPathwayMigrated(
                        PATHWAY,
                        V2013,
                        V2025,
                        List.of(new MigratedCredit(
                                U31,
                                U3A,
                                Coverage.FULL,
                                List.of(),
                                null,
                                new BigDecimal("14"),
                                LocalDate.of(2024, 6, 1))),
                        List.of(),
                        LedgerFixtures.HOME_TEACHER,
                        MIGRATED_ON));
    }

    @Test
    void S28_S11_a_migrated_unit_whose_original_assessment_is_invalidated_is_revoked_on_the_new_version_naming_it() {
        fixture()
                .given(migratedAfterValidation())
                .when(new WithdrawDependentCredit(
                        LedgerFixtures.LEA,
                        V2013.id(),
                        LedgerFixtures.assessmentId(31),
                        "forged signature",
                        LedgerFixtures.HOME_TEACHER,
                        LocalDate.of(2025, 10, 1)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new UnitRecognitionRevoked(
                        PATHWAY,
                        V2025,
                        U3A,
                        null,
                        false,
                        List.of(),
                        LedgerFixtures.assessmentId(31),
                        null,
                        LedgerFixtures.HOME_TEACHER,
                        LocalDate.of(2025, 10, 1),
                        "forged signature"));
    }

    @Test
    void S28_S10_a_migrated_unit_whose_original_assessment_is_corrected_is_flagged_for_the_body_that_recognised_it() {
        fixture()
                .given(migratedAfterValidation())
                .when(new RequireReviewOfDependentDecisions(
                        LedgerFixtures.LEA,
                        V2013.id(),
                        LedgerFixtures.assessmentId(31),
                        1,
                        "transcription error",
                        LedgerFixtures.HOME_TEACHER,
                        LocalDate.of(2025, 10, 1)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RecognitionReviewRequired(
                        PATHWAY,
                        V2025,
                        ReviewedDecision.UNIT_RECOGNITION,
                        U3A,
                        LedgerFixtures.assessmentId(31),
                        1,
                        LedgerFixtures.HOME_TEACHER.institution(),
                        LedgerFixtures.HOME_TEACHER,
                        "transcription error",
                        LocalDate.of(2025, 10, 1)));
    }

    // --- ADR 0023: a partial mapping completed by a targeted assessment of the new unit's remaining outcome

    @Test
    void S28_a_partly_mapped_unit_is_recognised_in_full_once_a_targeted_assessment_validates_its_remaining_outcome() {
        var targeted = LedgerFixtures.assessmentId(201);
        var ledger = new LedgerFixtures.Ledger()
                .register(LedgerFixtures.LYCEE)
                .learner(LedgerFixtures.LEA)
                .define(version(V2013, U31, U32, U12, U99))
                .define(version(V2025, U3A, U3B, U12))
                .publishedUnit(U3B, "LO1", "LO2", "LO3")
                .grant(LedgerFixtures.LYCEE, InstitutionFunction.ASSESS, V2025)
                .grant(LedgerFixtures.LYCEE, InstitutionFunction.VALIDATE, V2025)
                .grant(LedgerFixtures.LYCEE, InstitutionFunction.RECOGNISE, V2025);
        LedgerFixtures.record(
                ledger,
                targeted,
                LedgerFixtures.anAssessmentOf(LedgerFixtures.LEA, V2025)
                        .on(LocalDate.of(2025, 11, 10))
                        .achieving(U3B, "LO3")
                        .graded(U3B, "13")
                        .content());
        // the enrolment and the four v2013 recognitions, U32's with the validation it rests on
        var history = new java.util.ArrayList<Object>(v2013History());
        history.add(
                2,
                new CreditValidated(
                        PATHWAY,
                        U32,
                        List.of("LO1", "LO2"),
                        List.of(LedgerFixtures.assessmentId(U32.hashCode() & 0xff)),
                        LedgerFixtures.HOME_TEACHER,
                        LocalDate.of(2024, 6, 2)));
        var migrate = new MigrateLearnerPathway(LedgerFixtures.LEA, V2025, LedgerFixtures.HOME_TEACHER, MIGRATED_ON);
        var fixture = new AggregateTestFixture<>(LearnerPathway.class);
        fixture.registerInjectableResource(ledger);
        fixture.registerInjectableResource(TABLE);
        var published = new LedgerFixtures.Published();
        fixture.given(history)
                .when(migrate)
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(published.capture());
        history.addAll(published.payloads());
        var validate = new ValidateCredit(
                LedgerFixtures.LEA,
                V2013.id(),
                U3B,
                List.of("LO3"),
                List.of(targeted),
                LedgerFixtures.HOME_TEACHER,
                LocalDate.of(2025, 11, 12));
        var validatedPublished = new LedgerFixtures.Published();
        fixture.given(history)
                .when(validate)
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(validatedPublished.capture());
        history.addAll(validatedPublished.payloads());

        fixture.given(history)
                .when(new RecogniseUnit(
                        LedgerFixtures.LEA, V2013.id(), U3B, LedgerFixtures.HOME_TEACHER, LocalDate.of(2025, 11, 14)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new UnitRecognised(
                        PATHWAY,
                        V2025,
                        U3B,
                        null,
                        new BigDecimal("13"),
                        false,
                        List.of(targeted),
                        LedgerFixtures.HOME_TEACHER,
                        LocalDate.of(2025, 11, 14),
                        null,
                        List.of(new PartCredit(
                                PartCredit.Kind.MIGRATION,
                                // enrolment, a validation and four v2013 recognitions, then the migration
                                6,
                                List.of("LO1", "LO2"),
                                V2013,
                                U32,
                                null,
                                LedgerFixtures.LYCEE,
                                MIGRATED_ON,
                                List.of(LedgerFixtures.assessmentId(U32.hashCode() & 0xff))))));
    }

    @Test
    void S28_a_partly_mapped_unit_without_its_remaining_outcome_validated_stays_in_progress() {
        var history = new java.util.ArrayList<>(v2013History());
        history.add(new LearnerPathwayMigrated(
                PATHWAY,
                V2013,
                V2025,
                List.of(new MigratedCredit(
                        U32, U3B, Coverage.PARTIAL, List.of("LO1", "LO2"), null, null, LocalDate.of(2024, 6, 2))),
                List.of(),
                LedgerFixtures.HOME_TEACHER,
                MIGRATED_ON));
        history.add(new CreditValidated(
                PATHWAY,
                U3B,
                List.of("LO1"),
                List.of(LedgerFixtures.assessmentId(202)),
                LedgerFixtures.HOME_TEACHER,
                LocalDate.of(2025, 11, 12)));
        var ledger = new LedgerFixtures.Ledger()
                .register(LedgerFixtures.LYCEE)
                .learner(LedgerFixtures.LEA)
                .define(version(V2013, U31, U32, U12, U99))
                .define(version(V2025, U3A, U3B, U12))
                .publishedUnit(U3B, "LO1", "LO2", "LO3")
                .grant(LedgerFixtures.LYCEE, InstitutionFunction.RECOGNISE, V2025);
        var fixture = new AggregateTestFixture<>(LearnerPathway.class);
        fixture.registerInjectableResource(ledger);
        fixture.registerInjectableResource(TABLE);
        fixture.given(history)
                .when(new RecogniseUnit(
                        LedgerFixtures.LEA, V2013.id(), U3B, LedgerFixtures.HOME_TEACHER, LocalDate.of(2025, 11, 14)))
                .expectNoEvents()
                .expectException(violates("validation-incomplete"));
    }

    @Test
    void a_transferred_unit_carried_through_the_migration_goes_to_review_when_its_source_is_revoked_on_appeal() {
        var source = new PathwayId(LedgerFixtures.LEA, new QualificationId("FR-CAP-ELEC"));
        var transferred = new CreditTransferred(
                PATHWAY,
                V2013,
                U31,
                Coverage.FULL,
                List.of(),
                null,
                CreditFramework.NONE,
                new BigDecimal("14"),
                false,
                source,
                QualificationRef.of("FR-CAP-ELEC", 2019),
                U31,
                null,
                CreditFramework.NONE,
                new BigDecimal("14"),
                LedgerFixtures.ZERO_TO_TWENTY,
                null,
                null,
                "CAP-2024/31",
                LedgerFixtures.HOME_TEACHER,
                LocalDate.of(2024, 6, 1),
                null,
                List.of(LedgerFixtures.assessmentId(31)));
        var migrated = new LearnerPathwayMigrated(
                PATHWAY,
                V2013,
                V2025,
                List.of(new MigratedCredit(
                        U31, U3A, Coverage.FULL, List.of(), null, new BigDecimal("14"), LocalDate.of(2024, 6, 1))),
                List.of(),
                LedgerFixtures.HOME_TEACHER,
                MIGRATED_ON);
        var appeal = new org.ecvetledger.domain.shared.AppealId(
                java.util.UUID.fromString("01a2a9e0-0000-7000-8000-000000000028"));
        var appealBoard = new org.ecvetledger.domain.shared.Actor(CatalogueFixtures.MINISTRY_FR, "Commission");
        fixture()
                .given(
                        new LearnerEnrolled(PATHWAY, V2013, LedgerFixtures.HOME_TEACHER, LocalDate.of(2023, 9, 1)),
                        transferred,
                        migrated)
                .when(new RequireReviewOfTransferredCredit(
                        LedgerFixtures.LEA,
                        V2013.id(),
                        source.qualification(),
                        U31,
                        "0196f00d-0000-7000-8000-00000000a028",
                        appeal,
                        appealBoard,
                        LocalDate.of(2025, 10, 1),
                        "decision reversed"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RecognitionReviewRequired(
                        PATHWAY,
                        V2025,
                        ReviewedDecision.UNIT_RECOGNITION,
                        U3A,
                        null,
                        0,
                        LedgerFixtures.LYCEE,
                        appealBoard,
                        "the recognition of U31@1 in FR-CAP-ELEC it was transferred from was revoked: decision reversed",
                        LocalDate.of(2025, 10, 1),
                        "0196f00d-0000-7000-8000-00000000a028",
                        appeal));
    }
}
