package org.ecvetledger.domain.assessment;

import static org.ecvetledger.domain.assessment.LedgerFixtures.BACPRO_ELEC;
import static org.ecvetledger.domain.assessment.LedgerFixtures.HOME_TEACHER;
import static org.ecvetledger.domain.assessment.LedgerFixtures.MARCO;
import static org.ecvetledger.domain.assessment.LedgerFixtures.U31;
import static org.ecvetledger.domain.assessment.LedgerFixtures.aMobilityLedger;
import static org.ecvetledger.domain.assessment.LedgerFixtures.anAssessmentOf;
import static org.ecvetledger.domain.assessment.LedgerFixtures.assessmentId;
import static org.ecvetledger.domain.catalogue.RuleViolations.violates;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class AssessmentLearnerTest {

    @Test
    void only_a_registered_learner_can_be_assessed() {
        var fixture = new AggregateTestFixture<>(Assessment.class);
        fixture.registerInjectableResource(aMobilityLedger());
        var content = anAssessmentOf(MARCO, BACPRO_ELEC)
                .by(HOME_TEACHER)
                .on(LocalDate.of(2024, 3, 15))
                .achieving(U31, "LO1")
                .content();

        fixture.givenNoPriorActivity()
                .when(new RecordAssessment(assessmentId(99), content))
                .expectNoEvents()
                .expectException(violates("unknown-learner"));
    }
}
