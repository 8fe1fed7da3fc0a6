package org.ecvetledger.app.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Idempotency-Key header (R26, ADR 0006): a retry is answered as the first time and records nothing. */
@LedgerIT
class IdempotencyIT {

    private static final String AMELIE = """
            {"givenName": "Amélie", "familyName": "Dupont", "dateOfBirth": "2006-03-14"}""";
    private static final String JONAS = """
            {"givenName": "Jonas", "familyName": "Berg", "dateOfBirth": "2005-11-02"}""";

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdempotencyCleanup cleanup;

    @Autowired
    DemoCatalogueLoader demoCatalogue;

    LedgerHttp http;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp(environment);
    }

    @Test
    void a_retry_with_the_same_key_gets_the_same_answer_and_registers_the_learner_once() {
        var key = newKey();
        var registrations = countRegistrations();

        var first = register(key, AMELIE);
        var retry = register(key, AMELIE);

        assertThat(first.status()).isEqualTo(201);
        var learnerId = first.json().get("learnerId").asString();
        assertThat(first.location()).isEqualTo("/api/learners/" + learnerId);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("learnerId").asString()).isEqualTo(learnerId);
        assertThat(retry.location()).isEqualTo(first.location());
        assertThat(retry.contentType()).isEqualTo(first.contentType());
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(countRegistrations()).isEqualTo(registrations + 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from domainevententry where aggregateidentifier = ?", Long.class, learnerId))
                .isEqualTo(1);
    }

    @Test
    void a_replayed_answer_says_so() throws Exception {
        var key = newKey();
        register(key, AMELIE);

        var client = HttpClient.newHttpClient();
        var retry = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:"
                                + environment.getRequiredProperty("local.server.port") + "/api/learners"))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .header("Authorization", http.authorizationFor("POST", "/api/learners"))
                        .POST(HttpRequest.BodyPublishers.ofString(AMELIE))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotency-Replayed")).hasValue("true");
    }

    @Test
    void the_same_key_with_another_request_is_refused_and_records_nothing() {
        var key = newKey();
        var first = register(key, AMELIE);
        var registrations = countRegistrations();

        var other = register(key, JONAS);
        var otherPath = http.postWithHeaders(
                "/api/learners/" + first.json().get("learnerId").asString() + "/enrolments",
                AMELIE,
                Map.of("Idempotency-Key", key));

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:idempotency-key-reused");
        assertThat(other.json().get("header").asString()).isEqualTo("Idempotency-Key");
        assertThat(otherPath.status()).isEqualTo(422);
        assertThat(countRegistrations()).isEqualTo(registrations);
        // the key still answers its own request
        assertThat(register(key, AMELIE).body()).isEqualTo(first.body());
    }

    @Test
    void a_refused_request_retried_with_its_key_is_refused_the_same_way_and_writes_nothing() {
        var key = newKey();
        var events = countEvents();
        var keys = countPersonalDataKeys();

        var refused = register(key, """
                {"givenName": " ", "familyName": "Dupont", "dateOfBirth": "2006-03-14"}""");
        var retry = register(key, """
                {"givenName": " ", "familyName": "Dupont", "dateOfBirth": "2006-03-14"}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:invalid-request");
        assertThat(retry.status()).isEqualTo(400);
        assertThat(retry.contentType()).isEqualTo(refused.contentType());
        assertThat(retry.body()).isEqualTo(refused.body());
        assertThat(countEvents()).isEqualTo(events);
        assertThat(countPersonalDataKeys()).isEqualTo(keys);
        // the key is spent on the refused request: a corrected request needs a new key
        assertThat(register(key, AMELIE).status()).isEqualTo(422);
    }

    @Test
    void a_refusal_by_a_ledger_rule_is_remembered_without_anything_the_command_wrote() {
        demoCatalogue.load();
        var learnerId =
                http.post("/api/learners", AMELIE).json().get("learnerId").asString();
        var enrolment = """
                {"qualification": "FR-BACPRO-MELEC", "version": 1, "enrolledOn": "2024-09-02"}""";
        var acting = Map.of("X-Acting-Institution", "FR-LYCEE-BRANLY", "X-Acting-Person", "Registrar");
        assertThat(http.postWithHeaders("/api/learners/" + learnerId + "/enrolments", enrolment, acting)
                        .status())
                .isEqualTo(201);
        var events = countEvents();
        var key = newKey();

        // the second pathway for the same qualification fails in the event store (a duplicate stream)
        var keyed = Map.of(
                "Idempotency-Key", key, "X-Acting-Institution", "FR-LYCEE-BRANLY", "X-Acting-Person", "Registrar");
        var refused = http.postWithHeaders("/api/learners/" + learnerId + "/enrolments", enrolment, keyed);
        var retry = http.postWithHeaders("/api/learners/" + learnerId + "/enrolments", enrolment, keyed);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.body()).isEqualTo(refused.body());
        assertThat(countEvents()).isEqualTo(events);
        assertThat(jdbc.queryForObject(
                        "select response_status from idempotency_record where idempotency_key = ?", Integer.class, key))
                .isEqualTo(409);

        // a rule the command handler checks (the learner must be registered): 422, remembered as well
        var otherKey = newKey();
        var unknownLearner = http.postWithHeaders(
                "/api/learners/01a21e00-0000-7000-8000-0000000000ff/enrolments",
                enrolment,
                Map.of(
                        "Idempotency-Key",
                        otherKey,
                        "X-Acting-Institution",
                        "FR-LYCEE-BRANLY",
                        "X-Acting-Person",
                        "Registrar"));
        assertThat(unknownLearner.status()).isEqualTo(422);
        assertThat(unknownLearner.json().get("rule").asString()).isEqualTo("unknown-learner");
        assertThat(http.postWithHeaders(
                                "/api/learners/01a21e00-0000-7000-8000-0000000000ff/enrolments",
                                enrolment,
                                Map.of(
                                        "Idempotency-Key",
                                        otherKey,
                                        "X-Acting-Institution",
                                        "FR-LYCEE-BRANLY",
                                        "X-Acting-Person",
                                        "Registrar"))
                        .body())
                .isEqualTo(unknownLearner.body());
        assertThat(countEvents()).isEqualTo(events);
    }

    @Test
    void concurrent_requests_with_one_key_register_once_and_are_answered_the_first_answer_or_in_flight()
            throws Exception {
        var key = newKey();
        var registrations = countRegistrations();
        var start = new CountDownLatch(1);
        var threads = Executors.newFixedThreadPool(10);
        try {
            var calls = new ArrayList<Future<LedgerHttp.Answer>>();
            for (int i = 0; i < 10; i++) {
                calls.add(threads.submit((Callable<LedgerHttp.Answer>) () -> {
                    start.await();
                    return register(key, AMELIE);
                }));
            }
            start.countDown();
            var answers = new ArrayList<LedgerHttp.Answer>();
            for (var call : calls) {
                answers.add(call.get());
            }

            var created = answers.stream().filter(a -> a.status() == 201).toList();
            var inFlight = answers.stream().filter(a -> a.status() == 409).toList();
            assertThat(created.size() + inFlight.size()).isEqualTo(10);
            assertThat(inFlight)
                    .allSatisfy(a -> assertThat(a.json().get("type").asString())
                            .isEqualTo("urn:ecvet-ledger:problem:idempotency-key-in-flight"));
            var learnerIds = new ArrayList<String>();
            created.forEach(a -> learnerIds.add(a.json().get("learnerId").asString()));
            var answered = register(key, AMELIE);
            assertThat(answered.status()).isEqualTo(201);
            assertThat(learnerIds).containsOnly(answered.json().get("learnerId").asString());
            assertThat(countRegistrations()).isEqualTo(registrations + 1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void when_the_answer_cannot_be_remembered_nothing_is_recorded_and_the_retry_registers_once() {
        var key = newKey();
        var registrations = countRegistrations();
        var personalDataKeys = countPersonalDataKeys();
        jdbc.execute("alter table idempotency_record add constraint test_refuses_this_key check (idempotency_key <> '"
                + key + "')");
        LedgerHttp.Answer failed;
        try {
            failed = register(key, AMELIE);
        } finally {
            jdbc.execute("alter table idempotency_record drop constraint test_refuses_this_key");
        }

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.contentType()).startsWith("application/problem+json");
        assertThat(failed.location()).isNull();
        assertThat(failed.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:internal-error");
        // the learner's event, key and lookup row went with the failed transaction
        assertThat(countRegistrations()).isEqualTo(registrations);
        assertThat(countPersonalDataKeys()).isEqualTo(personalDataKeys);

        var retry = register(key, AMELIE);

        assertThat(retry.status()).isEqualTo(201);
        assertThat(countRegistrations()).isEqualTo(registrations + 1);
    }

    @Test
    void without_the_header_every_request_registers_a_learner_as_before() {
        var registrations = countRegistrations();

        var first = http.post("/api/learners", AMELIE);
        var second = http.post("/api/learners", AMELIE);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("learnerId").asString())
                .isNotEqualTo(first.json().get("learnerId").asString());
        assertThat(countRegistrations()).isEqualTo(registrations + 2);
    }

    @Test
    void a_malformed_key_is_refused_naming_the_header_and_records_nothing() {
        var registrations = countRegistrations();

        for (var key : List.of("", "has space", "tab\there", "x".repeat(201))) {
            var answer = register(key, AMELIE);

            assertThat(answer.status()).as(key).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            var problem = answer.json();
            assertThat(problem.get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:invalid-request");
            assertThat(problem.get("header").asString()).isEqualTo("Idempotency-Key");
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
        }
        assertThat(register("x".repeat(200), AMELIE).status()).isEqualTo(201);
        assertThat(countRegistrations()).isEqualTo(registrations + 1);
    }

    @Test
    void keys_older_than_the_retention_are_forgotten() {
        var key = newKey();
        var first = register(key, AMELIE);
        jdbc.update(
                "update idempotency_record set created_at = now() - interval '8 days' where idempotency_key = ?", key);

        cleanup.forgetExpiredKeys();

        assertThat(jdbc.queryForObject(
                        "select count(*) from idempotency_record where idempotency_key = ?", Long.class, key))
                .isZero();
        var again = register(key, AMELIE);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("learnerId").asString())
                .isNotEqualTo(first.json().get("learnerId").asString());
    }

    @Test
    void two_accounts_with_the_same_key_each_get_their_own_answer() {
        var key = newKey();
        var registrar = http.asStaff("FR-LYCEE-BRANLY", "Key Registrar One", LedgerHttp.ALL_FUNCTIONS);
        var colleague = http.asStaff("FR-LYCEE-BRANLY", "Key Registrar Two", LedgerHttp.ALL_FUNCTIONS);
        var registrations = countRegistrations();

        var first = registrar.postWithHeaders("/api/learners", AMELIE, Map.of("Idempotency-Key", key));
        var other = colleague.postWithHeaders("/api/learners", JONAS, Map.of("Idempotency-Key", key));
        var retry = registrar.postWithHeaders("/api/learners", AMELIE, Map.of("Idempotency-Key", key));
        var otherRetry = colleague.postWithHeaders("/api/learners", JONAS, Map.of("Idempotency-Key", key));
        // the very same request from a third account runs: another account's answer is not replayed to it
        var sameRequest = http.asStaff("FR-LYCEE-BRANLY", "Key Registrar Three", LedgerHttp.ALL_FUNCTIONS)
                .postWithHeaders("/api/learners", AMELIE, Map.of("Idempotency-Key", key));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(other.status()).as(other.body()).isEqualTo(201);
        assertThat(other.json().get("learnerId").asString())
                .isNotEqualTo(first.json().get("learnerId").asString());
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(otherRetry.body()).isEqualTo(other.body());
        assertThat(sameRequest.status()).as(sameRequest.body()).isEqualTo(201);
        assertThat(sameRequest.json().get("learnerId").asString())
                .isNotEqualTo(first.json().get("learnerId").asString());
        assertThat(countRegistrations()).isEqualTo(registrations + 3);
        assertThat(jdbc.queryForObject(
                        "select count(distinct account_name) from idempotency_record where idempotency_key = ?",
                        Long.class,
                        key))
                .isEqualTo(3);
    }

    private LedgerHttp.Answer register(String key, String json) {
        return http.postWithHeaders("/api/learners", json, Map.of("Idempotency-Key", key));
    }

    private static String newKey() {
        return "test-" + UUID.randomUUID();
    }

    private long countRegistrations() {
        return jdbc.queryForObject(
                "select count(*) from domainevententry where payloadtype = 'LearnerRegistered'", Long.class);
    }

    private long countEvents() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    private long countPersonalDataKeys() {
        return jdbc.queryForObject("select count(*) from pd_learner_key", Long.class);
    }
}
