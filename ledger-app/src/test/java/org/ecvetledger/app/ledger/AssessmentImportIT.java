package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;
import static org.ecvetledger.app.ledger.LedgerSteps.SIX_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.assessment;
import static org.ecvetledger.app.ledger.LedgerSteps.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Bulk import of assessment results over HTTP (issue 11 item 5, ADR 0019): the dry run's row-by-row
 * classification, the all-or-nothing apply, the explicit apply of the valid rows only, idempotent
 * re-uploads, the per-row error file, malformed files, and who may import.
 */
@LedgerIT
class AssessmentImportIT {

    private static final String PATH = "/api/assessment-imports";
    private static final String HEADER = "learnerId,qualification,qualificationVersion,unitCode,unitVersion,assessedOn,"
            + "method,setting,learningOutcomesAchieved,learningOutcomesNotAchieved,grade,gradingScheme,"
            + "evidenceDocument,evidenceSha256\n";
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    LedgerSteps steps;
    LedgerHttp registrar;

    @BeforeEach
    void setUp() {
        var http = new LedgerHttp(environment);
        steps = new LedgerSteps(http, jdbc, catalogue);
        registrar = http.asStaff(BRANLY, "Import Registrar", "ASSESS");
    }

    /** A row for U31@1 of the BAC PRO: outcomes achieved and not, and a grade. */
    private static String row(String learner, String on, String achieved, String notAchieved, String grade) {
        return String.join(
                        ",",
                        learner,
                        BACPRO,
                        "1",
                        "U31",
                        "1",
                        on,
                        "PRACTICAL_TEST",
                        "FORMAL",
                        achieved,
                        notAchieved,
                        grade,
                        "0-20",
                        "exam-sheet-" + learner.substring(0, 8) + ".pdf",
                        SHA)
                + "\n";
    }

    private LedgerHttp.Answer upload(LedgerHttp caller, String mode, String csv) {
        return caller.postWithHeaders(PATH + "?mode=" + mode, csv, Map.of("Content-Type", "text/csv"));
    }

    private static List<String> statuses(JsonNode report) {
        var statuses = new ArrayList<String>();
        report.get("results")
                .forEach(r -> statuses.add(r.get("line").asInt() + ":"
                        + r.get("status").asString()
                        + (r.get("rule").isNull() ? "" : ":" + r.get("rule").asString())
                        + (r.get("column").isNull() ? "" : ":" + r.get("column").asString())));
        return statuses;
    }

    private long eventsAbout(String... learners) {
        long count = 0;
        for (var learner : learners) {
            count += jdbc.queryForObject(
                    "select count(*) from event_log where payload::text like ?", Long.class, "%" + learner + "%");
        }
        return count;
    }

    @Test
    void a_dry_run_says_row_by_row_what_is_new_unchanged_or_conflicting_and_why_and_records_nothing() {
        var fresh = steps.anEnrolledLearner("Inès", BACPRO, BRANLY);
        var alreadyThere = steps.anEnrolledLearner("Hugo", BACPRO, BRANLY);
        var otherResult = steps.anEnrolledLearner("Maël", BACPRO, BRANLY);
        var recorded = steps.assessed(
                alreadyThere,
                BRANLY,
                assessment(
                        BACPRO,
                        "2025-06-12",
                        results("U31@1", true, SIX_OUTCOMES),
                        Map.of("U31@1", 14),
                        "\"evidence\": [{\"documentId\": \"sheet.pdf\", \"sha256\": \"" + SHA + "\"}]"));
        steps.assessed(
                otherResult,
                BRANLY,
                assessment(BACPRO, "2025-06-12", results("U31@1", false, SIX_OUTCOMES), Map.of("U31@1", 6), null));
        var events = steps.countEvents();
        var csv = HEADER
                + row(fresh, "2025-06-12", "LO1;LO2;LO3;LO4", "LO5;LO6", "11.5")
                + row(alreadyThere, "2025-06-12", "LO1;LO2;LO3;LO4;LO5;LO6", "", "14.00")
                + row(otherResult, "2025-06-12", "LO1;LO2;LO3;LO4;LO5;LO6", "", "15")
                + row(fresh, "2025-06-13", "LO1;LO9", "", "")
                + row(fresh, "13/06/2025", "LO1", "", "")
                + row(fresh, "2025-06-14", "LO1", "", "21");

        var dryRun = upload(registrar, "dry-run", csv);

        assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
        var report = dryRun.json();
        assertThat(report.get("mode").asString()).isEqualTo("dry-run");
        assertThat(report.get("outcome").asString()).isEqualTo("checked");
        assertThat(report.get("applied").asInt()).isZero();
        assertThat(statuses(report))
                .containsExactly(
                        "2:new",
                        "3:unchanged",
                        "4:conflicting:different-result-recorded:learningOutcomesAchieved",
                        "5:conflicting:unknown-learning-outcome:learningOutcomesAchieved",
                        "6:conflicting:format:assessedOn",
                        "7:conflicting:grade-outside-scale:grade");
        assertThat(report.get("counts").get("new").asInt()).isEqualTo(1);
        assertThat(report.get("counts").get("unchanged").asInt()).isEqualTo(1);
        assertThat(report.get("counts").get("conflicting").asInt()).isEqualTo(4);
        var rows = report.get("results");
        assertThat(rows.get(1).get("recordedAs").asString()).isEqualTo(recorded);
        assertThat(rows.get(2).get("detail").asString()).contains("records another result for U31@1");
        assertThat(rows.get(3).get("detail").asString()).contains("LO9");
        assertThat(steps.countEvents()).isEqualTo(events);
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_log where aggregate_id = ?",
                        Long.class,
                        rows.get(0).get("assessmentId").asString()))
                .isZero();

        // the same dry run as the per-row error file: every conflicting row, with line, column and rule
        var errors = registrar.postWithHeaders(PATH, csv, Map.of("Content-Type", "text/csv", "Accept", "text/csv"));
        assertThat(errors.status()).as(errors.body()).isEqualTo(200);
        assertThat(errors.contentType()).startsWith("text/csv");
        var lines = errors.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("line,column,rule,detail,learnerId,unit,assessedOn,recordedAs");
        assertThat(lines).hasSize(5);
        assertThat(lines[1]).startsWith("4,learningOutcomesAchieved,different-result-recorded,");
        assertThat(lines[3]).startsWith("6,assessedOn,format,");
        assertThat(lines[3]).contains("13/06/2025");
    }

    @Test
    void apply_records_nothing_while_a_row_conflicts_and_answers_422_with_the_rows() {
        var learner = steps.anEnrolledLearner("Noé", BACPRO, BRANLY);
        var other = steps.anEnrolledLearner("Lou", BACPRO, BRANLY);
        var events = eventsAbout(learner, other);
        var all = steps.countEvents();
        var csv = HEADER
                + row(learner, "2025-05-20", "LO1;LO2;LO3", "", "12")
                + row(other, "2025-05-20", "LO1;LO2", "", "12")
                + row(other, "2025-05-20", "LO3", "", "");

        var apply = upload(registrar, "apply", csv);

        assertThat(apply.status()).as(apply.body()).isEqualTo(422);
        assertThat(apply.contentType()).startsWith("application/problem+json");
        var problem = apply.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:import-has-conflicts");
        assertThat(problem.get("outcome").asString()).isEqualTo("refused");
        assertThat(problem.get("applied").asInt()).isZero();
        assertThat(statuses(problem))
                .containsExactly("2:new", "3:conflicting:repeated-row", "4:conflicting:repeated-row");
        assertThat(problem.get("results").get(1).get("detail").asString()).contains("lines 3, 4");
        assertThat(eventsAbout(learner, other)).isEqualTo(events);
        assertThat(steps.countEvents()).isEqualTo(all);
    }

    @Test
    void apply_valid_records_only_the_valid_new_rows_and_a_re_upload_then_changes_nothing() {
        var learner = steps.anEnrolledLearner("Élise", BACPRO, BRANLY);
        var unknown = "00000000-0000-4000-8000-00000000dead";
        var csv = HEADER
                + row(learner, "2025-05-21", "LO1;LO2;LO3;LO4;LO5;LO6", "", "16")
                + row(unknown, "2025-05-21", "LO1", "", "");

        var applied = upload(registrar, "apply-valid", csv);

        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        var report = applied.json();
        assertThat(report.get("outcome").asString()).isEqualTo("applied");
        assertThat(report.get("applied").asInt()).isEqualTo(1);
        assertThat(statuses(report)).containsExactly("2:new", "3:conflicting:unknown-learner:learnerId");
        var first = report.get("results").get(0);
        assertThat(first.get("applied").asBoolean()).isTrue();
        assertThat(report.get("results").get(1).get("applied").asBoolean()).isFalse();
        var assessment = first.get("assessmentId").asString();
        assertThat(steps.events(assessment)).containsExactly("AssessmentRecorded");
        var content = steps.payload(assessment, "AssessmentRecorded").get("content");
        assertThat(content.get("assessor").get("institution").get("value").asString())
                .isEqualTo(BRANLY);
        assertThat(content.get("assessor").get("person").asString()).isEqualTo("Import Registrar");
        assertThat(content.get("results")).hasSize(6);
        assertThat(eventsAbout(unknown)).isZero();

        // the same file again, by another person of the same institution: every row of the ledger is unchanged
        var events = steps.countEvents();
        var colleague = new LedgerHttp(environment).asStaff(BRANLY, "Second Registrar", "ASSESS");
        var again = upload(colleague, "apply-valid", csv);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(statuses(again.json())).containsExactly("2:unchanged", "3:conflicting:unknown-learner:learnerId");
        assertThat(again.json().get("applied").asInt()).isZero();
        assertThat(again.json().get("results").get(0).get("assessmentId").asString())
                .isEqualTo(assessment);
        assertThat(again.json().get("results").get(0).get("recordedAs").asString())
                .isEqualTo(assessment);
        assertThat(steps.countEvents()).isEqualTo(events);
        assertThat(steps.events(assessment)).containsExactly("AssessmentRecorded");
    }

    @Test
    void a_file_without_conflicts_is_applied_whole_and_uploading_it_again_is_all_unchanged() {
        var first = steps.anEnrolledLearner("Anaïs", BACPRO, BRANLY);
        var second = steps.anEnrolledLearner("Yanis", BACPRO, BRANLY);
        var csv = HEADER
                + row(first, "2025-06-02", "LO1;LO2;LO3;LO4;LO5;LO6", "", "13")
                + row(second, "2025-06-02", "LO1;LO2;LO3", "LO4;LO5;LO6", "8.5")
                + row(second, "2025-06-03", "LO4;LO5;LO6", "", "");

        var applied = upload(registrar, "apply", csv);

        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json().get("outcome").asString()).isEqualTo("applied");
        assertThat(applied.json().get("applied").asInt()).isEqualTo(3);
        assertThat(statuses(applied.json())).containsExactly("2:new", "3:new", "4:new");
        var events = steps.countEvents();
        var aboutThem = eventsAbout(first, second);

        var dryRun = upload(registrar, "dry-run", csv);
        var again = upload(registrar, "apply", csv);

        assertThat(statuses(dryRun.json())).containsExactly("2:unchanged", "3:unchanged", "4:unchanged");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(statuses(again.json())).containsExactly("2:unchanged", "3:unchanged", "4:unchanged");
        assertThat(again.json().get("applied").asInt()).isZero();
        assertThat(steps.countEvents()).isEqualTo(events);
        assertThat(eventsAbout(first, second)).isEqualTo(aboutThem);

        // a changed result for an imported row is a conflict, never a silent second assessment
        var changed =
                upload(registrar, "apply", HEADER + row(first, "2025-06-02", "LO1;LO2;LO3;LO4;LO5;LO6", "", "17"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(422);
        assertThat(statuses(changed.json())).containsExactly("2:conflicting:different-result-recorded:grade");
        assertThat(steps.countEvents()).isEqualTo(events);
    }

    @Test
    void an_apply_with_an_idempotency_key_is_recorded_once_and_its_retry_is_answered_again() {
        var learner = steps.anEnrolledLearner("Sacha", BACPRO, BRANLY);
        var csv = HEADER
                + row(learner, "2025-06-20", "LO1;LO2;LO3", "", "10")
                + row(learner, "2025-06-21", "LO4;LO5;LO6", "", "12");
        var headers = Map.of("Content-Type", "text/csv", "Idempotency-Key", "import-" + UUID.randomUUID());

        var first = registrar.postWithHeaders(PATH + "?mode=apply", csv, headers);
        var events = steps.countEvents();
        var retry = registrar.postWithHeaders(PATH + "?mode=apply", csv, headers);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("applied").asInt()).isEqualTo(2);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(steps.countEvents()).isEqualTo(events);
        first.json()
                .get("results")
                .forEach(r -> assertThat(steps.events(r.get("assessmentId").asString()))
                        .containsExactly("AssessmentRecorded"));
    }

    @Test
    void staff_without_the_assess_function_and_anonymous_callers_are_refused_and_nothing_is_recorded() {
        var learner = steps.anEnrolledLearner("Rose", BACPRO, BRANLY);
        var csv = HEADER + row(learner, "2025-06-04", "LO1", "", "");
        var http = new LedgerHttp(environment);
        var events = eventsAbout(learner);

        var validator = upload(http.asStaff(BRANLY, "Validator Only", "VALIDATE", "RECOGNISE"), "apply", csv);
        var anonymous = upload(http.anonymous(), "apply", csv);
        var theLearner = upload(http.asLearner(learner), "apply", csv);

        assertThat(validator.status()).as(validator.body()).isEqualTo(403);
        assertThat(validator.json().get("rule").asString()).isEqualTo("decision-assess");
        assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(401);
        assertThat(theLearner.status()).as(theLearner.body()).isEqualTo(403);
        assertThat(eventsAbout(learner)).isEqualTo(events);
    }

    @Test
    void a_malformed_file_is_a_problem_naming_the_line_and_the_column() {
        var learner = steps.anEnrolledLearner("Basile", BACPRO, BRANLY);

        var unclosed = upload(
                registrar,
                "dry-run",
                HEADER + row(learner, "2025-06-05", "LO1", "", "") + learner
                        + ",\"FR-BACPRO-MELEC,1,U31,1,2025-06-06,PRACTICAL_TEST,FORMAL,LO1,,,,,\n");
        var shortRow = upload(registrar, "dry-run", HEADER + learner + "," + BACPRO + ",1,U31\n");
        var missingColumn = upload(registrar, "dry-run", "learnerId,qualification,unitCode\n" + learner + ",X,U31\n");
        var unknownColumn = upload(registrar, "dry-run", HEADER.replace("grade,", "mark,"));
        var badMode = upload(registrar, "everything", HEADER + row(learner, "2025-06-05", "LO1", "", ""));
        var tooMany = upload(registrar, "dry-run", HEADER + ",,,,,,,,,,,,,\n".repeat(5001));

        assertThat(unclosed.status()).as(unclosed.body()).isEqualTo(400);
        assertThat(unclosed.contentType()).startsWith("application/problem+json");
        assertThat(unclosed.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:malformed-import-file");
        assertThat(unclosed.json().get("rule").asString()).isEqualTo("unclosed-quote");
        assertThat(unclosed.json().get("line").asInt()).isEqualTo(3);
        assertThat(unclosed.json().get("column").asString()).isEqualTo("#2");
        assertThat(shortRow.status()).as(shortRow.body()).isEqualTo(400);
        assertThat(shortRow.json().get("rule").asString()).isEqualTo("field-count");
        assertThat(shortRow.json().get("line").asInt()).isEqualTo(2);
        assertThat(shortRow.json().get("column").asString()).isEqualTo("unitVersion");
        assertThat(missingColumn.status()).isEqualTo(400);
        assertThat(missingColumn.json().get("rule").asString()).isEqualTo("missing-column");
        assertThat(missingColumn.json().get("line").asInt()).isEqualTo(1);
        assertThat(missingColumn.json().get("column").asString()).isEqualTo("qualificationVersion");
        assertThat(unknownColumn.status()).isEqualTo(400);
        assertThat(unknownColumn.json().get("rule").asString()).isEqualTo("unknown-column");
        assertThat(unknownColumn.json().get("column").asString()).isEqualTo("mark");
        assertThat(badMode.status()).isEqualTo(400);
        assertThat(badMode.json().get("errors").get(0).get("field").asString()).isEqualTo("mode");
        assertThat(tooMany.status()).as(tooMany.body()).isEqualTo(413);
        assertThat(tooMany.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:too-many-rows");
        assertThat(tooMany.json().get("maxRows").asInt()).isEqualTo(5000);
    }
}
