package org.ecvetledger.domain.priorlearning;

import static org.ecvetledger.domain.assessment.LedgerFixtures.anAssessmentOf;
import static org.ecvetledger.domain.assessment.LedgerFixtures.assessmentId;
import static org.ecvetledger.domain.assessment.LedgerFixtures.profile;
import static org.ecvetledger.domain.assessment.LedgerFixtures.record;
import static org.ecvetledger.domain.catalogue.RuleViolations.violates;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ecvetledger.domain.assessment.Evidence;
import org.ecvetledger.domain.assessment.LearningSetting;
import org.ecvetledger.domain.assessment.LedgerFixtures;
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
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.Test;

/** DOMAIN c4: a recognition-of-prior-learning case, from opening to the individual training plan (S14, S15). */
class RplCaseTest {

    private static final LearnerId MARCO = LearnerId.of("01a21e00-0000-7000-8000-0000000000e1");
    private static final QualificationRef OSS = QualificationRef.of("IT-LOMBARDIA-OSS", 1);
    private static final InstitutionId REGION = new InstitutionId("IT-REGIONE-LOMBARDIA");
    private static final InstitutionId PROVIDER = new InstitutionId("IT-ENAIP-MILANO");
    private static final Actor REGION_OFFICER = new Actor(REGION, "dott.ssa Colombo");
    private static final Actor PROVIDER_ASSESSOR = new Actor(PROVIDER, "prof. Bianchi");
    private static final UnitRef ASA_01 = UnitRef.of("ASA-01", 1);
    private static final UnitRef ASA_02 = UnitRef.of("ASA-02", 1);
    private static final RplCaseId CASE = new RplCaseId(UUID.fromString("01a2c000-0000-7000-8000-000000000001"));
    private static final LocalDate OPENED = LocalDate.of(2025, 1, 15);
    private static final Evidence PORTFOLIO = new Evidence("PORTFOLIO-MARCO", "b".repeat(64));

    private static LedgerFixtures.Ledger lombardy() {
        var units = List.of(unit(ASA_01), unit(ASA_02));
        return new LedgerFixtures.Ledger()
                .register(REGION, PROVIDER)
                .learner(MARCO)
                .define(new StandardDefinition(
                        OSS,
                        profile(
                                "IT/Lombardia",
                                REGION,
                                CreditFramework.ECVET,
                                CreditPoints.of(60),
                                null,
                                ResitPolicy.LATEST),
                        new QualificationRules(
                                CreditFramework.ECVET,
                                CreditPoints.of(60),
                                units,
                                new AwardRuleSet(List.of(
                                        new AwardRule.AllMandatoryUnits(), new AwardRule.FinalExaminationRequired())),
                                null)))
                .publishedUnit(ASA_01, "LO1", "LO2")
                .publishedUnit(ASA_02, "LO1", "LO2")
                .grant(REGION, InstitutionFunction.VALIDATE, OSS)
                .grant(PROVIDER, InstitutionFunction.ASSESS, OSS);
    }

    private static AttachedUnit unit(UnitRef unit) {
        return new AttachedUnit(unit, UnitRole.MANDATORY, null, CreditPoints.of(30), null, false, null);
    }

    private static FixtureConfiguration<RplCase> fixture(LedgerFixtures.Ledger ledger) {
        var fixture = new AggregateTestFixture<>(RplCase.class);
        fixture.registerInjectableResource(ledger);
        return fixture;
    }

    private static RPLCaseOpened opened() {
        return new RPLCaseOpened(CASE, MARCO, OSS, List.of(ASA_01, ASA_02), REGION_OFFICER, "job centre", OPENED);
    }

    private static EvidenceSubmitted evidence() {
        return new EvidenceSubmitted(CASE, List.of(PORTFOLIO), REGION_OFFICER, OPENED.plusDays(3));
    }

    @Test
    void S14_a_case_is_opened_for_every_unit_of_the_standard_by_an_institution_that_validates() {
        fixture(lombardy())
                .givenNoPriorActivity()
                .when(new OpenRplCase(CASE, MARCO, OSS, List.of(), REGION_OFFICER, " job centre ", OPENED))
                .expectEvents(opened());
    }

    @Test
    void only_a_competent_institution_holding_validate_opens_a_case() {
        fixture(lombardy())
                .givenNoPriorActivity()
                .when(new OpenRplCase(CASE, MARCO, OSS, List.of(ASA_01), PROVIDER_ASSESSOR, null, OPENED))
                .expectNoEvents()
                .expectException(violates("not-authorised"));
    }

    @Test
    void S14_evidence_is_kept_by_reference_and_hash() {
        fixture(lombardy())
                .given(opened())
                .when(new SubmitEvidence(CASE, List.of(PORTFOLIO), REGION_OFFICER, OPENED.plusDays(3)))
                .expectEvents(evidence());
    }

    @Test
    void S15_the_gap_analysis_lists_each_outcome_met_or_missing_from_informal_assessments() {
        var ledger = lombardy();
        var simulation = assessmentId(501);
        record(
                ledger,
                simulation,
                anAssessmentOf(MARCO, OSS)
                        .by(PROVIDER_ASSESSOR)
                        .setting(LearningSetting.INFORMAL)
                        .on(OPENED.plusDays(10))
                        .achieving(ASA_01, "LO1", "LO2")
                        .achieving(ASA_02, "LO1")
                        .notAchieving(ASA_02, "LO2")
                        .content());
        fixture(ledger)
                .given(opened(), evidence())
                .when(new CompleteGapAnalysis(CASE, List.of(simulation), REGION_OFFICER, OPENED.plusDays(20)))
                .expectEvents(new GapAnalysisCompleted(
                        CASE,
                        List.of("ASA-01@1/LO1", "ASA-01@1/LO2", "ASA-02@1/LO1"),
                        List.of("ASA-02@1/LO2"),
                        List.of(simulation),
                        REGION_OFFICER,
                        OPENED.plusDays(20)));
    }

    @Test
    void a_gap_analysis_weighs_only_non_formal_and_informal_learning() {
        var ledger = lombardy();
        var school = assessmentId(502);
        record(
                ledger,
                school,
                anAssessmentOf(MARCO, OSS)
                        .by(PROVIDER_ASSESSOR)
                        .setting(LearningSetting.FORMAL)
                        .on(OPENED.plusDays(10))
                        .achieving(ASA_01, "LO1")
                        .content());
        fixture(ledger)
                .given(opened(), evidence())
                .when(new CompleteGapAnalysis(CASE, List.of(school), REGION_OFFICER, OPENED.plusDays(20)))
                .expectNoEvents()
                .expectException(violates("not-prior-learning"));
    }

    @Test
    void a_gap_analysis_needs_evidence_first() {
        fixture(lombardy())
                .given(opened())
                .when(new CompleteGapAnalysis(CASE, List.of(assessmentId(503)), REGION_OFFICER, OPENED))
                .expectNoEvents()
                .expectException(violates("evidence-missing"));
    }

    @Test
    void S15_the_individual_training_plan_covers_the_missing_outcomes_once() {
        var gap = new GapAnalysisCompleted(
                CASE,
                List.of("ASA-01@1/LO1"),
                List.of("ASA-01@1/LO2", "ASA-02@1/LO1"),
                List.of(assessmentId(504)),
                REGION_OFFICER,
                OPENED.plusDays(20));
        fixture(lombardy())
                .given(opened(), evidence(), gap)
                .when(new IssueIndividualTrainingPlan(CASE, "PFI-2025/7", REGION_OFFICER, OPENED.plusDays(21)))
                .expectEvents(new IndividualTrainingPlanIssued(
                        CASE,
                        "PFI-2025/7",
                        List.of("ASA-01@1/LO2", "ASA-02@1/LO1"),
                        REGION_OFFICER,
                        OPENED.plusDays(21)));
        fixture(lombardy())
                .given(
                        opened(),
                        evidence(),
                        gap,
                        new IndividualTrainingPlanIssued(
                                CASE, "PFI-2025/7", gap.missingOutcomes(), REGION_OFFICER, OPENED.plusDays(21)))
                .when(new IssueIndividualTrainingPlan(CASE, "PFI-2025/8", REGION_OFFICER, OPENED.plusDays(22)))
                .expectNoEvents()
                .expectException(violates("plan-already-issued"));
    }

    @Test
    void a_training_plan_follows_a_gap_analysis_and_only_the_case_institution_issues_it() {
        fixture(lombardy())
                .given(opened(), evidence())
                .when(new IssueIndividualTrainingPlan(CASE, "PFI-1", REGION_OFFICER, OPENED))
                .expectNoEvents()
                .expectException(violates("gap-analysis-missing"));
        fixture(lombardy())
                .given(opened())
                .when(new SubmitEvidence(CASE, List.of(PORTFOLIO), PROVIDER_ASSESSOR, OPENED))
                .expectNoEvents()
                .expectException(violates("not-authorised"));
    }
}
