package org.ecvetledger.app.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.projections.ProjectionRegistration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Operating the read models (issue 7 item 5): status, lag and a rebuild on demand that ends where it began. */
@LedgerIT
@ExtendWith(OutputCaptureExtension.class)
class ReadModelRebuildIT {

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    LedgerHttp http;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp(environment);
    }

    @Test
    void every_registered_read_model_is_listed_with_its_position_against_the_event_store() {
        var institution = anInstitution();
        awaitRead("/api/institutions/" + institution);
        long head = jdbc.queryForObject("select max(globalindex) from domainevententry", Long.class);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            var listed = http.get("/api/operations/read-models").json();
            var groups = new ArrayList<String>();
            listed.forEach(model -> groups.add(model.get("group").asString()));
            assertThat(groups).containsExactlyElementsOf(ProjectionRegistration.processingGroups());
            listed.forEach(model -> {
                assertThat(model.get("state").asString()).as(model.toString()).isEqualTo("CAUGHT_UP");
                assertThat(model.get("head").asLong()).isGreaterThanOrEqualTo(head);
                assertThat(model.get("lag").asLong()).isZero();
                assertThat(model.get("position").asLong())
                        .isEqualTo(model.get("head").asLong());
                assertThat(model.get("deadLetters").isNumber()).isTrue();
            });
        });
    }

    @Test
    void the_lag_of_every_read_model_is_a_metric_tagged_by_its_group() {
        var names = http.get("/actuator/metrics").json().get("names");
        assertThat(names.toString()).contains(ReadModelOperations.LAG_METRIC, ReadModelOperations.DEAD_LETTERS_METRIC);

        for (var group : ProjectionRegistration.processingGroups()) {
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                var metric = http.get("/actuator/metrics/" + ReadModelOperations.LAG_METRIC + "?tag=group:" + group);
                assertThat(metric.status()).as(metric.body()).isEqualTo(200);
                assertThat(metric.json().at("/measurements/0/value").asDouble()).isZero();
            });
        }
    }

    @Test
    void a_rebuilt_read_model_answers_every_query_as_before_and_reports_its_progress(CapturedOutput output) {
        var institution = anInstitution();
        var unit = aUnit(institution);
        var learner = aLearner();
        var before = new LinkedHashMap<String, JsonNode>();
        for (var path : new String[] {
            "/api/institutions/" + institution, "/api/units/" + unit + "/versions/1", "/api/learners/" + learner
        }) {
            before.put(path, awaitRead(path));
        }
        before.put("/api/mous", awaitRead("/api/mous"));
        long head = jdbc.queryForObject("select max(globalindex) from domainevententry", Long.class);

        for (var group : ProjectionRegistration.processingGroups()) {
            var accepted = http.post("/api/operations/read-models/" + group + "/rebuild", "");
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
            assertThat(accepted.location()).isEqualTo("/api/operations/read-models/" + group);
            assertThat(accepted.json().get("lastRebuild").get("phase").asString())
                    .isIn("RESETTING", "REPLAYING", "DONE");

            var rebuilt = awaitRebuilt(group);
            assertThat(rebuilt.get("replayProgress").asDouble()).isEqualTo(100.0);
            assertThat(rebuilt.at("/lastRebuild/targetPosition").asLong()).isGreaterThanOrEqualTo(head);
            assertThat(rebuilt.at("/lastRebuild/finishedAt").isNull()).isFalse();
            assertThat(rebuilt.at("/lastRebuild/failure").isNull()).isTrue();
            assertThat(output.getAll())
                    .contains("Read model '" + group + "' reset (its tables emptied, its dead letters cleared)")
                    .contains("Read model '" + group + "' rebuilt: 100 % - ");
        }

        for (Map.Entry<String, JsonNode> query : before.entrySet()) {
            assertThat(http.get(query.getKey()).json()).as(query.getKey()).isEqualTo(query.getValue());
        }
    }

    @Test
    void a_rebuild_asked_for_twice_runs_once() {
        var group = ProjectionRegistration.processingGroups().get(0);
        var first = http.post("/api/operations/read-models/" + group + "/rebuild", "");
        var second = http.post("/api/operations/read-models/" + group + "/rebuild", "");

        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(202);
        var rebuilt = awaitRebuilt(group);
        assertThat(rebuilt.at("/lastRebuild/requestedAt").asString())
                .isEqualTo(first.json().at("/lastRebuild/requestedAt").asString());
    }

    @Test
    void an_unknown_read_model_is_a_404_problem_naming_it() {
        var rebuild = http.post("/api/operations/read-models/no-such-model/rebuild", "");
        var status = http.get("/api/operations/read-models/no-such-model");

        for (var answer : new LedgerHttp.Answer[] {rebuild, status}) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:not-found");
            assertThat(answer.json().get("detail").asString()).contains("'no-such-model'");
        }
    }

    private JsonNode awaitRebuilt(String group) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            var status = http.get("/api/operations/read-models/" + group).json();
            return status.at("/lastRebuild/phase").asString().equals("DONE")
                    && status.get("state").asString().equals("CAUGHT_UP");
        });
        return http.get("/api/operations/read-models/" + group).json();
    }

    private JsonNode awaitRead(String path) {
        await().atMost(Duration.ofSeconds(15)).until(() -> http.get(path).status() == 200);
        return http.get(path).json();
    }

    private String anInstitution() {
        var id = "INST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        var answer = http.post("/api/institutions", """
                {"institutionId": "%s", "legalName": "Istituto %s", "jurisdiction": "IT", "kind": "SCHOOL"}""".formatted(id, id));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return id;
    }

    private String aUnit(String owner) {
        var code = "U-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        var answer = http.post("/api/units", """
                {"code": "%s", "title": {"fr": "Installer un réseau", "en": "Install a network"},
                 "learningOutcomes": [
                   {"id": "LO1", "description": {"en": "Reads a wiring diagram"}, "category": "KNOWLEDGE"}],
                 "assessmentCriteria": ["The board passes the insulation test"],
                 "eqfLevels": [4], "validity": "P5Y", "owner": "%s"}""".formatted(code, owner));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return code;
    }

    private String aLearner() {
        var answer = http.post("/api/learners", """
                {"givenName": "Amélie", "familyName": "Dupont", "dateOfBirth": "2006-03-14"}""");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("learnerId").asString();
    }
}
