package org.ecvetledger.app.assessment;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.ecvetledger.domain.accumulation.CommonCoreUnitCounted;
import org.ecvetledger.domain.accumulation.CreditTransferred;
import org.ecvetledger.domain.accumulation.CreditValidated;
import org.ecvetledger.domain.accumulation.PathwayId;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which learner pathways rest a validation on an assessment (R25, ADR 0010), kept in the
 * transaction of the validation itself (the assessment lookups' subscribing processor): the cascade
 * after a correction or an invalidation asks it which pathways to tell.
 */
@Component
@ProcessingGroup(AssessmentLookups.PROCESSING_GROUP)
public class AssessmentReliance {

    private final JdbcTemplate jdbc;

    AssessmentReliance(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every pathway whose validations have rested on the assessment, in a stable order. */
    public List<PathwayId> pathwaysRestingOn(AssessmentId assessment) {
        return jdbc.query(
                "select pathway_id from wl_assessment_reliance where assessment_id = ? order by pathway_id",
                (row, n) -> {
                    var id = row.getString(1);
                    var slash = id.indexOf('/');
                    return new PathwayId(
                            LearnerId.of(id.substring(0, slash)), new QualificationId(id.substring(slash + 1)));
                },
                assessment.value());
    }

    @EventHandler
    void on(CreditValidated event) {
        rely(event.pathway(), event.basis());
    }

    /** A transferred unit rests on the assessments behind its source recognition (ADR 0016). */
    @EventHandler
    void on(CreditTransferred event) {
        rely(event.pathway(), event.sourceBasis());
    }

    /** A common-core unit counted here rests on its recognition's assessments (ADR 0016). */
    @EventHandler
    void on(CommonCoreUnitCounted event) {
        rely(event.pathway(), event.sourceBasis());
    }

    private void rely(PathwayId pathway, List<AssessmentId> basis) {
        for (var assessment : basis) {
            jdbc.update(
                    "insert into wl_assessment_reliance (assessment_id, pathway_id) values (?, ?) on conflict do nothing",
                    assessment.value(),
                    pathway.toString());
        }
    }
}
