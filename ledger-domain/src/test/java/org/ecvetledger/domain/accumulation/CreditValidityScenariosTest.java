package org.ecvetledger.domain.accumulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.domain.assessment.LedgerFixtures.HOME_TEACHER;
import static org.ecvetledger.domain.assessment.LedgerFixtures.LEA;
import static org.ecvetledger.domain.assessment.LedgerFixtures.LYCEE;
import static org.ecvetledger.domain.assessment.LedgerFixtures.anAssessmentOf;
import static org.ecvetledger.domain.assessment.LedgerFixtures.assessmentId;
import static org.ecvetledger.domain.assessment.LedgerFixtures.profile;
import static org.ecvetledger.domain.assessment.LedgerFixtures.record;

import java.time.LocalDate;
import java.time.Period;
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
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.LedgerRuleViolation;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.Test;

/**
 * R13, validity in time: credit older than its unit's validity does not count at the award, and it
 * can be validated and recognised again from a new assessment; the award counts only valid credit.
 */
class CreditValidityScenariosTest {

    private static final QualificationRef CARE = QualificationRef.of("MT-CARE-4", 1);
    private static final UnitRef FIRST_AID = UnitRef.of("FIRST-AID", 1);
    private static final UnitRef CORE = UnitRef.of("CORE", 1);
    private static final Actor MINISTRY = new Actor(CatalogueFixtures.MINISTRY_FR, "M. Lefèvre");

    /** CORE (60 points, mandatory) and FIRST-AID (10 points, optional or mandatory, valid for {@code validity}). */
    private static LedgerFixtures.Ledger aLedger(UnitRole firstAidRole, Period validity) {
        var rules = new QualificationRules(
                CreditFramework.ECVET,
                CreditPoints.of(60),
                List.of(
                        new AttachedUnit(CORE, UnitRole.MANDATORY, null, CreditPoints.of(60), null, false, null),
                        new AttachedUnit(FIRST_AID, firstAidRole, null, CreditPoints.of(10), null, false, validity)),
                new AwardRuleSet(List.of(
                        new AwardRule.AllMandatoryUnits(),
                        new AwardRule.MinimumPoints(CreditPoints.of(60)),
                        new AwardRule.UnitValidityInTime())),
                null);
        return new LedgerFixtures.Ledger()
                .register(LYCEE)
                .learner(LEA)
                .define(new StandardDefinition(
                        CARE,
                        profile(
                                "MT",
                                CatalogueFixtures.MINISTRY_FR,
                                CreditFramework.ECVET,
                                CreditPoints.of(60),
                                null,
                                ResitPolicy.LATEST),
                        rules))
                .publishedUnit(CORE, "LO1")
                .publishedUnit(FIRST_AID, "LO1")
                .grant(LYCEE, InstitutionFunction.ASSESS, CARE)
                .grant(LYCEE, InstitutionFunction.VALIDATE, CARE)
                .grant(LYCEE, InstitutionFunction.RECOGNISE, CARE)
                .grant(CatalogueFixtures.MINISTRY_FR, InstitutionFunction.AWARD, CARE);
    }

    private static PathwayJourney enrolled(LedgerFixtures.Ledger ledger) {
        var journey = new PathwayJourney(ledger);
        journey.accept(new EnrolLearner(LEA, CARE, new Actor(LYCEE, "enrolment officer"), LocalDate.of(2020, 9, 1)));
        return journey;
    }

    private static void assessValidateRecognise(
            LedgerFixtures.Ledger ledger, PathwayJourney journey, UnitRef unit, int assessment, LocalDate on) {
        record(
                ledger,
                assessmentId(assessment),
                anAssessmentOf(LEA, CARE)
                        .by(HOME_TEACHER)
                        .on(on)
                        .achieving(unit, "LO1")
                        .content());
        journey.accept(new ValidateCredit(
                LEA, CARE.id(), unit, List.of(), List.of(assessmentId(assessment)), HOME_TEACHER, on.plusDays(1)));
        journey.accept(new RecogniseUnit(LEA, CARE.id(), unit, HOME_TEACHER, on.plusDays(2)));
    }

    @Test
    void R13_expired_credit_does_not_count_and_can_be_validated_and_recognised_again() {
        var ledger = aLedger(UnitRole.MANDATORY, Period.ofYears(3));
        var journey = enrolled(ledger);
        assessValidateRecognise(ledger, journey, FIRST_AID, 1, LocalDate.of(2021, 3, 10));
        assessValidateRecognise(ledger, journey, CORE, 2, LocalDate.of(2025, 6, 2));

        var refusal =
                journey.refuse(new AwardQualification(LEA, CARE.id(), MINISTRY, LocalDate.of(2025, 9, 1), "decree"));
        assertThat(((LedgerRuleViolation) refusal).rule()).isEqualTo("not-eligible");

        // while valid, the same unit takes no second recognition (R14); once expired, a new cycle is allowed
        assessValidateRecognise(ledger, journey, FIRST_AID, 3, LocalDate.of(2025, 6, 10));
        var awarded =
                journey.accept(new AwardQualification(LEA, CARE.id(), MINISTRY, LocalDate.of(2025, 9, 1), "decree"));

        assertThat(awarded).singleElement().isInstanceOfSatisfying(QualificationAwarded.class, award -> {
            assertThat(award.unitsCounted()).containsExactlyInAnyOrder(FIRST_AID, CORE);
            assertThat(award.pointsTotal()).isEqualTo(CreditPoints.of(70));
        });
    }

    @Test
    void R14_a_unit_still_valid_takes_no_second_validation_or_recognition() {
        var ledger = aLedger(UnitRole.MANDATORY, Period.ofYears(3));
        var journey = enrolled(ledger);
        assessValidateRecognise(ledger, journey, FIRST_AID, 1, LocalDate.of(2024, 3, 10));
        record(
                ledger,
                assessmentId(2),
                anAssessmentOf(LEA, CARE)
                        .by(HOME_TEACHER)
                        .on(LocalDate.of(2025, 1, 10))
                        .achieving(FIRST_AID, "LO1")
                        .content());

        var validation = journey.refuse(new ValidateCredit(
                LEA,
                CARE.id(),
                FIRST_AID,
                List.of(),
                List.of(assessmentId(2)),
                HOME_TEACHER,
                LocalDate.of(2025, 1, 11)));
        var recognition =
                journey.refuse(new RecogniseUnit(LEA, CARE.id(), FIRST_AID, HOME_TEACHER, LocalDate.of(2025, 1, 12)));

        assertThat(((LedgerRuleViolation) validation).rule()).isEqualTo("already-recognised");
        assertThat(((LedgerRuleViolation) recognition).rule()).isEqualTo("already-recognised");
    }

    @Test
    void R13_the_award_counts_only_credit_valid_on_its_date() {
        var ledger = aLedger(UnitRole.OPTIONAL, Period.ofYears(1));
        var journey = enrolled(ledger);
        assessValidateRecognise(ledger, journey, FIRST_AID, 1, LocalDate.of(2020, 10, 5));
        assessValidateRecognise(ledger, journey, CORE, 2, LocalDate.of(2025, 6, 2));

        var awarded =
                journey.accept(new AwardQualification(LEA, CARE.id(), MINISTRY, LocalDate.of(2025, 9, 1), "decree"));

        assertThat(awarded).singleElement().isInstanceOfSatisfying(QualificationAwarded.class, award -> {
            assertThat(award.unitsCounted()).containsExactly(CORE);
            assertThat(award.pointsTotal()).isEqualTo(CreditPoints.of(60));
        });
    }
}
