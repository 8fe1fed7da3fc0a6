package org.ecvetledger.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;
import org.ecvetledger.domain.accumulation.AccumulationRegistration;
import org.ecvetledger.domain.accumulation.AwardEligibilityEvaluated;
import org.ecvetledger.domain.accumulation.CreditValidationRejected;
import org.ecvetledger.domain.assessment.AssessmentRegistration;
import org.ecvetledger.domain.shared.Actor;
import org.junit.jupiter.api.Test;

/**
 * Every decision on a learner's credit says who took it (institution and person) and when it takes
 * effect, in its payload; a refusal says why (issue 5, R3, R24). The technical side — recorded time,
 * actor, request, correlation and trace ids — is on every event's metadata ({@code LedgerAuditMetadataIT}).
 */
class AuditMetadataTest {

    /** Evaluations inform; they decide nothing, so they name no actor. */
    private static final Class<?> NOT_A_DECISION = AwardEligibilityEvaluated.class;

    @Test
    void every_decision_on_a_learners_credit_names_its_actor_and_effective_date() {
        var decisions = Stream.of(AccumulationRegistration.eventTypes(), AssessmentRegistration.eventTypes())
                .flatMap(java.util.List::stream)
                .filter(type -> type != NOT_A_DECISION)
                .toList();
        assertThat(decisions).hasSizeGreaterThanOrEqualTo(8);

        for (var type : decisions) {
            assertThat(carries(type, Actor.class))
                    .as(type.getSimpleName() + " names who decided")
                    .isTrue();
            assertThat(carries(type, LocalDate.class))
                    .as(type.getSimpleName() + " names when it takes effect")
                    .isTrue();
        }
    }

    @Test
    void a_refusal_gives_its_reason() {
        assertThat(Arrays.stream(CreditValidationRejected.class.getRecordComponents())
                        .map(RecordComponent::getName))
                .contains("reason");
    }

    /** Whether the record has a component of that type, directly or one level down (an assessment's content). */
    private static boolean carries(Class<?> record, Class<?> wanted) {
        for (var component : record.getRecordComponents()) {
            if (component.getType() == wanted) {
                return true;
            }
            if (component.getType().isRecord()
                    && Arrays.stream(component.getType().getRecordComponents()).anyMatch(c -> c.getType() == wanted)) {
                return true;
            }
        }
        return false;
    }
}
