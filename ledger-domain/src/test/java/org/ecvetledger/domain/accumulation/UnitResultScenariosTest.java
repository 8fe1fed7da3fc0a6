package org.ecvetledger.domain.accumulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.domain.assessment.LedgerFixtures.HOME_TEACHER;
import static org.ecvetledger.domain.assessment.LedgerFixtures.LEA;
import static org.ecvetledger.domain.assessment.LedgerFixtures.LYCEE;
import static org.ecvetledger.domain.assessment.LedgerFixtures.ZERO_TO_TWENTY;
import static org.ecvetledger.domain.assessment.LedgerFixtures.anAssessmentOf;
import static org.ecvetledger.domain.assessment.LedgerFixtures.assessmentId;
import static org.ecvetledger.domain.assessment.LedgerFixtures.profile;
import static org.ecvetledger.domain.assessment.LedgerFixtures.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ecvetledger.domain.assessment.LedgerFixtures;
import org.ecvetledger.domain.catalogue.CatalogueFixtures;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.qualification.AttachedUnit;
import org.ecvetledger.domain.qualification.AwardRule;
import org.ecvetledger.domain.qualification.AwardRuleSet;
import org.ecvetledger.domain.qualification.QualificationRules;
import org.ecvetledger.domain.qualification.ResitPolicy;
import org.ecvetledger.domain.qualification.StandardDefinition;
import org.ecvetledger.domain.qualification.UnitRole;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AssessmentMethod;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.LedgerRuleViolation;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.Test;

/** R11: one unit may need several assessments; the unit result rests on all of them (S22). */
class UnitResultScenariosTest {

    private static final QualificationRef BACPRO = QualificationRef.of("FR-BACPRO-ELEC", 2013);
    private static final UnitRef U33 = UnitRef.of("U33", 1);

    private static LedgerFixtures.Ledger aLedger() {
        var u33 = new AttachedUnit(
                U33,
                UnitRole.MANDATORY,
                null,
                null,
                BigDecimal.ONE,
                false,
                null,
                List.of(AssessmentMethod.CONTINUOUS_IN_COMPANY, AssessmentMethod.CONTINUOUS_IN_SCHOOL));
        var rules = new QualificationRules(
                CreditFramework.NONE,
                null,
                List.of(u33),
                new AwardRuleSet(List.of(new AwardRule.AllMandatoryUnits())),
                ZERO_TO_TWENTY);
        return new LedgerFixtures.Ledger()
                .register(LYCEE)
                .learner(LEA)
                .define(new StandardDefinition(
                        BACPRO,
                        profile(
                                "FR",
                                CatalogueFixtures.MINISTRY_FR,
                                CreditFramework.NONE,
                                null,
                                ZERO_TO_TWENTY,
                                ResitPolicy.LATEST),
                        rules))
                .publishedUnit(U33, "LO1", "LO2")
                .grant(LYCEE, InstitutionFunction.ASSESS, BACPRO)
                .grant(LYCEE, InstitutionFunction.VALIDATE, BACPRO)
                .grant(LYCEE, InstitutionFunction.RECOGNISE, BACPRO);
    }

    @Test
    void S22_a_unit_needing_two_assessments_is_recognised_only_once_both_are_recorded() {
        var ledger = aLedger();
        var journey = new PathwayJourney(ledger);
        journey.accept(new EnrolLearner(LEA, BACPRO, new Actor(LYCEE, "enrolment officer"), LocalDate.of(2024, 9, 2)));
        record(
                ledger,
                assessmentId(1),
                anAssessmentOf(LEA, BACPRO)
                        .by(HOME_TEACHER)
                        .on(LocalDate.of(2025, 3, 3))
                        .method(AssessmentMethod.CONTINUOUS_IN_COMPANY)
                        .achieving(U33, "LO1", "LO2")
                        .content());
        journey.accept(new ValidateCredit(
                LEA, BACPRO.id(), U33, List.of(), List.of(assessmentId(1)), HOME_TEACHER, LocalDate.of(2025, 3, 4)));

        var refusal = journey.refuse(new RecogniseUnit(LEA, BACPRO.id(), U33, HOME_TEACHER, LocalDate.of(2025, 3, 5)));
        assertThat(((LedgerRuleViolation) refusal).rule()).isEqualTo("assessments-incomplete");

        record(
                ledger,
                assessmentId(2),
                anAssessmentOf(LEA, BACPRO)
                        .by(HOME_TEACHER)
                        .on(LocalDate.of(2025, 5, 12))
                        .method(AssessmentMethod.CONTINUOUS_IN_SCHOOL)
                        .achieving(U33, "LO1", "LO2")
                        .content());
        journey.accept(new ValidateCredit(
                LEA, BACPRO.id(), U33, List.of(), List.of(assessmentId(2)), HOME_TEACHER, LocalDate.of(2025, 5, 13)));
        var recognised =
                journey.accept(new RecogniseUnit(LEA, BACPRO.id(), U33, HOME_TEACHER, LocalDate.of(2025, 5, 14)));

        assertThat(recognised)
                .singleElement()
                .isInstanceOfSatisfying(
                        UnitRecognised.class,
                        unit -> assertThat(unit.basis()).containsExactly(assessmentId(1), assessmentId(2)));
    }

    @Test
    void the_same_validation_twice_is_refused_but_a_further_assessment_behind_it_is_not() {
        var ledger = aLedger();
        var journey = new PathwayJourney(ledger);
        journey.accept(new EnrolLearner(LEA, BACPRO, new Actor(LYCEE, "enrolment officer"), LocalDate.of(2024, 9, 2)));
        record(
                ledger,
                assessmentId(1),
                anAssessmentOf(LEA, BACPRO)
                        .by(HOME_TEACHER)
                        .on(LocalDate.of(2025, 3, 3))
                        .method(AssessmentMethod.CONTINUOUS_IN_COMPANY)
                        .achieving(U33, "LO1", "LO2")
                        .content());
        var validate = new ValidateCredit(
                LEA, BACPRO.id(), U33, List.of(), List.of(assessmentId(1)), HOME_TEACHER, LocalDate.of(2025, 3, 4));
        journey.accept(validate);

        assertThat(((LedgerRuleViolation) journey.refuse(validate)).rule()).isEqualTo("already-validated");
    }

    @Test
    void R11_a_standard_may_grade_a_unit_with_the_mean_of_its_assessments() {
        var u33 = new AttachedUnit(U33, UnitRole.MANDATORY, null, null, BigDecimal.ONE, false, null);
        var rules = new QualificationRules(
                CreditFramework.NONE,
                null,
                List.of(u33),
                new AwardRuleSet(List.of(new AwardRule.AllMandatoryUnits())),
                ZERO_TO_TWENTY);
        var base = profile(
                "FR", CatalogueFixtures.MINISTRY_FR, CreditFramework.NONE, null, ZERO_TO_TWENTY, ResitPolicy.LATEST);
        var averaging = new org.ecvetledger.domain.qualification.QualificationProfile(
                base.title(),
                base.jurisdiction(),
                base.awardingBodies(),
                base.eqfLevel(),
                base.nqfLevel(),
                false,
                false,
                base.framework(),
                null,
                null,
                base.gradingScale(),
                ResitPolicy.LATEST,
                org.ecvetledger.domain.qualification.UnitResultRule.AVERAGE_OF_ASSESSMENTS);
        var ledger = new LedgerFixtures.Ledger()
                .register(LYCEE)
                .learner(LEA)
                .define(new StandardDefinition(BACPRO, averaging, rules))
                .publishedUnit(U33, "LO1", "LO2")
                .grant(LYCEE, InstitutionFunction.ASSESS, BACPRO)
                .grant(LYCEE, InstitutionFunction.VALIDATE, BACPRO)
                .grant(LYCEE, InstitutionFunction.RECOGNISE, BACPRO);
        var journey = new PathwayJourney(ledger);
        journey.accept(new EnrolLearner(LEA, BACPRO, new Actor(LYCEE, "enrolment officer"), LocalDate.of(2024, 9, 2)));
        record(
                ledger,
                assessmentId(1),
                anAssessmentOf(LEA, BACPRO)
                        .by(HOME_TEACHER)
                        .on(LocalDate.of(2025, 3, 3))
                        .achieving(U33, "LO1", "LO2")
                        .graded(U33, "12")
                        .content());
        record(
                ledger,
                assessmentId(2),
                anAssessmentOf(LEA, BACPRO)
                        .by(HOME_TEACHER)
                        .on(LocalDate.of(2025, 5, 3))
                        .achieving(U33, "LO1", "LO2")
                        .graded(U33, "15")
                        .content());
        journey.accept(new ValidateCredit(
                LEA,
                BACPRO.id(),
                U33,
                List.of(),
                List.of(assessmentId(1), assessmentId(2)),
                HOME_TEACHER,
                LocalDate.of(2025, 5, 4)));

        var recognised =
                journey.accept(new RecogniseUnit(LEA, BACPRO.id(), U33, HOME_TEACHER, LocalDate.of(2025, 5, 5)));

        assertThat(recognised)
                .singleElement()
                .isInstanceOfSatisfying(
                        UnitRecognised.class, unit -> assertThat(unit.grade()).isEqualByComparingTo("13.5"));
    }
}
