package org.ecvetledger.projections.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ecvetledger.domain.accumulation.LearnerEnrolled;
import org.ecvetledger.domain.accumulation.PathwayId;
import org.ecvetledger.domain.accumulation.UnitRecognised;
import org.ecvetledger.domain.accumulation.UnitRecognitionRevoked;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.projections.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class EnrolmentProjectorIT {

    private static final JdbcTemplate jdbc = ReadModelDatabase.jdbc();
    private static final InstitutionId BRANLY = new InstitutionId("FR-LYCEE-BRANLY");
    private final EnrolmentProjector projector = new EnrolmentProjector(jdbc);

    @BeforeEach
    void reset() {
        projector.reset();
    }

    @Test
    void a_learner_enrolled_in_two_qualifications_sees_both_in_date_order() {
        var learner = new LearnerId(UUID.randomUUID());
        var bacpro = QualificationRef.of("FR-BACPRO-MELEC", 1);
        var malta = QualificationRef.of("MT-HSC-MQF4", 1);

        projector.on(enrolled(learner, malta, LocalDate.of(2025, 1, 6)), 0);
        projector.on(enrolled(learner, bacpro, LocalDate.of(2024, 9, 2)), 0);

        assertThat(projector.handle(new FindEnrolments(learner)))
                .containsExactly(
                        new EnrolmentView(learner, bacpro, BRANLY, LocalDate.of(2024, 9, 2)),
                        new EnrolmentView(learner, malta, BRANLY, LocalDate.of(2025, 1, 6)));
        assertThat(projector.handle(new FindEnrolments(new LearnerId(UUID.randomUUID()))))
                .isEmpty();
    }

    @Test
    void redelivery_changes_nothing() {
        var learner = new LearnerId(UUID.randomUUID());
        var event = enrolled(learner, QualificationRef.of("FR-BACPRO-MELEC", 1), LocalDate.of(2024, 9, 2));

        projector.on(event, 0);
        projector.on(event, 0);

        assertThat(projector.handle(new FindEnrolments(learner))).hasSize(1);
    }

    @Test
    void S11_a_revoked_recognition_leaves_the_units_held_at_once_and_a_new_recognition_brings_it_back() {
        var learner = new LearnerId(UUID.randomUUID());
        var bacpro = QualificationRef.of("FR-BACPRO-MELEC", 1);
        var pathway = new PathwayId(learner, bacpro.id());
        var u31 = UnitRef.of("U31", 1);
        var u12 = UnitRef.of("U12", 1);
        var may = LocalDate.of(2025, 5, 2);
        var query = new FindRecognisedUnits(learner, bacpro.id(), LocalDate.of(2025, 9, 1));

        projector.on(recognised(pathway, bacpro, u31, may), 2);
        projector.on(recognised(pathway, bacpro, u12, may), 4);
        projector.on(revoked(pathway, bacpro, u31, false), 6);
        projector.on(revoked(pathway, bacpro, u12, true), 7);
        assertThat(projector.handle(query)).containsExactly(u12);

        projector.on(revoked(pathway, bacpro, u31, false), 6);
        assertThat(projector.handle(query)).containsExactly(u12);

        projector.on(recognised(pathway, bacpro, u31, may.plusMonths(1)), 9);
        assertThat(projector.handle(query)).containsExactly(u12, u31);
    }

    private static UnitRecognised recognised(PathwayId pathway, QualificationRef standard, UnitRef unit, LocalDate on) {
        return new UnitRecognised(
                pathway, standard, unit, null, null, false, List.of(), new Actor(BRANLY, "jury"), on, null);
    }

    private static UnitRecognitionRevoked revoked(
            PathwayId pathway, QualificationRef standard, UnitRef unit, boolean partOfUnit) {
        return new UnitRecognitionRevoked(
                pathway,
                standard,
                unit,
                null,
                partOfUnit,
                List.of("LO1"),
                null,
                null,
                new Actor(BRANLY, "jury"),
                LocalDate.of(2025, 8, 1),
                "the assessor was not authorised");
    }

    private static LearnerEnrolled enrolled(LearnerId learner, QualificationRef standard, LocalDate on) {
        return new LearnerEnrolled(
                new PathwayId(learner, standard.id()), standard, new Actor(BRANLY, "enrolment officer"), on);
    }
}
