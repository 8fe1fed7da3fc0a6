package org.ecvetledger.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogue;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The authorisation matrix (issue 10): every operation of the OpenAPI description, called by every
 * kind of caller, against the expectation written independently in {@code access-matrix.csv}. An
 * operation missing from the expectation fails the build, so an endpoint cannot land without a rule.
 */
@LedgerIT
class AccessMatrixIT {

    private static final String BRANLY = DemoCatalogue.LYCEE_BRANLY.value();
    private static final String MUENCHEN = DemoCatalogue.BERUFSSCHULE.value();
    private static final List<String> CALLERS = List.of(
            "anonymous",
            "admin",
            "staff_fn",
            "staff_nofn",
            "staff_other",
            "learner",
            "other_learner",
            "auditor_in",
            "auditor_out");

    @Autowired
    Environment environment;

    @Autowired
    DemoCatalogueLoader catalogue;

    @Test
    void every_operation_of_the_api_answers_every_caller_as_the_expectation_says() throws Exception {
        catalogue.load();
        var http = new LedgerHttp(environment);
        var staff = http.asStaff(BRANLY, "Matrix officer", LedgerHttp.ALL_FUNCTIONS);
        var learner = registeredAndEnrolled(staff, "Mira");
        var otherLearner = registeredAndEnrolled(staff, "Otto");
        var callers = new LinkedHashMap<String, LedgerHttp>();
        callers.put("anonymous", http.anonymous());
        callers.put("admin", http.asAdmin());
        callers.put("staff_fn", staff);
        callers.put("staff_nofn", http.asStaff(BRANLY, "Matrix clerk"));
        callers.put("staff_other", http.asStaff(MUENCHEN, "Matrix officer", LedgerHttp.ALL_FUNCTIONS));
        callers.put("learner", http.asLearner(learner));
        callers.put("other_learner", http.asLearner(otherLearner));
        callers.put("auditor_in", http.asAuditor("FR"));
        callers.put("auditor_out", http.asAuditor("IS"));

        var expected = expectation();
        var description = http.anonymous().get("/v3/api-docs");
        assertThat(description.status()).as(description.body()).isEqualTo(200);
        var operations = new TreeSet<String>();
        description
                .json()
                .get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(method -> operations.add(method.getKey().toUpperCase() + " " + path.getKey())));

        assertThat(operations)
                .as("operations of /v3/api-docs with no line in access-matrix.csv")
                .isSubsetOf(expected.keySet());
        assertThat(expected.keySet())
                .as("lines of access-matrix.csv that name no operation")
                .isSubsetOf(operations);

        var mismatches = new ArrayList<String>();
        for (var operation : operations) {
            var method = operation.substring(0, operation.indexOf(' '));
            var template = operation.substring(operation.indexOf(' ') + 1);
            var path = concrete(template, learner);
            var body = method.equals("GET") || method.equals("DELETE") ? null : "{}";
            var row = expected.get(operation);
            for (int i = 0; i < CALLERS.size(); i++) {
                var caller = CALLERS.get(i);
                var answer = callers.get(caller).request(method, path, body, Map.of());
                var denied = answer.status() == 401 || answer.status() == 403;
                var shouldBeDenied = row.get(i).equals("D");
                if (denied != shouldBeDenied) {
                    mismatches.add(operation + " as " + caller + ": expected " + (shouldBeDenied ? "denied" : "allowed")
                            + ", got " + answer.status() + " " + abbreviated(answer.body()));
                }
                if (denied) {
                    assertThat(answer.contentType())
                            .as(operation + " as " + caller)
                            .startsWith("application/problem+json");
                    assertThat(answer.status())
                            .as(operation + " as " + caller)
                            .isEqualTo(caller.equals("anonymous") ? 401 : 403);
                }
                assertThat(answer.status())
                        .as(operation + " as " + caller + ": " + answer.body())
                        .isLessThan(500);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static String registeredAndEnrolled(LedgerHttp staff, String givenName) {
        var registered = staff.post("/api/learners", """
                {"givenName": "%s", "familyName": "Matrix", "dateOfBirth": "2007-02-03"}""".formatted(givenName));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        var learner = registered.json().get("learnerId").asString();
        var enrolled = staff.postWithHeaders("/api/learners/" + learner + "/enrolments", """
                {"qualification": "FR-BACPRO-MELEC", "version": 1, "enrolledOn": "2024-09-02"}""", Map.of());
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        return learner;
    }

    /** The template with its variables filled: the learner and institution are real, other ids made up. */
    private static String concrete(String template, String learner) {
        var path = template.replace("{learnerId}", learner)
                .replace("{institutionId}", BRANLY)
                .replace("{issuer}", BRANLY)
                .replace("{qualificationId}", "FR-BACPRO-MELEC")
                .replace("{id}", "FR-BACPRO-MELEC")
                .replace("{code}", "U31")
                .replace("{version}", "1")
                .replace("{unitVersion}", "1")
                .replace("{proposal}", "1")
                .replace("{group}", "no-such-read-model")
                .replace("{name}", "no-such-account");
        // an erasure is allowed to any staff: never aim it at the learner the matrix reads
        if (template.endsWith("/erasure")) {
            path = path.replace(learner, UUID.randomUUID().toString());
        }
        return path.replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
    }

    private static Map<String, List<String>> expectation() throws Exception {
        var rows = new LinkedHashMap<String, List<String>>();
        try (var reader = new BufferedReader(new InputStreamReader(
                AccessMatrixIT.class.getResourceAsStream("/access-matrix.csv"), StandardCharsets.UTF_8))) {
            String line;
            var header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var cells = line.split(",");
                if (header) {
                    assertThat(List.of(cells).subList(2, cells.length)).isEqualTo(CALLERS);
                    header = false;
                    continue;
                }
                assertThat(cells).as(line).hasSize(2 + CALLERS.size());
                var previous =
                        rows.put(cells[0] + " " + cells[1], List.of(cells).subList(2, cells.length));
                assertThat(previous).as("twice in the matrix: " + line).isNull();
            }
        }
        return rows;
    }

    private static String abbreviated(String body) {
        return body == null || body.length() < 300 ? body : body.substring(0, 300) + "…";
    }
}
