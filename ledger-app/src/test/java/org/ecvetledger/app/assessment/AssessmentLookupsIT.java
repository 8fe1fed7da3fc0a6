package org.ecvetledger.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.LookupsFromHistory;
import org.ecvetledger.app.demo.DemoCatalogue;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.ecvetledger.domain.assessment.AssessmentContent;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.AssessmentRecords;
import org.ecvetledger.domain.assessment.Evidence;
import org.ecvetledger.domain.assessment.LearningSetting;
import org.ecvetledger.domain.assessment.OutcomeResult;
import org.ecvetledger.domain.assessment.RecordAssessment;
import org.ecvetledger.domain.assessment.UnitGrade;
import org.ecvetledger.domain.learner.PersonalData;
import org.ecvetledger.domain.learner.RegisterLearner;
import org.ecvetledger.domain.learningagreement.AcceptLearningAgreementChange;
import org.ecvetledger.domain.learningagreement.AgreementParty;
import org.ecvetledger.domain.learningagreement.AssessmentArrangement;
import org.ecvetledger.domain.learningagreement.CancelLearningAgreement;
import org.ecvetledger.domain.learningagreement.CompleteLearningAgreement;
import org.ecvetledger.domain.learningagreement.DraftLearningAgreement;
import org.ecvetledger.domain.learningagreement.LearningAgreementId;
import org.ecvetledger.domain.learningagreement.LearningAgreementRegistry;
import org.ecvetledger.domain.learningagreement.LearningAgreementTerms;
import org.ecvetledger.domain.learningagreement.PlannedUnit;
import org.ecvetledger.domain.learningagreement.ProposeLearningAgreementChange;
import org.ecvetledger.domain.learningagreement.SignLearningAgreement;
import org.ecvetledger.domain.partnership.DraftMemorandum;
import org.ecvetledger.domain.partnership.MemorandumId;
import org.ecvetledger.domain.partnership.MemorandumParty;
import org.ecvetledger.domain.partnership.MemorandumScope;
import org.ecvetledger.domain.partnership.MemorandumTerms;
import org.ecvetledger.domain.partnership.SignMemorandum;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AssessmentMethod;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.LedgerRuleViolation;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The learning-agreement and assessment lookups, kept from real commands on the demo catalogue: the
 * French lycée (home) and the Munich Berufsschule (host) over BAC PRO MELEC v2013 (ADR 0004, 0005).
 */
@LedgerIT
class AssessmentLookupsIT {

    private static final InstitutionId HOME = DemoCatalogue.LYCEE_BRANLY;
    private static final InstitutionId HOST = DemoCatalogue.BERUFSSCHULE;
    private static final UnitRef U31 = UnitRef.of("U31", 1);
    private static final UnitRef U32 = UnitRef.of("U32", 1);
    private static final LocalDate SIGNED_ON = LocalDate.of(2026, 10, 1);
    private static final LocalDate ASSESSED_ON = LocalDate.of(2027, 3, 25);

    @Autowired
    DemoCatalogueLoader demoCatalogue;

    @Autowired
    CommandGateway commands;

    @Autowired
    LearningAgreementRegistry agreements;

    @Autowired
    AssessmentRecords assessments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void setUp() {
        demoCatalogue.load(); // idempotent
    }

    @Test
    void an_agreement_has_terms_in_force_from_the_last_signature() {
        var learner = aLearner();
        var agreement = aDraftAgreement(learner, anActiveMou());

        var drafted = agreements.find(agreement).orElseThrow();
        assertThat(drafted.learner()).isEqualTo(learner);
        assertThat(drafted.termsInForce()).isNull();
        assertThat(drafted.activeFrom()).isNull();
        assertThat(drafted.endedOn()).isNull();

        sign(agreement, AgreementParty.LEARNER, SIGNED_ON);
        sign(agreement, AgreementParty.HOME, SIGNED_ON);
        assertThat(agreements.find(agreement).orElseThrow().termsInForce()).isNull();
        sign(agreement, AgreementParty.HOST, SIGNED_ON.plusDays(1));

        var active = agreements.find(agreement).orElseThrow();
        assertThat(active.termsInForce()).isEqualTo(terms(List.of("LO1", "LO2", "LO3")));
        assertThat(active.activeFrom()).isEqualTo(SIGNED_ON.plusDays(1));
        assertThat(active.endedOn()).isNull();
        assertThat(active.isInForceOn(ASSESSED_ON)).isTrue();
        assertThat(agreements.find(new LearningAgreementId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void an_accepted_change_puts_its_terms_in_force() {
        var learner = aLearner();
        var agreement = anActiveAgreement(learner);
        var widened = terms(List.of("LO1", "LO2", "LO3", "LO4"));

        commands.sendAndWait(new ProposeLearningAgreementChange(
                agreement, widened, AgreementParty.HOST, "The learner also wired the switchboard"));
        assertThat(agreements.find(agreement).orElseThrow().termsInForce())
                .isEqualTo(terms(List.of("LO1", "LO2", "LO3")));
        commands.sendAndWait(new AcceptLearningAgreementChange(
                agreement, 1, AgreementParty.HOME, "Mme Durand", LocalDate.of(2027, 3, 10)));
        commands.sendAndWait(new AcceptLearningAgreementChange(
                agreement, 1, AgreementParty.LEARNER, "Léa Martin", LocalDate.of(2027, 3, 11)));

        var amended = agreements.find(agreement).orElseThrow();
        assertThat(amended.termsInForce()).isEqualTo(widened);
        assertThat(amended.activeFrom()).isEqualTo(SIGNED_ON);
    }

    @Test
    void a_cancelled_or_completed_agreement_ends_on_that_day() {
        var cancelled = anActiveAgreement(aLearner());
        commands.sendAndWait(new CancelLearningAgreement(
                cancelled, AgreementParty.HOME, LocalDate.of(2027, 2, 1), "The learner fell ill"));
        var completed = anActiveAgreement(aLearner());
        commands.sendAndWait(new CompleteLearningAgreement(completed, LocalDate.of(2027, 3, 28), List.of()));

        var cancelledStanding = agreements.find(cancelled).orElseThrow();
        assertThat(cancelledStanding.endedOn()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(cancelledStanding.isInForceOn(ASSESSED_ON)).isFalse();
        assertThat(agreements.find(completed).orElseThrow().endedOn()).isEqualTo(LocalDate.of(2027, 3, 28));
    }

    /** R5: the host assesses what the agreement lists, while it is in force; the lookup is read back whole. */
    @Test
    void an_assessment_by_the_host_under_the_agreement_is_recorded_and_read_back() {
        var learner = aLearner();
        var agreement = anActiveAgreement(learner);
        var content = hostAssessment(learner, agreement, ASSESSED_ON, results(true));
        var assessment = record(content);

        assertThat(eventsOf(assessment)).containsExactly("AssessmentRecorded");
        var found = assessments.find(assessment).orElseThrow();
        assertThat(found.assessmentId()).isEqualTo(assessment);
        assertThat(found.content()).isEqualTo(content);
        assertThat(found.flaggedAsDuplicate()).isFalse();
        assertThat(assessments.find(new AssessmentId(UUID.randomUUID()))).isEmpty();
    }

    /** S07: the same results of the same learner, by the same institution, on the same day, arrive twice. */
    @Test
    void the_same_content_again_is_flagged_as_a_possible_duplicate_of_the_first() {
        var learner = aLearner();
        var agreement = anActiveAgreement(learner);
        var first = record(hostAssessment(learner, agreement, ASSESSED_ON, results(true)));
        var reordered = new ArrayList<>(results(true));
        Collections.reverse(reordered);

        var again = record(hostAssessment(learner, agreement, ASSESSED_ON, reordered));

        assertThat(eventsOf(again)).containsExactly("PossibleDuplicateAssessmentFlagged");
        assertThat(jdbc.queryForObject(
                        "select payload -> 'duplicateOf' ->> 'value' from event_log where aggregate_id = ?",
                        String.class,
                        again.toString()))
                .isEqualTo(first.toString());
        assertThat(assessments.find(again).orElseThrow().flaggedAsDuplicate()).isTrue();
        assertThat(assessments.sameContentAs(hostAssessment(learner, agreement, ASSESSED_ON, results(true))))
                .contains(first);

        // a third submission is again a duplicate of the recorded one, never of the flagged one
        var third = record(hostAssessment(learner, agreement, ASSESSED_ON, results(true)));
        assertThat(jdbc.queryForObject(
                        "select payload -> 'duplicateOf' ->> 'value' from event_log where aggregate_id = ?",
                        String.class,
                        third.toString()))
                .isEqualTo(first.toString());
    }

    @Test
    void other_results_another_day_or_another_learner_are_no_duplicate() {
        var learner = aLearner();
        var agreement = anActiveAgreement(learner);
        record(hostAssessment(learner, agreement, ASSESSED_ON, results(true)));

        var otherResults = record(hostAssessment(learner, agreement, ASSESSED_ON, results(false)));
        var otherDay = record(hostAssessment(learner, agreement, ASSESSED_ON.minusDays(1), results(true)));
        var otherLearner = aLearner();
        var otherLearnersOwn =
                record(hostAssessment(otherLearner, anActiveAgreement(otherLearner), ASSESSED_ON, results(true)));

        assertThat(eventsOf(otherResults)).containsExactly("AssessmentRecorded");
        assertThat(eventsOf(otherDay)).containsExactly("AssessmentRecorded");
        assertThat(eventsOf(otherLearnersOwn)).containsExactly("AssessmentRecorded");
    }

    /** R5 through the lookup: outside the agreement's dates, or on outcomes it does not list, the host may not assess. */
    @Test
    void the_host_is_refused_outside_the_agreement_and_nothing_is_written() {
        var learner = aLearner();
        var agreement = anActiveAgreement(learner);

        assertRefused(hostAssessment(learner, agreement, SIGNED_ON.minusDays(1), results(true)), "la-not-active");
        assertRefused(
                hostAssessment(learner, agreement, ASSESSED_ON, List.of(new OutcomeResult(U32, "LO4", true))),
                "outside-learning-agreement");
        assertRefused(hostAssessment(aLearner(), agreement, ASSESSED_ON, results(true)), "la-not-active");
    }

    /** Agreements recorded before this lookup existed get it from their events, as the handlers keep it. */
    @Test
    void the_migration_rebuilds_the_agreements_from_the_recorded_events() {
        an_agreement_has_terms_in_force_from_the_last_signature();
        an_accepted_change_puts_its_terms_in_force();
        a_cancelled_or_completed_agreement_ends_on_that_day();

        LookupsFromHistory.assertRebuiltAsKept(
                jdbc,
                transactions,
                "select agreement_id, learner_id, version, terms::text, active_from, ended_on "
                        + "from wl_learning_agreement order by agreement_id",
                "delete from wl_learning_agreement");
    }

    private void assertRefused(AssessmentContent content, String rule) {
        var assessment = new AssessmentId(UUID.randomUUID());
        assertThatThrownBy(() -> commands.sendAndWait(new RecordAssessment(assessment, content)))
                .isInstanceOfSatisfying(
                        LedgerRuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo(rule));
        assertThat(eventsOf(assessment)).isEmpty();
        assertThat(assessments.find(assessment)).isEmpty();
    }

    private AssessmentId record(AssessmentContent content) {
        var assessment = new AssessmentId(UUID.randomUUID());
        commands.sendAndWait(new RecordAssessment(assessment, content));
        return assessment;
    }

    private List<String> eventsOf(AssessmentId assessment) {
        return jdbc.queryForList(
                "select event_type from event_log where aggregate_id = ? order by sequence_number",
                String.class,
                assessment.toString());
    }

    private static List<OutcomeResult> results(boolean lo2Achieved) {
        return List.of(
                new OutcomeResult(U31, "LO1", true),
                new OutcomeResult(U31, "LO2", lo2Achieved),
                new OutcomeResult(U32, "LO3", true));
    }

    private static AssessmentContent hostAssessment(
            LearnerId learner, LearningAgreementId agreement, LocalDate assessedOn, List<OutcomeResult> results) {
        return new AssessmentContent(
                learner,
                DemoCatalogue.BACPRO_2013,
                new Actor(HOST, "Herr Huber"),
                AssessmentMethod.PRACTICAL_TEST,
                LearningSetting.FORMAL,
                assessedOn,
                results,
                results.stream().anyMatch(r -> r.unit().equals(U31))
                        ? List.of(new UnitGrade(U31, new BigDecimal("14.5")))
                        : List.of(),
                "0–20",
                agreement,
                List.of(new Evidence("observation-sheet-U31", "a".repeat(64))),
                "ECVET assessment criteria U31, 2026");
    }

    private LearnerId aLearner() {
        var learner = new LearnerId(UUID.randomUUID());
        commands.sendAndWait(new RegisterLearner(learner, new PersonalData("Léa", "Martin", LocalDate.of(2008, 4, 2))));
        return learner;
    }

    /** An MoU between the lycée and the Berufsschule over U31 and U32, signed by both on 2026-06-15. */
    private MemorandumId anActiveMou() {
        var mou = new MemorandumId(UUID.randomUUID());
        commands.sendAndWait(new DraftMemorandum(
                mou,
                new MemorandumTerms(
                        "Branly–München electrical trades",
                        List.of(
                                new MemorandumParty(HOME, "Vocational baccalaureate", null, null, "Jury", "Dispense"),
                                new MemorandumParty(HOST, "Elektrotechnik", "Teacher's assessment", null, null, null)),
                        List.of(new MemorandumScope(DemoCatalogue.BACPRO_2013, List.of(U31, U32))),
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2030, 8, 31),
                        14,
                        90,
                        List.of())));
        for (var party : List.of(HOME, HOST)) {
            commands.sendAndWait(new SignMemorandum(mou, 1, party, "Signatory of " + party, LocalDate.of(2026, 6, 15)));
        }
        return mou;
    }

    /** Four weeks in Munich in March 2027: all of U31 and the given outcomes of U32. */
    private static LearningAgreementTerms terms(List<String> outcomesOfU32) {
        return new LearningAgreementTerms(
                HOME,
                HOST,
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 28),
                DemoCatalogue.BACPRO_2013,
                List.of(new PlannedUnit(U31, List.of(), null), new PlannedUnit(U32, outcomesOfU32, null)),
                "Wiring of a workshop distribution board",
                List.of(new AssessmentArrangement(HOST, "Practical situation observed by the teacher", "last week")),
                "Europass Mobility",
                "The home jury validates and recognises U31 on return",
                List.of(UnitRef.of("U11", 1)));
    }

    private LearningAgreementId aDraftAgreement(LearnerId learner, MemorandumId mou) {
        var agreement = new LearningAgreementId(UUID.randomUUID());
        commands.sendAndWait(
                new DraftLearningAgreement(agreement, learner, mou, terms(List.of("LO1", "LO2", "LO3")), null));
        return agreement;
    }

    /** Signed by learner, home and host on 2026-10-01 under a new active MoU. */
    private LearningAgreementId anActiveAgreement(LearnerId learner) {
        var agreement = aDraftAgreement(learner, anActiveMou());
        for (var party : AgreementParty.values()) {
            sign(agreement, party, SIGNED_ON);
        }
        return agreement;
    }

    private void sign(LearningAgreementId agreement, AgreementParty party, LocalDate on) {
        commands.sendAndWait(new SignLearningAgreement(agreement, 1, party, "Signatory for " + party, on));
    }
}
