package org.ecvetledger.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecvetledger.domain.assessment.LedgerFixtures.AGREEMENT;
import static org.ecvetledger.domain.assessment.LedgerFixtures.BACPRO_ELEC;
import static org.ecvetledger.domain.assessment.LedgerFixtures.HOME_TEACHER;
import static org.ecvetledger.domain.assessment.LedgerFixtures.HOST_ASSESSOR;
import static org.ecvetledger.domain.assessment.LedgerFixtures.LEA;
import static org.ecvetledger.domain.assessment.LedgerFixtures.MARCO;
import static org.ecvetledger.domain.assessment.LedgerFixtures.U31;
import static org.ecvetledger.domain.assessment.LedgerFixtures.aMobilityLedger;
import static org.ecvetledger.domain.assessment.LedgerFixtures.anAssessmentOf;
import static org.ecvetledger.domain.assessment.LedgerFixtures.assessmentId;

import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.ecvetledger.domain.shared.LedgerRuleViolation;
import org.junit.jupiter.api.Test;

/**
 * {@link AssessmentRules} is the statement of the recording rules a bulk import's dry run asks
 * (ADR 0019): for every content, it refuses exactly when, and with exactly the rule with which, the
 * {@code Assessment} aggregate refuses to record it.
 */
class AssessmentRulesTest {

    @Test
    void the_rules_refuse_what_the_aggregate_refuses_with_the_same_rule_and_nothing_else() {
        var ledger = aMobilityLedger();
        var cases = Map.of(
                "recordable by the home",
                anAssessmentOf(LEA, BACPRO_ELEC)
                        .by(HOME_TEACHER)
                        .achieving(U31, "LO1", "LO2")
                        .graded(U31, "12")
                        .content(),
                "host under the agreement",
                anAssessmentOf(LEA, BACPRO_ELEC)
                        .by(HOST_ASSESSOR)
                        .underAgreement(AGREEMENT)
                        .achieving(U31, "LO3")
                        .content(),
                "host without agreement",
                anAssessmentOf(LEA, BACPRO_ELEC)
                        .by(HOST_ASSESSOR)
                        .achieving(U31, "LO1")
                        .content(),
                "grade above the scale",
                anAssessmentOf(LEA, BACPRO_ELEC)
                        .by(HOME_TEACHER)
                        .achieving(U31, "LO1")
                        .graded(U31, "21")
                        .content(),
                "unknown outcome",
                anAssessmentOf(LEA, BACPRO_ELEC)
                        .by(HOME_TEACHER)
                        .achieving(U31, "LO9")
                        .content(),
                "unregistered learner",
                anAssessmentOf(MARCO, BACPRO_ELEC)
                        .by(HOME_TEACHER)
                        .achieving(U31, "LO1")
                        .content());
        var expected = Map.of(
                "recordable by the home", "",
                "host under the agreement", "",
                "host without agreement", "not-authorised",
                "grade above the scale", "grade-outside-scale",
                "unknown outcome", "unknown-learning-outcome",
                "unregistered learner", "unknown-learner");

        int n = 0;
        for (var entry : cases.entrySet()) {
            var content = entry.getValue();
            var rule = expected.get(entry.getKey());
            var fixture = new AggregateTestFixture<>(Assessment.class);
            fixture.registerInjectableResource(ledger);
            var when = fixture.givenNoPriorActivity().when(new RecordAssessment(assessmentId(++n), content));
            if (rule.isEmpty()) {
                AssessmentRules.requireRecordable(content, ledger, ledger, ledger, ledger, ledger);
                when.expectSuccessfulHandlerExecution();
            } else {
                assertThatThrownBy(() ->
                                AssessmentRules.requireRecordable(content, ledger, ledger, ledger, ledger, ledger))
                        .as(entry.getKey())
                        .isInstanceOf(LedgerRuleViolation.class)
                        .satisfies(e ->
                                assertThat(((LedgerRuleViolation) e).rule()).isEqualTo(rule));
                when.expectNoEvents().expectException(LedgerRuleViolation.class);
                when.expectExceptionMessage(ruleMessage(content, ledger));
            }
        }
    }

    /** The aggregate's refusal carries the same sentence as the rules' one. */
    private static String ruleMessage(AssessmentContent content, LedgerFixtures.Ledger ledger) {
        try {
            AssessmentRules.requireRecordable(content, ledger, ledger, ledger, ledger, ledger);
            return "";
        } catch (LedgerRuleViolation violation) {
            return violation.getMessage();
        }
    }
}
