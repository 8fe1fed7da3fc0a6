package org.ecvetledger.projections.workqueue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ecvetledger.domain.accumulation.CreditValidated;
import org.ecvetledger.domain.accumulation.CreditValidationRejected;
import org.ecvetledger.domain.accumulation.PathwayId;
import org.ecvetledger.domain.accumulation.UnitRecognised;
import org.ecvetledger.domain.assessment.AssessmentContent;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.AssessmentInvalidated;
import org.ecvetledger.domain.assessment.AssessmentRecorded;
import org.ecvetledger.domain.assessment.Evidence;
import org.ecvetledger.domain.assessment.LearningSetting;
import org.ecvetledger.domain.assessment.OutcomeResult;
import org.ecvetledger.domain.assessment.UnitGrade;
import org.ecvetledger.domain.institution.FunctionGrant;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.institution.InstitutionFunctionGranted;
import org.ecvetledger.domain.institution.InstitutionFunctionWithdrawn;
import org.ecvetledger.domain.learningagreement.LearningAgreementId;
import org.ecvetledger.domain.qualification.QualificationProfile;
import org.ecvetledger.domain.qualification.QualificationStandardDrafted;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AssessmentMethod;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.Jurisdiction;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.MultilingualText;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.projections.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class WorkQueueProjectorIT {

    private static final JdbcTemplate jdbc = ReadModelDatabase.jdbc();
    private static final InstitutionId BRANLY = new InstitutionId("FR-LYCEE-BRANLY");
    private static final InstitutionId MUENCHEN = new InstitutionId("DE-BS-MUENCHEN");
    private static final QualificationRef BACPRO = QualificationRef.of("FR-BACPRO-MELEC", 1);
    private static final UnitRef U31 = UnitRef.of("U31", 1);
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private final WorkQueueProjector projector = new WorkQueueProjector(jdbc);

    @BeforeEach
    void competentHome() {
        projector.reset();
        projector.on(new QualificationStandardDrafted(
                BACPRO,
                new QualificationProfile(
                        MultilingualText.of("en", "Électrotechnique"),
                        Jurisdiction.of("FR/IDF"),
                        List.of(BRANLY),
                        4,
                        null,
                        false,
                        false,
                        CreditFramework.NONE,
                        null,
                        null,
                        null,
                        null,
                        null),
                List.of()));
        for (var function : List.of(InstitutionFunction.VALIDATE, InstitutionFunction.RECOGNISE)) {
            projector.on(granted(BRANLY, function, "FR"));
        }
        projector.on(granted(MUENCHEN, InstitutionFunction.ASSESS, "DE"));
    }

    @Test
    void S01_assessed_credit_waits_for_the_competent_validator_then_for_recognition_then_leaves() {
        var learner = new LearnerId(UUID.randomUUID());
        var pathway = new PathwayId(learner, BACPRO.id());
        var assessment = new AssessmentId(UUID.randomUUID());
        var agreement = new LearningAgreementId(UUID.randomUUID());

        projector.on(assessed(learner, assessment, agreement, true));
        projector.on(assessed(learner, assessment, agreement, true)); // redelivered

        var queue = projector.handle(new FindWorkQueue(BRANLY));
        assertThat(queue.awaitingValidation()).hasSize(1);
        var item = queue.awaitingValidation().get(0);
        assertThat(item.learner()).isEqualTo(learner);
        assertThat(item.unit()).isEqualTo(U31);
        assertThat(item.learningOutcomes()).containsExactly("LO1", "LO2");
        var behind = item.assessments().get(0);
        assertThat(behind.assessmentId()).isEqualTo(assessment);
        assertThat(behind.assessor().institution()).isEqualTo(MUENCHEN);
        assertThat(behind.agreement()).isEqualTo(agreement);
        assertThat(behind.evidence()).containsExactly(new Evidence("doc-1", HASH));
        assertThat(behind.grade()).isEqualByComparingTo(BigDecimal.valueOf(14));
        assertThat(behind.gradingScheme()).isEqualTo("0-20");
        assertThat(queue.awaitingRecognition()).isEmpty();
        assertThat(projector.handle(new FindWorkQueue(MUENCHEN)).awaitingValidation())
                .as("the host assesses; it is not competent to validate (P1)")
                .isEmpty();

        var validated = new CreditValidated(
                pathway, U31, List.of("LO1", "LO2"), List.of(assessment), officer(BRANLY), LocalDate.of(2027, 4, 10));
        projector.on(validated);
        projector.on(validated);
        queue = projector.handle(new FindWorkQueue(BRANLY));
        assertThat(queue.awaitingValidation()).isEmpty();
        assertThat(queue.awaitingRecognition()).hasSize(1);
        assertThat(queue.awaitingRecognition().get(0).learningOutcomes()).containsExactly("LO1", "LO2");
        assertThat(queue.awaitingRecognition().get(0).assessments())
                .extracting(QueuedAssessmentView::assessmentId)
                .containsExactly(assessment);

        projector.on(new UnitRecognised(
                pathway,
                BACPRO,
                U31,
                null,
                BigDecimal.valueOf(14),
                false,
                List.of(assessment),
                officer(BRANLY),
                LocalDate.of(2027, 4, 12),
                null));
        queue = projector.handle(new FindWorkQueue(BRANLY));
        assertThat(queue.awaitingValidation()).isEmpty();
        assertThat(queue.awaitingRecognition()).isEmpty();
    }

    @Test
    void rejected_invalidated_or_failed_assessments_wait_for_nobody() {
        var learner = new LearnerId(UUID.randomUUID());
        var rejected = new AssessmentId(UUID.randomUUID());
        var invalidated = new AssessmentId(UUID.randomUUID());
        var failed = new AssessmentId(UUID.randomUUID());
        projector.on(assessed(learner, rejected, null, true));
        projector.on(assessed(learner, invalidated, null, true));
        projector.on(assessed(learner, failed, null, false));

        projector.on(new CreditValidationRejected(
                new PathwayId(learner, BACPRO.id()),
                U31,
                List.of(),
                List.of(rejected),
                officer(BRANLY),
                LocalDate.of(2027, 4, 10),
                "LO_NOT_IN_HOME_STANDARD"));
        projector.on(new AssessmentInvalidated(
                invalidated, learner, "assessor not authorised", officer(MUENCHEN), LocalDate.of(2027, 4, 11)));

        assertThat(projector.handle(new FindWorkQueue(BRANLY)).awaitingValidation())
                .isEmpty();
    }

    @Test
    void a_withdrawn_function_empties_the_queue_of_that_institution() {
        var learner = new LearnerId(UUID.randomUUID());
        projector.on(assessed(learner, new AssessmentId(UUID.randomUUID()), null, true));
        assertThat(projector.handle(new FindWorkQueue(BRANLY)).awaitingValidation())
                .hasSize(1);

        projector.on(new InstitutionFunctionWithdrawn(
                BRANLY,
                new FunctionGrant(InstitutionFunction.VALIDATE, null, Jurisdiction.of("FR")),
                LocalDate.of(2027, 1, 1),
                "reorganised"));

        assertThat(projector.handle(new FindWorkQueue(BRANLY)).awaitingValidation())
                .isEmpty();
    }

    private static InstitutionFunctionGranted granted(
            InstitutionId institution, InstitutionFunction function, String jurisdiction) {
        return new InstitutionFunctionGranted(
                institution,
                new FunctionGrant(function, null, Jurisdiction.of(jurisdiction)),
                LocalDate.of(2020, 1, 1));
    }

    private static AssessmentRecorded assessed(
            LearnerId learner, AssessmentId id, LearningAgreementId agreement, boolean achieved) {
        return new AssessmentRecorded(
                id,
                new AssessmentContent(
                        learner,
                        BACPRO,
                        officer(MUENCHEN),
                        AssessmentMethod.PRACTICAL_TEST,
                        LearningSetting.FORMAL,
                        LocalDate.of(2027, 3, 25),
                        List.of(new OutcomeResult(U31, "LO2", achieved), new OutcomeResult(U31, "LO1", achieved)),
                        List.of(new UnitGrade(U31, BigDecimal.valueOf(14))),
                        "0-20",
                        agreement,
                        List.of(new Evidence("doc-1", HASH)),
                        null));
    }

    private static Actor officer(InstitutionId institution) {
        return new Actor(institution, "Officer of " + institution.value());
    }
}
