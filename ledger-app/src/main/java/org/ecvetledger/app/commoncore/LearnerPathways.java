package org.ecvetledger.app.commoncore;

import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.ecvetledger.app.assessment.AssessmentLookups;
import org.ecvetledger.domain.accumulation.LearnerEnrolled;
import org.ecvetledger.domain.accumulation.PathwayDirectory;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The qualifications each learner is enrolled in and the units they hold in them, for the
 * common-core policy (ADR 0016) and a transfer request: a write-side lookup kept in the enrolment's transaction
 * (subscribing processor), never exposed by a query.
 */
@Component
@ProcessingGroup(AssessmentLookups.PROCESSING_GROUP)
class LearnerPathways implements PathwayDirectory {

    private final JdbcTemplate jdbc;

    LearnerPathways(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(LearnerEnrolled event) {
        jdbc.update(
                "insert into wl_learner_pathway (pathway_id, learner_id, qualification_id) values (?, ?, ?) "
                        + "on conflict do nothing",
                event.pathway().toString(),
                event.pathway().learner().value(),
                event.pathway().qualification().value());
    }

    @Override
    public boolean isEnrolled(LearnerId learner, QualificationId qualification) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from wl_learner_pathway where learner_id = ? and qualification_id = ?)",
                Boolean.class,
                learner.value(),
                qualification.value()));
    }

    /** Every qualification the learner is enrolled in, in a stable order. */
    List<QualificationId> qualificationsOf(LearnerId learner) {
        return jdbc.query(
                "select qualification_id from wl_learner_pathway where learner_id = ? order by qualification_id",
                (row, n) -> new QualificationId(row.getString(1)),
                learner.value());
    }

    /** Every unit the learner holds by a standing recognition (or full transfer), with its qualification. */
    List<Map.Entry<QualificationId, UnitRef>> unitsHeld(LearnerId learner) {
        return jdbc.query(
                """
                select p.qualification_id, r.unit_ref from wl_unit_recognition r
                  join wl_learner_pathway p on p.pathway_id = r.pathway_id
                 where p.learner_id = ? order by 1, 2
                """,
                (row, n) -> Map.entry(new QualificationId(row.getString(1)), UnitRef.parse(row.getString(2))),
                learner.value());
    }
}
