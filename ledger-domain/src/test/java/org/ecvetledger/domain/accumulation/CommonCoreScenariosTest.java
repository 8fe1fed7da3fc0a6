package org.ecvetledger.domain.accumulation;

import static org.ecvetledger.domain.assessment.LedgerFixtures.profile;
import static org.ecvetledger.domain.catalogue.RuleViolations.violates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.LedgerFixtures;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.qualification.AttachedUnit;
import org.ecvetledger.domain.qualification.AwardRule;
import org.ecvetledger.domain.qualification.AwardRuleSet;
import org.ecvetledger.domain.qualification.GradingScale;
import org.ecvetledger.domain.qualification.QualificationRules;
import org.ecvetledger.domain.qualification.ResitPolicy;
import org.ecvetledger.domain.qualification.StandardDefinition;
import org.ecvetledger.domain.qualification.UnitRole;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 item 5, ADR 0016 (2get1care's common core across health professions, [SEED F123]): a
 * common-core unit recognised once counts in every qualification of the learner that contains it,
 * without a second recognition, within one jurisdiction (R19).
 */
class CommonCoreScenariosTest {

    private static final LearnerId LEARNER = LearnerId.of("01a21e00-0000-7000-8000-0000000000c1");
    private static final QualificationRef NURSING_AID = QualificationRef.of("FI-NURSING-AID", 1);
    private static final QualificationRef CHILDCARE = QualificationRef.of("FI-CHILDCARE", 1);
    /** The same profession's standard in another jurisdiction. */
    private static final QualificationRef SWEDISH_CHILDCARE = QualificationRef.of("SE-CHILDCARE", 1);

    /** The common core: attached to all three standards, 10 points in nursing, 15 in childcare. */
    private static final UnitRef HYGIENE = UnitRef.of("CC-HYGIENE", 1);

    private static final UnitRef CHILD_DEVELOPMENT = UnitRef.of("CHILD-DEV", 1);

    private static final InstitutionId COLLEGE = new InstitutionId("FI-STADIN");
    private static final Actor OFFICER = new Actor(COLLEGE, "Ms Virtanen");
    private static final AssessmentId ASSESSMENT = LedgerFixtures.assessmentId(12);
    private static final GradingScale ONE_TO_FIVE = new GradingScale(BigDecimal.ONE, BigDecimal.valueOf(5));
    private static final LocalDate RECOGNISED_ON = LocalDate.of(2024, 6, 1);

    private static final PathwayId CHILDCARE_PATHWAY = new PathwayId(LEARNER, CHILDCARE.id());
    private static final PathwayId NURSING_PATHWAY = new PathwayId(LEARNER, NURSING_AID.id());

    private static StandardDefinition standard(String country, QualificationRef ref, List<AttachedUnit> units) {
        return new StandardDefinition(
                ref,
                profile(country, COLLEGE, CreditFramework.ECVET, CreditPoints.of(60), ONE_TO_FIVE, ResitPolicy.LATEST),
                new QualificationRules(
                        CreditFramework.ECVET,
                        CreditPoints.of(60),
                        units,
                        new AwardRuleSet(List.of(new AwardRule.AllMandatoryUnits())),
                        ONE_TO_FIVE));
    }

    private static AttachedUnit unit(UnitRef unit, long points, Period validity) {
        return new AttachedUnit(unit, UnitRole.MANDATORY, null, CreditPoints.of(points), null, false, validity);
    }

    private static LedgerFixtures.Ledger ledger() {
        return new LedgerFixtures.Ledger()
                .register(COLLEGE)
                .learner(LEARNER)
                .define(standard("FI", NURSING_AID, List.of(unit(HYGIENE, 10, null))))
                .define(standard(
                        "FI",
                        CHILDCARE,
                        List.of(unit(HYGIENE, 15, Period.ofYears(5)), unit(CHILD_DEVELOPMENT, 45, null))))
                .define(standard("SE", SWEDISH_CHILDCARE, List.of(unit(HYGIENE, 15, null))))
                .publishedUnit(HYGIENE, "LO1")
                .publishedUnit(CHILD_DEVELOPMENT, "LO1")
                .grant(COLLEGE, InstitutionFunction.VALIDATE, CHILDCARE)
                .grant(COLLEGE, InstitutionFunction.RECOGNISE, CHILDCARE);
    }

    /** The learner's standing recognitions, as the write-side lookup answers. */
    private static final class Recognitions implements RecognitionRecords {
        private final Map<String, RecognitionRecord> records = new HashMap<>();

        Recognitions recognised(QualificationRef standard, UnitRef unit, long points, String grade) {
            records.put(
                    standard.id() + "|" + unit,
                    new RecognitionRecord(
                            standard,
                            RECOGNISED_ON,
                            COLLEGE,
                            CreditPoints.of(points),
                            new BigDecimal(grade),
                            List.of(ASSESSMENT),
                            "Ms Nieminen"));
            return this;
        }

        @Override
        public Optional<RecognitionRecord> find(LearnerId learner, QualificationId qualification, UnitRef unit) {
            return Optional.ofNullable(records.get(qualification + "|" + unit));
        }
    }

    private static FixtureConfiguration<LearnerPathway> fixture(RecognitionRecords recognitions) {
        var fixture = new AggregateTestFixture<>(LearnerPathway.class);
        fixture.registerInjectableResource(ledger());
        fixture.registerInjectableResource(recognitions);
        return fixture;
    }

    private static Recognitions hygieneRecognisedInNursing() {
        return new Recognitions().recognised(NURSING_AID, HYGIENE, 10, "4");
    }

    private static LearnerEnrolled enrolled(PathwayId pathway, QualificationRef standard) {
        return new LearnerEnrolled(pathway, standard, OFFICER, LocalDate.of(2025, 9, 1));
    }

    private static CommonCoreUnitCounted hygieneCounted() {
        return new CommonCoreUnitCounted(
                CHILDCARE_PATHWAY,
                CHILDCARE,
                HYGIENE,
                CreditPoints.of(15),
                CreditFramework.ECVET,
                new BigDecimal("4"),
                false,
                NURSING_PATHWAY,
                NURSING_AID,
                CreditPoints.of(10),
                new Actor(COLLEGE, "Ms Nieminen"),
                List.of(ASSESSMENT),
                RECOGNISED_ON,
                LocalDate.of(2029, 5, 31));
    }

    @Test
    void a_common_core_unit_recognised_in_one_qualification_counts_in_the_other_with_its_points_there() {
        fixture(hygieneRecognisedInNursing())
                .given(enrolled(CHILDCARE_PATHWAY, CHILDCARE))
                .when(new CountCommonCoreUnit(LEARNER, CHILDCARE.id(), NURSING_AID.id(), HYGIENE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(hygieneCounted());
    }

    @Test
    void R19_a_recognition_in_another_jurisdiction_does_not_count_without_a_transfer() {
        var fixture = new AggregateTestFixture<>(LearnerPathway.class);
        fixture.registerInjectableResource(ledger());
        fixture.registerInjectableResource(hygieneRecognisedInNursing());
        fixture.given(enrolled(new PathwayId(LEARNER, SWEDISH_CHILDCARE.id()), SWEDISH_CHILDCARE))
                .when(new CountCommonCoreUnit(LEARNER, SWEDISH_CHILDCARE.id(), NURSING_AID.id(), HYGIENE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_unit_the_standard_does_not_contain_is_not_counted() {
        fixture(new Recognitions().recognised(NURSING_AID, UnitRef.of("NURS-CARE", 1), 20, "3"))
                .given(enrolled(CHILDCARE_PATHWAY, CHILDCARE))
                .when(new CountCommonCoreUnit(LEARNER, CHILDCARE.id(), NURSING_AID.id(), UnitRef.of("NURS-CARE", 1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_recognition_no_longer_standing_is_not_counted() {
        fixture(new Recognitions())
                .given(enrolled(CHILDCARE_PATHWAY, CHILDCARE))
                .when(new CountCommonCoreUnit(LEARNER, CHILDCARE.id(), NURSING_AID.id(), HYGIENE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void R14_a_common_core_unit_counts_once_and_is_not_recognised_a_second_time() {
        fixture(hygieneRecognisedInNursing())
                .given(enrolled(CHILDCARE_PATHWAY, CHILDCARE), hygieneCounted())
                .when(new CountCommonCoreUnit(LEARNER, CHILDCARE.id(), NURSING_AID.id(), HYGIENE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture(hygieneRecognisedInNursing())
                .given(enrolled(CHILDCARE_PATHWAY, CHILDCARE), hygieneCounted())
                .when(new RecogniseUnit(LEARNER, CHILDCARE.id(), HYGIENE, OFFICER, LocalDate.of(2025, 10, 1)))
                .expectNoEvents()
                .expectException(violates("already-recognised"));
    }

    @Test
    void the_counted_unit_takes_part_in_the_award_rules_of_the_qualification() {
        var developmentRecognised = new UnitRecognised(
                CHILDCARE_PATHWAY,
                CHILDCARE,
                CHILD_DEVELOPMENT,
                CreditPoints.of(45),
                new BigDecimal("5"),
                false,
                List.of(LedgerFixtures.assessmentId(13)),
                OFFICER,
                LocalDate.of(2025, 10, 1),
                null);
        fixture(hygieneRecognisedInNursing())
                .given(enrolled(CHILDCARE_PATHWAY, CHILDCARE), hygieneCounted(), developmentRecognised)
                .when(new AwardQualification(
                        LEARNER, CHILDCARE.id(), OFFICER, LocalDate.of(2025, 10, 2), "Decree 2017/531"))
                .expectNoEvents()
                .expectException(violates("not-authorised"));
        var awarding = new AggregateTestFixture<>(LearnerPathway.class);
        awarding.registerInjectableResource(ledger().grant(COLLEGE, InstitutionFunction.AWARD, CHILDCARE));
        awarding.registerInjectableResource(hygieneRecognisedInNursing());
        awarding.given(enrolled(CHILDCARE_PATHWAY, CHILDCARE), hygieneCounted(), developmentRecognised)
                .when(new AwardQualification(
                        LEARNER, CHILDCARE.id(), OFFICER, LocalDate.of(2025, 10, 2), "Decree 2017/531"))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                new org.hamcrest.CustomMatcher<Object>("awarded on both units, 60 points") {
                                    @Override
                                    public boolean matches(Object actual) {
                                        return actual instanceof QualificationAwarded awarded
                                                && awarded.unitsCounted()
                                                        .containsAll(List.of(HYGIENE, CHILD_DEVELOPMENT))
                                                && awarded.pointsTotal().equals(CreditPoints.of(60));
                                    }
                                }),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void S11_invalidating_the_assessment_behind_the_recognition_revokes_the_count_naming_it() {
        fixture(hygieneRecognisedInNursing())
                .given(enrolled(CHILDCARE_PATHWAY, CHILDCARE), hygieneCounted())
                .when(new WithdrawDependentCredit(
                        LEARNER, CHILDCARE.id(), ASSESSMENT, "forged signature", OFFICER, LocalDate.of(2025, 11, 1)))
                .expectEvents(new UnitRecognitionRevoked(
                        CHILDCARE_PATHWAY,
                        CHILDCARE,
                        HYGIENE,
                        CreditPoints.of(15),
                        false,
                        List.of(),
                        ASSESSMENT,
                        null,
                        OFFICER,
                        LocalDate.of(2025, 11, 1),
                        "forged signature"));
    }

    @Test
    void S13_a_recognition_reversed_on_appeal_stops_counting_with_the_appeal_named() {
        var appeal = AppealId.of("01a21e00-0000-7000-8000-00000000a991");
        fixture(hygieneRecognisedInNursing())
                .given(enrolled(CHILDCARE_PATHWAY, CHILDCARE), hygieneCounted())
                .when(new StopCountingCommonCoreUnit(
                        LEARNER,
                        CHILDCARE.id(),
                        NURSING_AID.id(),
                        HYGIENE,
                        null,
                        appeal,
                        OFFICER,
                        LocalDate.of(2025, 11, 1),
                        "reversed on appeal"))
                .expectEvents(new UnitRecognitionRevoked(
                        CHILDCARE_PATHWAY,
                        CHILDCARE,
                        HYGIENE,
                        CreditPoints.of(15),
                        false,
                        List.of(),
                        null,
                        appeal,
                        OFFICER,
                        LocalDate.of(2025, 11, 1),
                        "its recognition in FI-NURSING-AID was revoked: reversed on appeal"));
    }

    @Test
    void a_revocation_in_a_qualification_it_was_not_counted_from_changes_nothing() {
        fixture(hygieneRecognisedInNursing())
                .given(enrolled(CHILDCARE_PATHWAY, CHILDCARE), hygieneCounted())
                .when(new StopCountingCommonCoreUnit(
                        LEARNER,
                        CHILDCARE.id(),
                        SWEDISH_CHILDCARE.id(),
                        HYGIENE,
                        null,
                        null,
                        OFFICER,
                        LocalDate.of(2025, 11, 1),
                        "revoked there"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // --- ADR 0016 amendment: the catch-up replays every enrolment; a unit counts once whichever way it arrives ---

    @Test
    void a_count_that_ended_is_not_taken_again_from_the_same_recognition_but_a_new_recognition_counts() {
        var countRevokedByItsBody = new UnitRecognitionRevoked(
                CHILDCARE_PATHWAY,
                CHILDCARE,
                HYGIENE,
                CreditPoints.of(15),
                false,
                List.of(),
                null,
                null,
                OFFICER,
                LocalDate.of(2025, 10, 1),
                "the childcare body does not accept it");
        // the catch-up replaying the enrolment (or a redelivered recognition) asks again: nothing
        fixture(hygieneRecognisedInNursing())
                .given(enrolled(CHILDCARE_PATHWAY, CHILDCARE), hygieneCounted(), countRevokedByItsBody)
                .when(new CountCommonCoreUnit(LEARNER, CHILDCARE.id(), NURSING_AID.id(), HYGIENE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        // a new recognition of the unit in nursing (after a revocation there) is another one: it counts
        var reRecognisedOn = LocalDate.of(2025, 11, 1);
        RecognitionRecords newRecognition = (learner, qualification, unit) -> Optional.of(new RecognitionRecord(
                NURSING_AID,
                reRecognisedOn,
                COLLEGE,
                CreditPoints.of(10),
                new BigDecimal("5"),
                List.of(LedgerFixtures.assessmentId(14)),
                "Ms Nieminen"));
        fixture(newRecognition)
                .given(enrolled(CHILDCARE_PATHWAY, CHILDCARE), hygieneCounted(), countRevokedByItsBody)
                .when(new CountCommonCoreUnit(LEARNER, CHILDCARE.id(), NURSING_AID.id(), HYGIENE))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                new org.hamcrest.CustomMatcher<Object>("counted from the new recognition") {
                                    @Override
                                    public boolean matches(Object actual) {
                                        return actual instanceof CommonCoreUnitCounted counted
                                                && counted.effectiveDate().equals(reRecognisedOn)
                                                && counted.sourceBasis()
                                                        .equals(List.of(LedgerFixtures.assessmentId(14)));
                                    }
                                }),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void a_recognition_resting_on_an_assessment_invalidated_meanwhile_is_not_counted() {
        var ledger = ledger();
        ledger.record(new org.ecvetledger.domain.assessment.AssessmentRecorded(
                ASSESSMENT,
                LedgerFixtures.anAssessmentOf(LEARNER, NURSING_AID)
                        .by(OFFICER)
                        .achieving(HYGIENE, "LO1")
                        .content()));
        ledger.record(new org.ecvetledger.domain.assessment.AssessmentInvalidated(
                ASSESSMENT, LEARNER, "forged", OFFICER, LocalDate.of(2025, 9, 30)));
        var fixture = new AggregateTestFixture<>(LearnerPathway.class);
        fixture.registerInjectableResource(ledger);
        fixture.registerInjectableResource(hygieneRecognisedInNursing());
        // the invalidation's cascade has not yet revoked the recognition in nursing: it is not counted here
        fixture.given(enrolled(CHILDCARE_PATHWAY, CHILDCARE))
                .when(new CountCommonCoreUnit(LEARNER, CHILDCARE.id(), NURSING_AID.id(), HYGIENE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
