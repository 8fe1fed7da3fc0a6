package org.ecvetledger.app.appeal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.ecvetledger.app.assessment.AssessmentLookups;
import org.ecvetledger.domain.accumulation.CreditTransferred;
import org.ecvetledger.domain.accumulation.PathwayId;
import org.ecvetledger.domain.accumulation.RecognitionRecord;
import org.ecvetledger.domain.accumulation.RecognitionRecords;
import org.ecvetledger.domain.accumulation.UnitRecognised;
import org.ecvetledger.domain.accumulation.UnitRecognitionRevoked;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The recognitions that stand, for an appeal against one (its effective date starts the window) or a
 * transfer from one (its points and grade, ADR 0013),
 * kept in the transaction of the pathway's events by the write-side lookups' subscribing processor.
 */
@Component
@ProcessingGroup(AssessmentLookups.PROCESSING_GROUP)
class RecognitionLookups implements RecognitionRecords {

    private final JdbcTemplate jdbc;

    RecognitionLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RecognitionRecord> find(LearnerId learner, QualificationId qualification, UnitRef unit) {
        return jdbc
                .query(
                        "select standard_ref, effective_date, recognised_by, points, grade from wl_unit_recognition "
                                + "where pathway_id = ? and unit_ref = ?",
                        (row, n) -> {
                            var standard = row.getString(1);
                            var at = standard.lastIndexOf('@');
                            return new RecognitionRecord(
                                    QualificationRef.of(
                                            standard.substring(0, at), Integer.parseInt(standard.substring(at + 1))),
                                    row.getObject(2, LocalDate.class),
                                    new InstitutionId(row.getString(3)),
                                    row.getBigDecimal(4) == null ? null : new CreditPoints(row.getBigDecimal(4)),
                                    row.getBigDecimal(5));
                        },
                        new PathwayId(learner, qualification).toString(),
                        unit.toString())
                .stream()
                .findFirst();
    }

    @EventHandler
    void on(UnitRecognised event) {
        store(
                event.pathway(),
                event.unit(),
                event.standard(),
                event.effectiveDate(),
                event.recognisedBy().institution(),
                event.points(),
                event.grade());
    }

    /** A unit transferred in full stands like any recognition: it can be appealed, or transferred on. */
    @EventHandler
    void on(CreditTransferred event) {
        if (event.coverage() == Coverage.FULL) {
            store(
                    event.pathway(),
                    event.unit(),
                    event.standard(),
                    event.effectiveDate(),
                    event.decidedBy().institution(),
                    event.points(),
                    event.grade());
        }
    }

    private void store(
            PathwayId pathway,
            UnitRef unit,
            QualificationRef standard,
            LocalDate effectiveDate,
            InstitutionId recognisedBy,
            CreditPoints points,
            BigDecimal grade) {
        jdbc.update(
                """
                insert into wl_unit_recognition
                    (pathway_id, unit_ref, standard_ref, effective_date, recognised_by, points, grade)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (pathway_id, unit_ref) do update set standard_ref = excluded.standard_ref,
                    effective_date = excluded.effective_date, recognised_by = excluded.recognised_by,
                    points = excluded.points, grade = excluded.grade
                """,
                pathway.toString(),
                unit.toString(),
                standard.toString(),
                effectiveDate,
                recognisedBy.value(),
                points == null ? null : points.value(),
                grade);
    }

    @EventHandler
    void on(UnitRecognitionRevoked event) {
        if (!event.partOfUnit()) {
            jdbc.update(
                    "delete from wl_unit_recognition where pathway_id = ? and unit_ref = ?",
                    event.pathway().toString(),
                    event.unit().toString());
        }
    }
}
