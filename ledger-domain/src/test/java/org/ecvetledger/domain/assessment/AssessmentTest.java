package org.ecvetledger.domain.assessment;

import static org.ecvetledger.domain.assessment.LedgerFixtures.AGREEMENT;
import static org.ecvetledger.domain.assessment.LedgerFixtures.AGREEMENT_ACTIVE_FROM;
import static org.ecvetledger.domain.assessment.LedgerFixtures.BACPRO_ELEC;
import static org.ecvetledger.domain.assessment.LedgerFixtures.HOME_TEACHER;
import static org.ecvetledger.domain.assessment.LedgerFixtures.HOST_ASSESSOR;
import static org.ecvetledger.domain.assessment.LedgerFixtures.LEA;
import static org.ecvetledger.domain.assessment.LedgerFixtures.MARCO;
import static org.ecvetledger.domain.assessment.LedgerFixtures.MOBILITY_END;
import static org.ecvetledger.domain.assessment.LedgerFixtures.STRANGER;
import static org.ecvetledger.domain.assessment.LedgerFixtures.U12;
import static org.ecvetledger.domain.assessment.LedgerFixtures.U31;
import static org.ecvetledger.domain.assessment.LedgerFixtures.aMobilityLedger;
import static org.ecvetledger.domain.assessment.LedgerFixtures.agreementTerms;
import static org.ecvetledger.domain.assessment.LedgerFixtures.anAgreementInForce;
import static org.ecvetledger.domain.assessment.LedgerFixtures.anAssessmentOf;
import static org.ecvetledger.domain.assessment.LedgerFixtures.assessmentId;
import static org.ecvetledger.domain.catalogue.RuleViolations.violates;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ecvetledger.domain.learningagreement.AgreementStanding;
import org.ecvetledger.domain.learningagreement.PlannedUnit;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AssessmentMethod;
import org.junit.jupiter.api.Test;

/** Recording assessments (DOMAIN c3 "during", c4; R2, R5, R22, R26; S01, S02, S07, S14). */
class AssessmentTest {

    private static final AssessmentId A1 = assessmentId(1);
    private static final AssessmentId A2 = assessmentId(2);

    private static FixtureConfiguration<Assessment> fixtureOn(LedgerFixtures.Ledger ledger) {
        var fixture = new AggregateTestFixture<>(Assessment.class);
        fixture.registerInjectableResource(ledger);
        return fixture;
    }

    private static LedgerFixtures.AnAssessment hostAssessmentOfAllU31() {
        return anAssessmentOf(LEA, BACPRO_ELEC)
                .by(HOST_ASSESSOR)
                .underAgreement(AGREEMENT)
                .achieving(U31, "LO1", "LO2", "LO3", "LO4", "LO5", "LO6")
                .graded(U31, "14");
    }

    @Test
    void S01_the_host_records_an_assessment_of_every_outcome_its_agreement_lists() {
        var content = hostAssessmentOfAllU31().content();

        fixtureOn(aMobilityLedger())
                .givenNoPriorActivity()
                .when(new RecordAssessment(A1, content))
                .expectEvents(new AssessmentRecorded(A1, content));
    }

    @Test
    void S02_the_host_may_assess_the_part_of_a_unit_its_agreement_lists() {
        var ledger = aMobilityLedger()
                .agreement(
                        AGREEMENT, anAgreementInForce(LEA, new PlannedUnit(U31, List.of("LO1", "LO2", "LO3"), null)));
        var content = anAssessmentOf(LEA, BACPRO_ELEC)
                .by(HOST_ASSESSOR)
                .underAgreement(AGREEMENT)
                .achieving(U31, "LO1", "LO2", "LO3")
                .content();

        fixtureOn(ledger)
                .givenNoPriorActivity()
                .when(new RecordAssessment(A1, content))
                .expectEvents(new AssessmentRecorded(A1, content));
    }

    @Test
    void R5_a_host_cannot_assess_an_outcome_its_learning_agreement_does_not_list() {
        var ledger = aMobilityLedger()
                .agreement(
                        AGREEMENT, anAgreementInForce(LEA, new PlannedUnit(U31, List.of("LO1", "LO2", "LO3"), null)));
        var content = anAssessmentOf(LEA, BACPRO_ELEC)
                .by(HOST_ASSESSOR)
                .underAgreement(AGREEMENT)
                .achieving(U31, "LO1", "LO2", "LO3", "LO4")
                .content();

        fixtureOn(ledger)
                .givenNoPriorActivity()
                .when(new RecordAssessment(A1, content))
                .expectNoEvents()
                .expectException(violates("outside-learning-agreement"));
    }

    @Test
    void R5_a_host_cannot_assess_a_unit_its_learning_agreement_does_not_plan() {
        var content = anAssessmentOf(LEA, BACPRO_ELEC)
                .by(HOST_ASSESSOR)
                .underAgreement(AGREEMENT)
                .achieving(U12, "LO1")
                .content();

        fixtureOn(aMobilityLedger())
                .givenNoPriorActivity()
                .when(new RecordAssessment(A1, content))
                .expectNoEvents()
                .expectException(violates("outside-learning-agreement"));
    }

    @Test
    void R5_an_assessment_before_the_learning_agreement_is_in_force_is_refused() {
        var content =
                hostAssessmentOfAllU31().on(AGREEMENT_ACTIVE_FROM.minusDays(1)).content();

        fixtureOn(aMobilityLedger())
                .givenNoPriorActivity()
                .when(new RecordAssessment(A1, content))
                .expectNoEvents()
                .expectException(violates("la-not-active"));
    }

    @Test
    void R5_an_assessment_after_the_learning_agreement_ended_is_refused() {
        var ended = new AgreementStanding(
                LEA, agreementTerms(new PlannedUnit(U31, List.of(), null)), AGREEMENT_ACTIVE_FROM, MOBILITY_END);
        var content = hostAssessmentOfAllU31().on(MOBILITY_END.plusDays(1)).content();

        fixtureOn(aMobilityLedger().agreement(AGREEMENT, ended))
                .givenNoPriorActivity()
                .when(new RecordAssessment(A1, content))
                .expectNoEvents()
                .expectException(violates("la-not-active"));
    }

    @Test
    void R5_an_assessment_under_an_agreement_not_yet_signed_by_all_three_is_refused() {
        var unsigned = new AgreementStanding(LEA, null, null, null);

        fixtureOn(aMobilityLedger().agreement(AGREEMENT, unsigned))
                .givenNoPriorActivity()
                .when(new RecordAssessment(A1, hostAssessmentOfAllU31().content()))
                .expectNoEvents()
                .expectException(violates("la-not-active"));
    }

    @Test
    void R5_an_assessment_under_another_learners_agreement_is_refused() {
        var ledger = aMobilityLedger().learner(MARCO);
        var content = anAssessmentOf(MARCO, BACPRO_ELEC)
                .by(HOST_ASSESSOR)
                .underAgreement(AGREEMENT)
                .achieving(U31, "LO1")
                .content();

        fixtureOn(ledger)
                .givenNoPriorActivity()
                .when(new RecordAssessment(A1, content))
                .expectNoEvents()
                .expectException(violates("la-not-active"));
    }

    @Test
    void R2_an_institution_neither_home_nor_host_of_the_agreement_cannot_assess_under_it() {
        var content =
                hostAssessmentOfAllU31().by(new Actor(STRANGER, "Sr. García")).content();

        fixtureOn(aMobilityLedger())
                .givenNoPriorActivity()
                .when(new RecordAssessment(A1, content))
                .expectNoEvents()
                .expectException(violates("not-authorised"));
    }

    @Test
    void R2_without_an_agreement_only_an_institution_holding_the_assess_function_records_an_assessment() {
        var byTheHost = anAssessmentOf(LEA, BACPRO_ELEC)
                .by(HOST_ASSESSOR)
                .achieving(U31, "LO1")
                .content();

        fixtureOn(aMobilityLedger())
                .givenNoPriorActivity()
                .when(new RecordAssessment(A1, byTheHost))
                .expectNoEvents()
                .expectException(violates("not-authorised"));
    }

    @Test
    void the_home_holding_the_assess_function_records_an_assessment_without_an_agreement() {
        var content = anAssessmentOf(LEA, BACPRO_ELEC)
                .by(HOME_TEACHER)
                .achieving(U31, "LO4", "LO5", "LO6")
                .graded(U31, "13")
                .content();

        fixtureOn(aMobilityLedger())
                .givenNoPriorActivity()
                .when(new RecordAssessment(A1, content))
                .expectEvents(new AssessmentRecorded(A1, content));
    }

    @Test
    void a_grade_above_the_standards_scale_is_refused() {
        var content = anAssessmentOf(LEA, BACPRO_ELEC)
                .by(HOST_ASSESSOR)
                .underAgreement(AGREEMENT)
                .achieving(U31, "LO1")
                .graded(U31, "21")
                .content();

        fixtureOn(aMobilityLedger())
                .givenNoPriorActivity()
                .when(new RecordAssessment(A1, content))
                .expectNoEvents()
                .expectException(violates("grade-outside-scale"));
    }

    @Test
    void a_negative_grade_is_refused() {
        var content = hostAssessmentOfAllU31().graded(U31, "-0.5").content();

        fixtureOn(aMobilityLedger())
                .givenNoPriorActivity()
                .when(new RecordAssessment(A1, content))
                .expectNoEvents()
                .expectException(violates("grade-outside-scale"));
    }

    @Test
    void the_bounds_of_the_scale_are_grades_on_it() {
        var content = anAssessmentOf(LEA, BACPRO_ELEC)
                .by(HOME_TEACHER)
                .achieving(U31, "LO1")
                .notAchieving(U12, "LO1")
                .graded(U31, "20")
                .graded(U12, "0")
                .content();

        fixtureOn(aMobilityLedger())
                .givenNoPriorActivity()
                .when(new RecordAssessment(A1, content))
                .expectEvents(new AssessmentRecorded(A1, content));
    }

    @Test
    void S07_the_same_content_again_is_flagged_as_a_possible_duplicate_for_review() {
        var content = hostAssessmentOfAllU31().content();
        var ledger = aMobilityLedger().record(new AssessmentRecorded(A1, content));

        fixtureOn(ledger)
                .givenNoPriorActivity()
                .when(new RecordAssessment(A2, content))
                .expectEvents(new PossibleDuplicateAssessmentFlagged(A2, content, A1));
    }

    @Test
    void S07_the_same_outcomes_assessed_on_another_day_are_a_new_assessment() {
        var first = hostAssessmentOfAllU31().content();
        var resit = hostAssessmentOfAllU31().on(first.assessedOn().plusDays(1)).content();
        var ledger = aMobilityLedger().record(new AssessmentRecorded(A1, first));

        fixtureOn(ledger)
                .givenNoPriorActivity()
                .when(new RecordAssessment(A2, resit))
                .expectEvents(new AssessmentRecorded(A2, resit));
    }

    @Test
    void S14_an_informal_learning_assessment_is_recorded_with_its_setting() {
        var content = anAssessmentOf(LEA, BACPRO_ELEC)
                .by(HOME_TEACHER)
                .setting(LearningSetting.INFORMAL)
                .method(AssessmentMethod.WORK_SIMULATION)
                .on(LocalDate.of(2025, 3, 12))
                .achieving(U12, "LO1", "LO2")
                .content();

        fixtureOn(aMobilityLedger())
                .givenNoPriorActivity()
                .when(new RecordAssessment(A1, content))
                .expectEvents(new AssessmentRecorded(A1, content));
    }
}
