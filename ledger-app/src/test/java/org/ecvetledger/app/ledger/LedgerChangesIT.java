package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;
import static org.ecvetledger.app.ledger.LedgerSteps.FOUR_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.MALTA;
import static org.ecvetledger.app.ledger.LedgerSteps.MCAST;
import static org.ecvetledger.app.ledger.LedgerSteps.MEN;
import static org.ecvetledger.app.ledger.LedgerSteps.MUENCHEN;
import static org.ecvetledger.app.ledger.LedgerSteps.SIX_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.assertNotFound;
import static org.ecvetledger.app.ledger.LedgerSteps.assertRefused;
import static org.ecvetledger.app.ledger.LedgerSteps.assessment;
import static org.ecvetledger.app.ledger.LedgerSteps.fields;
import static org.ecvetledger.app.ledger.LedgerSteps.number;
import static org.ecvetledger.app.ledger.LedgerSteps.pathway;
import static org.ecvetledger.app.ledger.LedgerSteps.results;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.LookupsFromHistory;
import org.ecvetledger.app.assessment.AssessmentCascade;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.projections.learner.FindRecognisedUnits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Changing the past without rewriting it, through the API (issue 6; DOMAIN c7; R24, R25; ADR
 * 0010): corrections keep the original and flag what rests on it for review (S09, S10);
 * invalidation withdraws it in order and the totals follow at once (S11).
 */
@LedgerIT
class LedgerChangesIT {

    private static final Duration CASCADE = Duration.ofSeconds(20);

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    @Autowired
    QueryGateway queries;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    PlatformTransactionManager transactions;

    LedgerSteps steps;

    @BeforeEach
    void setUp() {
        steps = new LedgerSteps(new LedgerHttp(environment), jdbc, catalogue);
    }

    private static String correction(String unit, List<String> outcomes, int grade, String reason) {
        return """
                {"results": [%s], "grades": [{"unit": "%s", "grade": %d}], "reason": "%s", "effectiveDate": "2025-09-01"}""".formatted(String.join(", ", results(unit, true, outcomes)), unit, grade, reason);
    }

    @Test
    void S09_a_clerical_correction_keeps_the_original_and_decisions_read_the_corrected_grade() {
        var learner = steps.anEnrolledLearner("Inès", BACPRO, BRANLY);
        var assessment = steps.assessed(
                learner,
                BRANLY,
                assessment(BACPRO, "2025-06-10", results("U31@1", true, SIX_OUTCOMES), Map.of("U31@1", 9), null));

        var corrected = steps.onAssessment(
                assessment, "corrections", BRANLY, correction("U31@1", SIX_OUTCOMES, 13, "transcription error"));

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        assertThat(corrected.json().get("recorded").asString()).isEqualTo("AssessmentCorrected");
        assertThat(steps.events(assessment)).containsExactly("AssessmentRecorded", "AssessmentCorrected");
        var recorded = steps.payload(assessment, "AssessmentRecorded");
        assertThat(number(recorded.get("content").get("grades").get(0).get("grade")))
                .as("the original stays as it was")
                .isEqualByComparingTo(BigDecimal.valueOf(9));
        var event = steps.payload(assessment, "AssessmentCorrected");
        assertThat(number(event.get("previousGrades").get(0).get("grade"))).isEqualByComparingTo("9");
        assertThat(number(event.get("grades").get(0).get("grade"))).isEqualByComparingTo("13");
        assertThat(event.get("reason").asString()).isEqualTo("transcription error");
        assertThat(event.get("correctedBy").get("institution").get("value").asString())
                .isEqualTo(BRANLY);
        assertThat(event.get("correction").asInt()).isEqualTo(1);

        // no decision rested on it: nothing to review; a recognition now takes the corrected grade. The
        // cascade handles the correction first: a validation recorded before it did would rest on it (ADR 0010)
        awaitCascadeCaughtUp();
        steps.validated(learner, BRANLY, BACPRO, "U31@1", List.of(assessment), "2025-09-02");
        steps.recognised(learner, BRANLY, BACPRO, "U31@1", "2025-09-03");
        var path = pathway(learner, BACPRO);
        assertThat(number(steps.payload(path, "UnitRecognised").get("grade"))).isEqualByComparingTo("13");
        assertThat(steps.events(path)).doesNotContain("RecognitionReviewRequired");
    }

    @Test
    void a_correction_is_the_assessors_and_names_every_bad_field() {
        var learner = steps.anEnrolledLearner("Hugo", BACPRO, BRANLY);
        var assessment = steps.assessed(
                learner,
                BRANLY,
                assessment(BACPRO, "2025-06-10", results("U31@1", true, SIX_OUTCOMES), Map.of("U31@1", 9), null));
        var events = steps.countEvents();

        var byAnother =
                steps.onAssessment(assessment, "corrections", MUENCHEN, correction("U31@1", SIX_OUTCOMES, 13, "x"));
        var unchanged =
                steps.onAssessment(assessment, "corrections", BRANLY, correction("U31@1", SIX_OUTCOMES, 9, "x"));
        var malformed = steps.onAssessment(assessment, "corrections", BRANLY, """
                {"results": [], "reason": " ", "effectiveDate": "yesterday"}""");
        var unknown = steps.onAssessment(
                UUID.randomUUID().toString(), "corrections", BRANLY, correction("U31@1", SIX_OUTCOMES, 13, "x"));

        assertRefused(byAnother, 422, "not-authorised");
        assertRefused(unchanged, 422, "nothing-corrected");
        assertThat(malformed.status()).as(malformed.body()).isEqualTo(400);
        assertThat(fields(malformed.json()))
                .containsExactly("effectiveDate:format", "reason:required", "results:required");
        assertNotFound(unknown);
        assertThat(steps.countEvents()).isEqualTo(events);
    }

    @Test
    void S10_a_correction_flags_the_recognition_for_review_and_its_body_confirms_or_revokes() {
        var learner = steps.anEnrolledLearner("Jules", BACPRO, BRANLY);
        steps.creditFor(learner, BRANLY, BACPRO, "U31@1", SIX_OUTCOMES, 14, "2025-06-10");
        steps.creditFor(learner, BRANLY, BACPRO, "U12@1", SIX_OUTCOMES, 12, "2025-06-11");
        var u31 = steps.basisOf(learner, BACPRO, "U31@1");
        var u12 = steps.basisOf(learner, BACPRO, "U12@1");
        var path = pathway(learner, BACPRO);

        assertThat(steps.onAssessment(u31, "corrections", BRANLY, correction("U31@1", SIX_OUTCOMES, 11, "typo"))
                        .status())
                .isEqualTo(201);
        assertThat(steps.onAssessment(u12, "corrections", BRANLY, correction("U12@1", SIX_OUTCOMES, 15, "typo"))
                        .status())
                .isEqualTo(201);
        await().atMost(CASCADE)
                .until(() -> steps.payloads(path, "RecognitionReviewRequired").size() == 2);

        var review = steps.payloads(path, "RecognitionReviewRequired").get(0);
        assertThat(review.get("decision").asString()).isEqualTo("UNIT_RECOGNITION");
        assertThat(review.get("reviewBody").get("value").asString()).isEqualTo(BRANLY);
        assertThat(review.get("reason").asString()).isEqualTo("typo");
        assertRefused(steps.award(learner, MEN, BACPRO, "2025-09-10"), 409, "review-pending");
        assertRefused(steps.post(learner, "review-confirmations", MEN, """
                        {"qualification": "%s", "unit": "U31@1", "effectiveDate": "2025-09-05"}""".formatted(BACPRO)), 422, "not-authorised");

        var confirmed = steps.post(learner, "review-confirmations", BRANLY, """
                {"qualification": "%s", "unit": "U12@1", "effectiveDate": "2025-09-05", "note": "15 changes nothing"}""".formatted(BACPRO));
        var again = steps.post(learner, "review-confirmations", BRANLY, """
                {"qualification": "%s", "unit": "U12@1", "effectiveDate": "2025-09-05"}""".formatted(BACPRO));
        var revoked = steps.post(learner, "recognition-revocations", BRANLY, """
                {"qualification": "%s", "unit": "U31@1", "effectiveDate": "2025-09-05", "reason": "recognise on the corrected grade"}""".formatted(BACPRO));
        steps.recognised(learner, BRANLY, BACPRO, "U31@1", "2025-09-06");

        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
        assertRefused(again, 409, "no-review-pending");
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(201);
        assertThat(steps.events(path))
                .containsSubsequence(
                        "RecognitionReviewRequired",
                        "RecognitionReviewRequired",
                        "RecognitionConfirmed",
                        "UnitRecognitionRevoked",
                        "UnitRecognised");
        var recognitions = steps.payloads(path, "UnitRecognised");
        assertThat(number(recognitions.get(recognitions.size() - 1).get("grade")))
                .isEqualByComparingTo("11");
        assertThat(number(recognitions.get(0).get("grade")))
                .as("the first recognition stays as it was")
                .isEqualByComparingTo("14");
    }

    private void awaitCascadeCaughtUp() {
        var cascade = (org.axonframework.eventhandling.StreamingEventProcessor)
                processing.eventProcessor(AssessmentCascade.PROCESSING_GROUP).orElseThrow();
        long head = jdbc.queryForObject("select max(globalindex) from domainevententry", Long.class);
        await().atMost(CASCADE)
                .until(() -> cascade.processingStatus().values().stream()
                        .allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= head));
    }

    /** Maria's S17 pathway: three Maltese units, 120 points, awarded by MCAST. */
    private String anAwardedMalteseLearner(String name) {
        var learner = steps.anEnrolledLearner(name, MALTA, MCAST);
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, null, "2022-06-30");
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-104@1", FOUR_OUTCOMES, null, "2023-06-30");
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-105@1", FOUR_OUTCOMES, null, "2025-06-30");
        var awarded = steps.award(learner, MCAST, MALTA, "2025-07-01");
        assertThat(awarded.status()).as(awarded.body()).isEqualTo(201);
        return learner;
    }

    private List<UnitRef> unitsHeld(String learner) {
        return queries.query(
                        new FindRecognisedUnits(
                                LearnerId.of(learner), new QualificationId(MALTA), LocalDate.of(2025, 9, 1)),
                        ResponseTypes.multipleInstancesOf(UnitRef.class))
                .join();
    }

    @Test
    void S11_an_invalidation_withdraws_validation_recognition_and_award_in_order_and_the_totals_follow() {
        var learner = anAwardedMalteseLearner("Giorgio");
        var fraudulent = steps.basisOf(learner, MALTA, "MT-HSC-104@1");
        var path = pathway(learner, MALTA);
        await().atMost(CASCADE).until(() -> unitsHeld(learner).size() == 3);

        var invalidated = steps.onAssessment(fraudulent, "invalidation", MCAST, """
                {"reason": "the assessor was not authorised", "effectiveDate": "2025-09-01"}""");

        assertThat(invalidated.status()).as(invalidated.body()).isEqualTo(201);
        assertThat(steps.events(fraudulent)).containsExactly("AssessmentRecorded", "AssessmentInvalidated");
        await().atMost(CASCADE).until(() -> steps.events(path).contains("QualificationAwardRevoked"));
        var events = steps.events(path);
        assertThat(events.subList(events.size() - 3, events.size()))
                .containsExactly("CreditValidationWithdrawn", "UnitRecognitionRevoked", "QualificationAwardRevoked");
        for (var type : List.of("CreditValidationWithdrawn", "UnitRecognitionRevoked", "QualificationAwardRevoked")) {
            var payload = steps.payload(path, type);
            assertThat(payload.get("reason").asString()).isEqualTo("the assessor was not authorised");
            assertThat(payload.get("invalidatedAssessment").get("value").asString())
                    .isEqualTo(fraudulent);
        }
        assertThat(LedgerSteps.unit(
                        steps.payload(path, "UnitRecognitionRevoked").get("unit")))
                .isEqualTo("MT-HSC-104@1");
        var revokedAward = steps.payload(path, "QualificationAwardRevoked");
        assertThat(revokedAward.get("awardedOn").asString()).isEqualTo("2025-07-01");
        assertThat(revokedAward.get("awardedBy").get("value").asString()).isEqualTo(MCAST);
        await().atMost(CASCADE)
                .untilAsserted(() -> assertThat(unitsHeld(learner))
                        .extracting(UnitRef::toString)
                        .containsExactly("MT-HSC-101@1", "MT-HSC-105@1"));
        var evaluation = steps.evaluation(learner, MCAST, MALTA, "2025-09-02");
        assertThat(evaluation.get("eligible").asBoolean()).isFalse();

        // no longer credit: a validation on it is refused, and it cannot be invalidated or corrected again
        assertRefused(
                steps.validate(learner, MCAST, MALTA, "MT-HSC-104@1", List.of(fraudulent), "2025-09-03"),
                422,
                "assessment-missing");
        assertRefused(steps.onAssessment(fraudulent, "invalidation", MCAST, """
                        {"reason": "again", "effectiveDate": "2025-09-01"}"""), 409, "assessment-invalidated");
    }

    @Test
    void S11_the_cascade_completes_after_an_interruption_between_the_invalidation_and_its_consequences() {
        var learner = anAwardedMalteseLearner("Paola");
        var fraudulent = steps.basisOf(learner, MALTA, "MT-HSC-101@1");
        var path = pathway(learner, MALTA);
        var cascade =
                processing.eventProcessor(AssessmentCascade.PROCESSING_GROUP).orElseThrow();
        cascade.shutDown();
        try {
            var invalidated = steps.onAssessment(fraudulent, "invalidation", MCAST, """
                    {"reason": "forged signature", "effectiveDate": "2025-09-01"}""");
            assertThat(invalidated.status()).as(invalidated.body()).isEqualTo(201);
            // the invalidation is committed; its consequences wait for the processor, from its stored token
            await().during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> !steps.events(path).contains("CreditValidationWithdrawn"));
        } finally {
            cascade.start();
        }

        await().atMost(CASCADE).until(() -> steps.events(path).contains("QualificationAwardRevoked"));
        assertThat(steps.events(path).stream()
                        .filter(e -> e.equals("UnitRecognitionRevoked"))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void the_migrations_rebuild_the_reliance_and_recognition_lookups_from_the_events_alone() {
        var learner = anAwardedMalteseLearner("Rita");
        var revoked = steps.post(learner, "recognition-revocations", MCAST, """
                {"qualification": "%s", "unit": "MT-HSC-105@1", "effectiveDate": "2025-09-05", "reason": "entered in error"}""".formatted(MALTA));
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(201);

        // since V2026_11_27_060 (ADR 0016) transfers and common-core counts rest on their source's assessments too
        LookupsFromHistory.assertRebuiltAsKept(
                List.of(
                        "db/migration/ledger/V2026_11_27_010__assessment_changes.sql",
                        "db/migration/ledger/V2026_11_27_060__transfer_reliance.sql"),
                jdbc,
                transactions,
                "select assessment_id::text, pathway_id from wl_assessment_reliance order by 1, 2",
                "delete from wl_assessment_reliance");
        // since V2026_11_27_040 (ADR 0013) the recognitions lookup also holds full transfers
        LookupsFromHistory.assertRebuiltAsKept(
                List.of(
                        "db/migration/ledger/V2026_11_27_011__appeal_lookups.sql",
                        "db/migration/ledger/V2026_11_27_040__credit_transfer_lookups.sql"),
                jdbc,
                transactions,
                "select pathway_id, unit_ref, standard_ref, effective_date, recognised_by from wl_unit_recognition "
                        + "order by 1, 2",
                "delete from wl_unit_recognition");
        assertThat(jdbc.queryForObject(
                        "select count(*) from wl_unit_recognition where pathway_id = ?",
                        Long.class,
                        pathway(learner, MALTA)))
                .as("the revoked unit is not held")
                .isEqualTo(2);
    }
}
