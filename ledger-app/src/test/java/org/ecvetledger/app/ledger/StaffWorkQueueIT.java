package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;
import static org.ecvetledger.app.ledger.LedgerSteps.MCAST;
import static org.ecvetledger.app.ledger.LedgerSteps.MUENCHEN;
import static org.ecvetledger.app.ledger.LedgerSteps.SIX_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.assessment;
import static org.ecvetledger.app.ledger.LedgerSteps.results;
import static org.ecvetledger.app.ledger.LedgerSteps.texts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
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
 * Institution staff at work (issue 11 item 3, ADR 0021): the host uploads its evidence and cites its
 * SHA-256 on the assessment; the home finds the credit in its work queue, validates, finds it again
 * awaiting recognition, recognises, and the queue is empty of it (S01).
 */
@LedgerIT
class StaffWorkQueueIT {

    private static final Duration SETTLE = Duration.ofSeconds(20);
    private static final byte[] HOST_TRANSCRIPT =
            "Host transcript, Berufsschule München: U31 LO1-LO6 achieved, 14/20\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    LedgerHttp http;
    LedgerSteps steps;
    LedgerHttp home;
    LedgerHttp host;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp(environment);
        steps = new LedgerSteps(http, jdbc, catalogue);
        home = http.asStaff(BRANLY, "Jury of " + BRANLY, LedgerHttp.ALL_FUNCTIONS);
        host = http.asStaff(MUENCHEN, "Teacher of " + MUENCHEN, "ASSESS");
    }

    @Test
    void S01_assessed_credit_waits_in_the_home_queue_for_validation_then_recognition_then_leaves_it() throws Exception {
        var learner = steps.anEnrolledLearner("Léa", BACPRO, BRANLY);
        var agreement = steps.aLearningAgreement(learner, steps.anActiveMou(), true);

        var uploaded = upload(host, "host-transcript.txt", "text/plain", HOST_TRANSCRIPT);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        var evidenceId = uploaded.json().get("evidenceId").asString();
        var sha256 = uploaded.json().get("sha256").asString();
        assertThat(sha256).isEqualTo(sha256(HOST_TRANSCRIPT));
        assertThat(uploaded.json().get("size").asLong()).isEqualTo(HOST_TRANSCRIPT.length);
        assertThat(uploaded.json().get("filename").asString()).isEqualTo("host-transcript.txt");
        assertThat(uploaded.location()).endsWith("/api/evidence/" + evidenceId);
        assertThat(home.get("/api/evidence/" + evidenceId).status())
                .as("the home reads the host's evidence only once an assessment of its learner cites it")
                .isEqualTo(403);

        var assessmentId = steps.assessed(
                learner,
                MUENCHEN,
                assessment(
                        BACPRO, "2027-03-25", results("U31@1", true, SIX_OUTCOMES), Map.of("U31@1", 14), """
                        "learningAgreement": "%s", "evidence": [{"documentId": "%s", "sha256": "%s"}]""".formatted(
                                        agreement, evidenceId, sha256)));

        var forValidation =
                await().atMost(SETTLE).until(() -> item(home, "awaitingValidation", learner), i -> i != null);
        assertThat(forValidation.get("learnerName").asString()).isEqualTo("Léa Moreau");
        assertThat(forValidation.get("qualification").asString()).isEqualTo(BACPRO);
        assertThat(forValidation.get("unit").asString()).isEqualTo("U31@1");
        assertThat(texts(forValidation.get("learningOutcomes"))).containsExactlyElementsOf(SIX_OUTCOMES);
        var behind = forValidation.get("assessments").get(0);
        assertThat(behind.get("assessmentId").asString()).isEqualTo(assessmentId);
        assertThat(behind.get("assessedOn").asString()).isEqualTo("2027-03-25");
        assertThat(behind.get("assessor").get("institution").asString()).isEqualTo(MUENCHEN);
        assertThat(behind.get("learningAgreement").asString()).isEqualTo(agreement);
        assertThat(behind.get("evidence").get(0).get("documentId").asString()).isEqualTo(evidenceId);
        assertThat(behind.get("evidence").get(0).get("sha256").asString()).isEqualTo(sha256);
        assertThat(behind.get("grade").decimalValue()).isEqualByComparingTo("14");
        assertThat(item(home, "awaitingRecognition", learner)).isNull();

        var evidence = home.getBytes("/api/evidence/" + evidenceId, "*/*");
        assertThat(evidence.status()).isEqualTo(200);
        assertThat(evidence.body()).isEqualTo(HOST_TRANSCRIPT);
        assertThat(sha256(evidence.body())).isEqualTo(sha256);
        assertThat(evidence.contentType()).startsWith("text/plain");
        assertThat(evidence.contentDisposition()).startsWith("attachment").contains("host-transcript.txt");
        assertThat(http.asLearner(learner)
                        .getBytes("/api/evidence/" + evidenceId, "*/*")
                        .status())
                .as("the learner reads the evidence of their own assessment")
                .isEqualTo(200);
        assertThat(http.asStaff(MCAST, "Registrar of " + MCAST)
                        .get("/api/evidence/" + evidenceId)
                        .status())
                .as("an unrelated institution does not")
                .isEqualTo(403);

        steps.validated(learner, BRANLY, BACPRO, "U31@1", List.of(assessmentId), "2027-04-10");
        var forRecognition =
                await().atMost(SETTLE).until(() -> item(home, "awaitingRecognition", learner), i -> i != null);
        assertThat(item(home, "awaitingValidation", learner)).isNull();
        assertThat(texts(forRecognition.get("learningOutcomes"))).containsExactlyElementsOf(SIX_OUTCOMES);
        assertThat(forRecognition.get("assessments").get(0).get("assessmentId").asString())
                .isEqualTo(assessmentId);

        steps.recognised(learner, BRANLY, BACPRO, "U31@1", "2027-04-12");
        await().atMost(SETTLE).until(() -> item(home, "awaitingRecognition", learner) == null);
        assertThat(item(home, "awaitingValidation", learner)).isNull();
    }

    @Test
    void the_host_has_no_queue_for_a_standard_it_only_assesses_and_reads_no_other_institutions_queue() {
        var learner = steps.anEnrolledLearner("Jonas", BACPRO, BRANLY);
        steps.assessed(
                learner,
                BRANLY,
                assessment(BACPRO, "2027-01-15", results("U31@1", true, SIX_OUTCOMES), Map.of(), null));
        await().atMost(SETTLE).until(() -> item(home, "awaitingValidation", learner), i -> i != null);

        var hostQueue = host.get("/api/institutions/" + MUENCHEN + "/queue");
        assertThat(hostQueue.status()).as(hostQueue.body()).isEqualTo(200);
        assertThat(find(hostQueue.json().get("awaitingValidation"), learner))
                .as("P1: the host assesses; it neither validates nor recognises")
                .isNull();
        var refused = host.get("/api/institutions/" + BRANLY + "/queue");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(http.asAuditor("FR")
                        .get("/api/institutions/" + BRANLY + "/queue")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void evidence_is_refused_when_too_large_empty_or_unnamed_and_a_multipart_upload_is_stored_alike() throws Exception {
        var tooLarge = new byte[10 * 1024 * 1024 + 1];
        var refused = upload(host, "scan.pdf", "application/pdf", tooLarge);
        assertThat(refused.status()).as(refused.body()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        var empty = upload(host, "empty.txt", "text/plain", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("\"field\":\"file\"");
        var unnamed = host.postWithHeaders("/api/evidence", "some bytes", Map.of("Content-Type", "text/plain"));
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.body()).contains("\"field\":\"filename\"");
        assertThat(http.asLearner(steps.aLearner("Mia"))
                        .postWithHeaders("/api/evidence?filename=a.txt", "x", Map.of("Content-Type", "text/plain"))
                        .status())
                .isEqualTo(403);

        var boundary = "----evidence-boundary";
        var multipart = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"photos/workpiece.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n"
                + "workpiece photo notes\r\n"
                + "--" + boundary + "--\r\n";
        var stored = host.postWithHeaders(
                "/api/evidence", multipart, Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        assertThat(stored.json().get("filename").asString()).isEqualTo("workpiece.txt");
        assertThat(stored.json().get("sha256").asString())
                .isEqualTo(sha256("workpiece photo notes".getBytes(StandardCharsets.UTF_8)));
        var read =
                host.getBytes("/api/evidence/" + stored.json().get("evidenceId").asString(), "*/*");
        assertThat(new String(read.body(), StandardCharsets.UTF_8)).isEqualTo("workpiece photo notes");
    }

    private static LedgerHttp.Answer upload(LedgerHttp staff, String filename, String type, byte[] content) {
        // the test client sends text bodies as UTF-8: these documents are UTF-8 text (or zero bytes)
        return staff.postWithHeaders(
                "/api/evidence?filename=" + filename,
                new String(content, StandardCharsets.UTF_8),
                Map.of("Content-Type", type));
    }

    /** The queue item of {@code learner} in one list of the home's queue, or null. */
    private static JsonNode item(LedgerHttp staff, String list, String learner) {
        var queue = staff.get("/api/institutions/" + BRANLY + "/queue");
        assertThat(queue.status()).as(queue.body()).isEqualTo(200);
        return find(queue.json().get(list), learner);
    }

    private static JsonNode find(JsonNode items, String learner) {
        return StreamSupport.stream(items.spliterator(), false)
                .filter(i -> i.get("learnerId").asString().equals(learner))
                .findFirst()
                .orElse(null);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
