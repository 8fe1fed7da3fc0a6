package org.ecvetledger.projections.workqueue;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.ecvetledger.domain.accumulation.CreditValidated;
import org.ecvetledger.domain.accumulation.CreditValidationRejected;
import org.ecvetledger.domain.accumulation.CreditValidationWithdrawn;
import org.ecvetledger.domain.accumulation.PathwayId;
import org.ecvetledger.domain.accumulation.UnitRecognised;
import org.ecvetledger.domain.accumulation.UnitRecognitionRevoked;
import org.ecvetledger.domain.assessment.AssessmentCorrected;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.AssessmentInvalidated;
import org.ecvetledger.domain.assessment.AssessmentRecorded;
import org.ecvetledger.domain.assessment.Evidence;
import org.ecvetledger.domain.assessment.OutcomeResult;
import org.ecvetledger.domain.assessment.UnitGrade;
import org.ecvetledger.domain.institution.FunctionGrant;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.institution.InstitutionFunctionGranted;
import org.ecvetledger.domain.institution.InstitutionFunctionWithdrawn;
import org.ecvetledger.domain.learningagreement.LearningAgreementId;
import org.ecvetledger.domain.qualification.QualificationProfileAmended;
import org.ecvetledger.domain.qualification.QualificationStandardDrafted;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the institutions' work queues (issue 11, ADR 0021) from assessment, pathway, institution and
 * standard events. Each event writes only rows of its own aggregate (an assessment's results, a
 * unit's validation state, a grant, a standard's jurisdiction) and the queue is joined when asked,
 * so events of different aggregates may arrive in any order. Every write is an upsert or a set
 * operation: a redelivered event changes nothing.
 */
@ProcessingGroup(WorkQueueProjector.PROCESSING_GROUP)
public class WorkQueueProjector {

    public static final String PROCESSING_GROUP = "work-queue";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A grant covers a standard whose jurisdiction is its own or lies inside it (FunctionGrant.covers). */
    private static final String COMPETENT = """
 exists (select 1 from rm_workqueue_grant g join rm_workqueue_standard s on %s
                    where g.institution_id = ? and g.function = ?
                      and (g.qualification_id = '' or g.qualification_id = s.qualification_id)
                      and (s.jurisdiction = g.jurisdiction or s.jurisdiction like g.jurisdiction || '/%%'))""";

    private final JdbcTemplate jdbc;

    public WorkQueueProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // --- who is competent for what

    @EventHandler
    void on(InstitutionFunctionGranted event) {
        var grant = event.grant();
        jdbc.update(
                "insert into rm_workqueue_grant (institution_id, function, qualification_id, jurisdiction)"
                        + " values (?, ?, ?, ?) on conflict do nothing",
                event.institutionId().value(),
                grant.function().name(),
                standardOf(grant),
                grant.jurisdiction().toString());
    }

    @EventHandler
    void on(InstitutionFunctionWithdrawn event) {
        var grant = event.grant();
        jdbc.update(
                "delete from rm_workqueue_grant where institution_id = ? and function = ? and qualification_id = ?"
                        + " and jurisdiction = ?",
                event.institutionId().value(),
                grant.function().name(),
                standardOf(grant),
                grant.jurisdiction().toString());
    }

    @EventHandler
    void on(QualificationStandardDrafted event) {
        standard(event.standard(), event.profile().jurisdiction().toString());
    }

    @EventHandler
    void on(QualificationProfileAmended event) {
        standard(event.standard(), event.profile().jurisdiction().toString());
    }

    private void standard(QualificationRef standard, String jurisdiction) {
        jdbc.update(
                "insert into rm_workqueue_standard (standard_ref, qualification_id, jurisdiction) values (?, ?, ?)"
                        + " on conflict (standard_ref) do update set jurisdiction = excluded.jurisdiction",
                standard.toString(),
                standard.id().value(),
                jurisdiction);
    }

    private static String standardOf(FunctionGrant grant) {
        return grant.standard() == null ? "" : grant.standard().value();
    }

    // --- assessments: credit once recorded, no longer once invalidated

    @EventHandler
    void on(AssessmentRecorded event) {
        var content = event.content();
        var evidence = JSON.createArrayNode();
        content.evidence()
                .forEach(item -> evidence.addObject()
                        .put("documentId", item.documentId())
                        .put("sha256", item.sha256()));
        jdbc.update(
                """
                insert into rm_workqueue_assessment (assessment_id, learner_id, qualification_id, standard_ref,
                    assessor_institution, assessor_person, assessed_on, agreement_id, grading_scheme, evidence,
                    grades, credit)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, true)
                on conflict (assessment_id) do nothing
                """,
                event.assessmentId().value(),
                content.learner().value(),
                content.standard().id().value(),
                content.standard().toString(),
                content.assessor().institution().value(),
                content.assessor().person(),
                content.assessedOn(),
                content.agreement() == null ? null : content.agreement().value(),
                content.gradingScheme(),
                JSON.writeValueAsString(evidence),
                grades(content.grades()));
        results(event.assessmentId(), content.results());
    }

    /** A clerical correction replaces the results the queue shows; the assessment stays credit. */
    @EventHandler
    void on(AssessmentCorrected event) {
        jdbc.update(
                "delete from rm_workqueue_result where assessment_id = ?",
                event.assessmentId().value());
        results(event.assessmentId(), event.results());
        jdbc.update(
                "update rm_workqueue_assessment set grades = ?::jsonb where assessment_id = ?",
                grades(event.grades()),
                event.assessmentId().value());
    }

    @EventHandler
    void on(AssessmentInvalidated event) {
        jdbc.update(
                "update rm_workqueue_assessment set credit = false where assessment_id = ?",
                event.assessmentId().value());
    }

    private void results(AssessmentId assessment, List<OutcomeResult> results) {
        for (var result : results) {
            jdbc.update(
                    "insert into rm_workqueue_result (assessment_id, unit_ref, learning_outcome, achieved)"
                            + " values (?, ?, ?, ?) on conflict do nothing",
                    assessment.value(),
                    result.unit().toString(),
                    result.learningOutcome(),
                    result.achieved());
        }
    }

    private static String grades(List<UnitGrade> grades) {
        var node = JSON.createObjectNode();
        grades.forEach(grade -> node.put(grade.unit().toString(), grade.grade()));
        return JSON.writeValueAsString(node);
    }

    // --- decisions on a unit of a pathway

    @EventHandler
    void on(CreditValidated event) {
        unit(event.pathway(), event.unit());
        jdbc.update(
                """
                update rm_workqueue_unit set
                    validated_outcomes = array(select distinct o from unnest(validated_outcomes || ?::text[]) o order by o),
                    validation_basis = array(select distinct b from unnest(validation_basis || ?::uuid[]) b order by b)
                where learner_id = ? and qualification_id = ? and unit_ref = ?
                """,
                textArray(event.learningOutcomes()),
                uuidArray(event.basis()),
                event.pathway().learner().value(),
                event.pathway().qualification().value(),
                event.unit().toString());
        decided(event.pathway(), event.unit(), event.basis());
    }

    /** S05: a refusal is a decision too; the assessment leaves the validation queue. */
    @EventHandler
    void on(CreditValidationRejected event) {
        decided(event.pathway(), event.unit(), event.basis());
    }

    /** R25: the unit may be validated again, on these assessments (if still credit) or others. */
    @EventHandler
    void on(CreditValidationWithdrawn event) {
        unit(event.pathway(), event.unit());
        jdbc.update(
                "update rm_workqueue_unit set validated_outcomes = '{}', validation_basis = '{}'"
                        + " where learner_id = ? and qualification_id = ? and unit_ref = ?",
                event.pathway().learner().value(),
                event.pathway().qualification().value(),
                event.unit().toString());
        for (var assessment : event.basis()) {
            jdbc.update(
                    "delete from rm_workqueue_decided where learner_id = ? and qualification_id = ? and unit_ref = ?"
                            + " and assessment_id = ?",
                    event.pathway().learner().value(),
                    event.pathway().qualification().value(),
                    event.unit().toString(),
                    assessment.value());
        }
    }

    @EventHandler
    void on(UnitRecognised event) {
        recognised(event.pathway(), event.unit(), true);
    }

    /** A revoked full recognition puts validated credit back before the recogniser; part of a unit never left. */
    @EventHandler
    void on(UnitRecognitionRevoked event) {
        if (!event.partOfUnit()) {
            recognised(event.pathway(), event.unit(), false);
        }
    }

    private void recognised(PathwayId pathway, UnitRef unit, boolean recognised) {
        unit(pathway, unit);
        jdbc.update(
                "update rm_workqueue_unit set recognised = ? where learner_id = ? and qualification_id = ?"
                        + " and unit_ref = ?",
                recognised,
                pathway.learner().value(),
                pathway.qualification().value(),
                unit.toString());
    }

    private void unit(PathwayId pathway, UnitRef unit) {
        jdbc.update(
                "insert into rm_workqueue_unit (learner_id, qualification_id, unit_ref) values (?, ?, ?)"
                        + " on conflict do nothing",
                pathway.learner().value(),
                pathway.qualification().value(),
                unit.toString());
    }

    private void decided(PathwayId pathway, UnitRef unit, List<AssessmentId> basis) {
        for (var assessment : basis) {
            jdbc.update(
                    "insert into rm_workqueue_decided (learner_id, qualification_id, unit_ref, assessment_id)"
                            + " values (?, ?, ?, ?) on conflict do nothing",
                    pathway.learner().value(),
                    pathway.qualification().value(),
                    unit.toString(),
                    assessment.value());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("truncate table rm_workqueue_grant, rm_workqueue_standard, rm_workqueue_assessment,"
                + " rm_workqueue_result, rm_workqueue_unit, rm_workqueue_decided");
    }

    // --- the queue

    @QueryHandler
    WorkQueueView handle(FindWorkQueue query) {
        var institution = query.institution().value();
        var awaitingValidation = jdbc.query(
                """
                select a.*, r.unit_ref, array_agg(r.learning_outcome order by r.learning_outcome) as outcomes
                from rm_workqueue_assessment a
                join rm_workqueue_result r on r.assessment_id = a.assessment_id and r.achieved
                where a.credit
                  and not exists (select 1 from rm_workqueue_decided d
                        where d.learner_id = a.learner_id and d.qualification_id = a.qualification_id
                          and d.unit_ref = r.unit_ref and d.assessment_id = a.assessment_id)
                  and not exists (select 1 from rm_workqueue_unit u
                        where u.learner_id = a.learner_id and u.qualification_id = a.qualification_id
                          and u.unit_ref = r.unit_ref and u.recognised)
                  and """ + " " + COMPETENT.formatted("s.standard_ref = a.standard_ref") + """

                group by a.assessment_id, r.unit_ref
                order by a.assessed_on, a.assessment_id, r.unit_ref
                """,
                (row, n) -> {
                    var unit = UnitRef.parse(row.getString("unit_ref"));
                    return new QueueItemView(
                            new LearnerId(row.getObject("learner_id", UUID.class)),
                            new QualificationId(row.getString("qualification_id")),
                            unit,
                            strings(row.getArray("outcomes")),
                            List.of(assessment(row, unit)));
                },
                institution,
                InstitutionFunction.VALIDATE.name());

        record Validated(
                LearnerId learner,
                QualificationId qualification,
                UnitRef unit,
                List<String> outcomes,
                List<UUID> basis) {}
        var validated = jdbc.query(
                """
                select u.* from rm_workqueue_unit u
                where not u.recognised and cardinality(u.validated_outcomes) > 0
                  and """ + " " + COMPETENT.formatted("s.qualification_id = u.qualification_id") + """

                order by u.learner_id, u.qualification_id, u.unit_ref
                """,
                (row, n) -> new Validated(
                        new LearnerId(row.getObject("learner_id", UUID.class)),
                        new QualificationId(row.getString("qualification_id")),
                        UnitRef.parse(row.getString("unit_ref")),
                        strings(row.getArray("validated_outcomes")),
                        Arrays.asList((UUID[]) row.getArray("validation_basis").getArray())),
                institution,
                InstitutionFunction.RECOGNISE.name());
        var basis =
                validated.stream().flatMap(v -> v.basis().stream()).distinct().toArray(UUID[]::new);
        Map<UUID, Map<String, Object>> rows = new LinkedHashMap<>();
        if (basis.length > 0) {
            jdbc.query(
                    "select * from rm_workqueue_assessment where assessment_id = any(?) order by assessed_on",
                    row -> {
                        rows.put(row.getObject("assessment_id", UUID.class), columns(row));
                    },
                    (Object) basis);
        }
        var awaitingRecognition = new ArrayList<QueueItemView>();
        for (var item : validated) {
            var assessments = item.basis().stream()
                    .filter(rows::containsKey)
                    .map(id -> assessment(rows.get(id), item.unit()))
                    .sorted(java.util.Comparator.comparing(QueuedAssessmentView::assessedOn))
                    .toList();
            awaitingRecognition.add(
                    new QueueItemView(item.learner(), item.qualification(), item.unit(), item.outcomes(), assessments));
        }
        awaitingRecognition.sort(java.util.Comparator.comparing(
                (QueueItemView item) -> item.assessments().isEmpty()
                        ? LocalDate.MAX
                        : item.assessments().get(0).assessedOn()));
        return new WorkQueueView(query.institution(), awaitingValidation, awaitingRecognition);
    }

    private static QueuedAssessmentView assessment(ResultSet row, UnitRef unit) throws SQLException {
        return assessment(columns(row), unit);
    }

    /** The columns of an assessment row by name, its date as a {@code LocalDate}. */
    private static Map<String, Object> columns(ResultSet row) throws SQLException {
        var columns = new LinkedHashMap<String, Object>();
        for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
            var name = row.getMetaData().getColumnName(i);
            columns.putIfAbsent(
                    name, name.equals("assessed_on") ? row.getObject(i, LocalDate.class) : row.getObject(i));
        }
        return columns;
    }

    private static QueuedAssessmentView assessment(Map<String, Object> row, UnitRef unit) {
        var evidence = new ArrayList<Evidence>();
        for (var item : JSON.readTree(row.get("evidence").toString())) {
            evidence.add(new Evidence(
                    item.get("documentId").asString(), item.get("sha256").asString()));
        }
        JsonNode grade = JSON.readTree(row.get("grades").toString()).get(unit.toString());
        var agreement = (UUID) row.get("agreement_id");
        var standard = row.get("standard_ref").toString();
        var at = standard.lastIndexOf('@');
        return new QueuedAssessmentView(
                new AssessmentId((UUID) row.get("assessment_id")),
                QualificationRef.of(standard.substring(0, at), Integer.parseInt(standard.substring(at + 1))),
                new Actor(
                        new InstitutionId(row.get("assessor_institution").toString()),
                        row.get("assessor_person").toString()),
                (LocalDate) row.get("assessed_on"),
                agreement == null ? null : new LearningAgreementId(agreement),
                evidence,
                grade == null || grade.isNull() ? null : grade.decimalValue(),
                (String) row.get("grading_scheme"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    private static String[] textArray(List<String> values) {
        return values.toArray(String[]::new);
    }

    private static UUID[] uuidArray(List<AssessmentId> values) {
        return values.stream().map(AssessmentId::value).toArray(UUID[]::new);
    }
}
