package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;
import static org.ecvetledger.app.ledger.LedgerSteps.FOUR_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.MALTA;
import static org.ecvetledger.app.ledger.LedgerSteps.MCAST;
import static org.ecvetledger.app.ledger.LedgerSteps.MUENCHEN;
import static org.ecvetledger.app.ledger.LedgerSteps.SIX_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.assessment;
import static org.ecvetledger.app.ledger.LedgerSteps.results;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.ecvetledger.projections.ProjectionRegistration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 7 "Done when": a rebuild of every read model from the event store reproduces byte-identical
 * query results — the transcript (JSON and CSV, now and as of a past date), the progress audit (now, at
 * a cut-off date, as known at an instant), and the audit trails of the learner, the qualification, the
 * award and an institution — over histories with mobility, a correction, an invalidation's cascade, an
 * award, a credential and a pathway migration; and every other read model's answers over the same
 * histories (learner and enrolments, catalogue lookups and searches, MoU and learning-agreement
 * searches and versions, a credential's status and its issuer's status list).
 */
@LedgerIT
class LedgerReadModelRebuildIT {

    private static final Duration PROJECTION = Duration.ofSeconds(30);
    private static final String CSV = "text/csv ";
    /**
     * A credential signed on request: its {@code validFrom}, proof time and signature are those of the
     * request, so only what the read model answers — the credential subject — is compared.
     */
    private static final String SIGNED = "signed ";

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    LedgerHttp http;
    LedgerSteps steps;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp(environment);
        steps = new LedgerSteps(http, jdbc, catalogue);
    }

    @Test
    void rebuilding_every_read_model_reproduces_every_transcript_progress_and_trail_byte_for_byte() {
        var abroad = aLearnerAbroadWithACorrectedGrade();
        var awarded = aMalteseLearnerAwardedThenInvalidated();
        var migrated = aLearnerMigratedToV2025();
        var transferring = aMalteseLearnerTransferringToTheBacPro();
        awaitCaughtUp();
        var knownNow = URLEncoder.encode(Instant.now().toString(), StandardCharsets.UTF_8);

        var queries = new ArrayList<String>();
        for (var learner : List.of(abroad, awarded[0], migrated)) {
            var qualification = learner.equals(awarded[0]) ? MALTA : BACPRO;
            queries.add("/api/learners/" + learner + "/transcript");
            queries.add(CSV + "/api/learners/" + learner + "/transcript");
            queries.add("/api/learners/" + learner + "/transcript?asOf=2025-08-31");
            queries.add(CSV + "/api/learners/" + learner + "/transcript?asOf=2025-08-31");
            queries.add("/api/learners/" + learner + "/progress/" + qualification);
            queries.add("/api/learners/" + learner + "/progress/" + qualification + "?asOf=2025-06-30");
            queries.add("/api/learners/" + learner + "/progress/" + qualification + "?knownAt=" + knownNow);
            queries.add("/api/learners/" + learner + "/audit-trail");
            queries.add("/api/learners/" + learner + "/audit-trail?qualification=" + qualification);
        }
        queries.add("/api/awards/" + awarded[1] + "/audit-trail");
        queries.addAll(everyOtherReadModelsAnswers(abroad, awarded[0]));
        // the transfer-request read model (ADR 0022)
        queries.add("/api/transfer-requests/" + transferring[1]);
        queries.add("/api/learners/" + transferring[0] + "/transfer-requests");
        // an institution's trail grows with every other test's events: as known now, it cannot
        queries.add("/api/institutions/" + MUENCHEN + "/audit-trail?knownAt=" + knownNow);
        var before = new LinkedHashMap<String, String>();
        queries.forEach(query -> before.put(query, body(query)));
        before.forEach((query, answer) -> assertThat(answer)
                .as(query + " answers something to compare")
                .doesNotContain("\"items\":[]")
                .isNotEqualTo("[]"));

        for (var group : ProjectionRegistration.processingGroups()) {
            var accepted = http.post("/api/operations/read-models/" + group + "/rebuild", "");
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
            awaitRebuilt(group);
        }

        for (Map.Entry<String, String> query : before.entrySet()) {
            assertThat(body(query.getKey()))
                    .as(query.getKey() + " after the rebuild")
                    .isEqualTo(query.getValue());
        }
        assertThat(before.get(CSV + "/api/learners/" + abroad + "/transcript"))
                .as("a CSV transcript, not an error")
                .startsWith("learner,qualification,unit,status");
    }

    /**
     * The answers of the read models besides the transcript and progress: the learner group (a learner,
     * their enrolments), the catalogue (qualification, unit, institution and equivalence lookups and
     * searches), mobility (MoU and learning-agreement searches and lookups, each version) and the
     * credential status group (a credential's status and the issuer's status list). The searches are not
     * filtered on purpose: they hold every other test's rows too, and must come back in the same order.
     */
    private List<String> everyOtherReadModelsAnswers(String abroad, String awarded) {
        var agreement = jdbc.queryForObject(
                "select aggregate_id from event_log where event_type = 'LearningAgreementDrafted'"
                        + " and payload::text like ? order by global_index limit 1",
                String.class,
                "%" + abroad + "%");
        var memorandum = http.get("/api/learning-agreements/" + agreement)
                .json()
                .get("mou")
                .asString();
        var credential = jdbc.queryForObject(
                "select aggregate_id from event_log where event_type = 'CredentialIssued'"
                        + " and payload::text like ? order by global_index limit 1",
                String.class,
                "%" + awarded + "%");
        return List.of(
                "/api/learners/" + abroad,
                "/api/learners/" + abroad + "/enrolments",
                "/api/learners/" + awarded + "/enrolments",
                "/api/qualifications",
                "/api/qualifications?jurisdiction=FR",
                "/api/qualifications/" + BACPRO + "/versions",
                "/api/qualifications/" + BACPRO + "/versions/1",
                "/api/qualifications/" + MALTA + "/versions/1",
                "/api/units",
                "/api/units/U31/versions/1",
                "/api/institutions",
                "/api/institutions/" + MUENCHEN,
                "/api/equivalences",
                "/api/mous",
                "/api/mous?party=" + MUENCHEN,
                "/api/mous/" + memorandum,
                "/api/mous/" + memorandum + "/versions/1",
                "/api/learning-agreements",
                "/api/learning-agreements?learner=" + abroad,
                "/api/learning-agreements/" + agreement,
                "/api/learning-agreements/" + agreement + "/versions/1",
                "/api/credentials/" + credential + "/status",
                SIGNED + "/api/status-lists/" + MCAST);
    }

    /** S01 with a correction (S09): U31 assessed abroad, graded 9 and corrected to 13 after recognition. */
    private String aLearnerAbroadWithACorrectedGrade() {
        var learner = steps.anEnrolledLearner("Léa", BACPRO, BRANLY);
        var agreement = steps.aLearningAgreement(learner, steps.anActiveMou(), true);
        var assessed = steps.assessed(
                learner,
                MUENCHEN,
                assessment(
                        BACPRO,
                        "2027-03-25",
                        results("U31@1", true, SIX_OUTCOMES),
                        Map.of("U31@1", 9),
                        "\"learningAgreement\": \"%s\"".formatted(agreement)));
        steps.validated(learner, BRANLY, BACPRO, "U31@1", List.of(assessed), "2027-04-10");
        steps.recognised(learner, BRANLY, BACPRO, "U31@1", "2027-04-12");
        var corrected = steps.onAssessment(assessed, "corrections", MUENCHEN, """
                {"results": [%s], "grades": [{"unit": "U31@1", "grade": 13}], "reason": "transcription error", "effectiveDate": "2027-05-01"}""".formatted(
                        String.join(", ", results("U31@1", true, SIX_OUTCOMES))));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        return learner;
    }

    /** S17 and S11: awarded on three courses, a credential issued, then one course's assessment invalidated. */
    private String[] aMalteseLearnerAwardedThenInvalidated() {
        var learner = steps.anEnrolledLearner("Giorgio", MALTA, MCAST);
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, null, "2022-06-30");
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-104@1", FOUR_OUTCOMES, null, "2023-06-30");
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-105@1", FOUR_OUTCOMES, null, "2025-06-30");
        var award = steps.award(learner, MCAST, MALTA, "2025-07-01");
        assertThat(award.status()).as(award.body()).isEqualTo(201);
        var acting = Map.of(ActingHeaders.INSTITUTION, MCAST, ActingHeaders.PERSON, "Registrar");
        // the export reads other read models, which may lag the award by a moment
        await().atMost(PROJECTION)
                .until(() -> http.postWithHeaders(
                                        "/api/learners/" + learner + "/credentials",
                                        "{\"qualification\": \"" + MALTA + "\"}",
                                        acting)
                                .status()
                        == 201);
        var invalidated = steps.onAssessment(steps.basisOf(learner, MALTA, "MT-HSC-104@1"), "invalidation", MCAST, """
                {"reason": "the assessor was not authorised", "effectiveDate": "2025-09-01"}""");
        assertThat(invalidated.status()).as(invalidated.body()).isEqualTo(201);
        // the invalidation's cascade runs in the background (ADR 0010): the award is revoked, then its
        // credential; the read models can be caught up before the last step is even recorded
        await().atMost(PROJECTION)
                .until(() -> jdbc.queryForObject(
                                "select count(*) from event_log where event_type = 'CredentialRevoked'"
                                        + " and aggregate_id in (select aggregate_id from event_log"
                                        + " where event_type = 'CredentialIssued' and payload::text like ?)",
                                Long.class,
                                "%" + learner + "%")
                        > 0);
        var awardId = jdbc.queryForObject(
                "select event_id from event_log where aggregate_id = ? and event_type = 'QualificationAwarded'",
                String.class,
                LedgerSteps.pathway(learner, MALTA));
        return new String[] {learner, awardId};
    }

    /** S28: three units of BAC PRO v2013 carried into v2025 by its transition table. */
    private String aLearnerMigratedToV2025() {
        var learner = steps.anEnrolledLearner("Hugo", BACPRO, BRANLY);
        steps.creditFor(learner, BRANLY, BACPRO, "U31@1", SIX_OUTCOMES, 14, "2024-06-10");
        steps.creditFor(learner, BRANLY, BACPRO, "U32@1", SIX_OUTCOMES, 12, "2024-06-11");
        steps.creditFor(learner, BRANLY, BACPRO, "U2@1", SIX_OUTCOMES, 11, "2024-06-12");
        var migrated = steps.post(learner, "pathway-migrations", BRANLY, """
                {"qualification": "%s", "version": 2, "effectiveDate": "2025-09-15"}""".formatted(BACPRO));
        assertThat(migrated.status()).as(migrated.body()).isEqualTo(201);
        return learner;
    }

    /**
     * Issue 6 item 5, ADR 0022: Malta's MT-HSC-101 put forward for the BAC PRO's U2 through a transfer
     * request, validated and recognised by the Lycée Branly; answers the learner and the request.
     */
    private String[] aMalteseLearnerTransferringToTheBacPro() {
        var learner = steps.anEnrolledLearner("Rita", MALTA, MCAST);
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, null, "2024-06-30");
        steps.enrol(learner, BACPRO, BRANLY, "2025-09-01");
        var declared = http.post("/api/equivalences", """
                {"source": "MT-HSC-101@1", "target": "U2@1", "coverage": "FULL", "coveredOutcomes": [],
                 "basis": "COMPETENCE_MATRIX", "basisReference": "Matrix MT-HSC-101→U2", "declaredBy": "%s",
                 "effectiveFrom": "2024-01-01"}""".formatted(LedgerSteps.MEN));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        var requested = steps.post(learner, "transfer-requests", BRANLY, """
                {"sourceQualification": "%s", "sourceUnit": "MT-HSC-101@1", "qualification": "%s", "version": 1,
                 "unit": "U2@1", "requestedOn": "2025-09-10"}""".formatted(MALTA, BACPRO));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        var request = requested.json().get("transferRequestId").asString();
        var validated = http.postWithHeaders(
                "/api/transfer-requests/" + request + "/validation",
                """
                {"decisionReference": "BRANLY-2025/12", "effectiveDate": "2025-09-15"}""",
                Map.of(ActingHeaders.INSTITUTION, BRANLY, ActingHeaders.PERSON, "Registrar"));
        assertThat(validated.status()).as(validated.body()).isEqualTo(201);
        await().atMost(PROJECTION).until(() -> {
            var answer = http.get("/api/transfer-requests/" + request);
            return answer.status() == 200
                    && answer.json().get("state").asString().equals("COMPLETED");
        });
        return new String[] {learner, request};
    }

    /** The body of {@code GET query}, as JSON, or as CSV when the query starts with {@link #CSV}. */
    private String body(String query) {
        if (query.startsWith(CSV)) {
            var path = query.substring(CSV.length());
            var csv = http.getBytes(path, "text/csv");
            assertThat(csv.status()).as(path).isEqualTo(200);
            return csv.text();
        }
        if (query.startsWith(SIGNED)) {
            var path = query.substring(SIGNED.length());
            var answer = http.get(path);
            assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
            return answer.json().get("credentialSubject").toString();
        }
        var path = query;
        var answer = http.get(path);
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer.body();
    }

    /** Every read model has handled every event in the store (lag 0). */
    private void awaitCaughtUp() {
        await().atMost(PROJECTION)
                .untilAsserted(() -> http.get("/api/operations/read-models")
                        .json()
                        .forEach(model -> {
                            assertThat(model.get("state").asString())
                                    .as(model.toString())
                                    .isEqualTo("CAUGHT_UP");
                            assertThat(model.get("lag").asLong())
                                    .as(model.toString())
                                    .isZero();
                        }));
    }

    private void awaitRebuilt(String group) {
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            var status = http.get("/api/operations/read-models/" + group).json();
            return status.at("/lastRebuild/phase").asString().equals("DONE")
                    && status.get("state").asString().equals("CAUGHT_UP")
                    && status.get("lag").asLong() == 0;
        });
    }
}
