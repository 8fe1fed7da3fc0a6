package org.ecvetledger.app.appeal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.shared.Actor;
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

    /**
     * Read {@code for share}: a transfer or a common-core count from the recognition and its revocation
     * serialise on the row, so the revocation's policy (ADR 0016 amendment) always finds the transfer,
     * or the transfer sees the recognition gone and is refused.
     */
    @Override
    public Optional<RecognitionRecord> find(LearnerId learner, QualificationId qualification, UnitRef unit) {
        return jdbc
                .query(
                        "select standard_ref, effective_date, recognised_by, points, grade, basis::text, recognised_person "
                                + "from wl_unit_recognition "
                                + "where pathway_id = ? and unit_ref = ? for share",
                        (row, n) -> {
                            var standard = row.getString(1);
                            var at = standard.lastIndexOf('@');
                            return new RecognitionRecord(
                                    QualificationRef.of(
                                            standard.substring(0, at), Integer.parseInt(standard.substring(at + 1))),
                                    row.getObject(2, LocalDate.class),
                                    new InstitutionId(row.getString(3)),
                                    row.getBigDecimal(4) == null ? null : new CreditPoints(row.getBigDecimal(4)),
                                    row.getBigDecimal(5),
                                    basis(row.getString(6)),
                                    row.getString(7));
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
                event.recognisedBy(),
                event.points(),
                event.grade(),
                // ADR 0023: a unit completed on a part-credit rests on that credit's source too, wherever it goes on
                java.util.stream.Stream.concat(
                                event.basis().stream(),
                                event.partCredit().stream().flatMap(p -> p.sourceBasis().stream()))
                        .distinct()
                        .toList());
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
                    event.decidedBy(),
                    event.points(),
                    event.grade(),
                    // transferred on, the unit still rests on the source's assessments (ADR 0016)
                    event.sourceBasis());
        }
    }

    private void store(
            PathwayId pathway,
            UnitRef unit,
            QualificationRef standard,
            LocalDate effectiveDate,
            Actor recognisedBy,
            CreditPoints points,
            BigDecimal grade,
            List<AssessmentId> basis) {
        jdbc.update(
                """
                insert into wl_unit_recognition
                    (pathway_id, unit_ref, standard_ref, effective_date, recognised_by, points, grade, basis,
                     recognised_person)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
                on conflict (pathway_id, unit_ref) do update set standard_ref = excluded.standard_ref,
                    effective_date = excluded.effective_date, recognised_by = excluded.recognised_by,
                    points = excluded.points, grade = excluded.grade, basis = excluded.basis,
                    recognised_person = excluded.recognised_person
                """,
                pathway.toString(),
                unit.toString(),
                standard.toString(),
                effectiveDate,
                recognisedBy.institution().value(),
                points == null ? null : points.value(),
                grade,
                basis.stream()
                        .map(a -> "\"" + a.value() + "\"")
                        .collect(java.util.stream.Collectors.joining(",", "[", "]")),
                recognisedBy.person());
    }

    /** The stored basis: a JSON array of assessment ids (plain strings). */
    private static List<AssessmentId> basis(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        var ids = new java.util.ArrayList<AssessmentId>();
        var matcher = java.util.regex.Pattern.compile("\"([0-9a-fA-F-]{36})\"").matcher(json);
        while (matcher.find()) {
            ids.add(AssessmentId.of(matcher.group(1)));
        }
        return List.copyOf(ids);
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
