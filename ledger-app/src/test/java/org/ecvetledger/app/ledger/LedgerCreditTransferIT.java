package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;
import static org.ecvetledger.app.ledger.LedgerSteps.ENTE_ROMA;
import static org.ecvetledger.app.ledger.LedgerSteps.FOUR_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.LAZIO_OSS;
import static org.ecvetledger.app.ledger.LedgerSteps.MALTA;
import static org.ecvetledger.app.ledger.LedgerSteps.MCAST;
import static org.ecvetledger.app.ledger.LedgerSteps.MEN;
import static org.ecvetledger.app.ledger.LedgerSteps.MUENCHEN;
import static org.ecvetledger.app.ledger.LedgerSteps.assertRefused;
import static org.ecvetledger.app.ledger.LedgerSteps.number;
import static org.ecvetledger.app.ledger.LedgerSteps.pathway;
import static org.ecvetledger.app.ledger.LedgerSteps.results;
import static org.ecvetledger.app.ledger.LedgerSteps.unit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.LookupsFromHistory;
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

/** Credit transfer over HTTP (DOMAIN c6, R8, decision (j)2, ADR 0013): S23, S24, S25 and the refusals. */
@LedgerIT
class LedgerCreditTransferIT {

    private static final String LAZIO_ASO = "IT-LAZIO-ASO";
    /** Recognises for the Lazio care standards: the demo catalogue has no such body. */
    private static final String LAZIO_CERT = "IT-LAZIO-CERT-TRANSFER";
    /** The demo's MoU equivalence: Lazio's common-core hygiene covers LO1, LO2 of Malta's MT-HSC-102. */
    private static final String MIGRATION = "db/migration/ledger/V2026_11_27_040__credit_transfer_lookups.sql";

    private static final String HYGIENE_TO_MALTA = "01a21e00-5eed-7000-8000-00000000c0de";

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    @Autowired
    QueryGateway queries;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    org.axonframework.config.EventProcessingConfiguration processing;

    LedgerHttp http;
    LedgerSteps steps;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp(environment);
        steps = new LedgerSteps(http, jdbc, catalogue);
    }

    private String anEquivalence(String source, String target, String coverage, String outcomes) {
        var declared =
                http.post("/api/equivalences", """
                {"source": "%s", "target": "%s", "coverage": "%s", "coveredOutcomes": [%s],
                 "basis": "COMPETENCE_MATRIX", "basisReference": "Matrix %s→%s", "declaredBy": "%s",
                 "effectiveFrom": "2024-01-01"}""".formatted(source, target, coverage, outcomes, source, target, MEN));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        return declared.json().get("equivalenceId").asString();
    }

    private static String transfer(
            String qualification, String unit, String sourceQualification, String sourceUnit, String equivalence) {
        return """
                {"qualification": "%s", "unit": "%s", "sourceQualification": "%s", "sourceUnit": "%s",
                 %s "decisionReference": "DEC-2025/%s", "effectiveDate": "2025-09-15"}""".formatted(
                        qualification,
                        unit,
                        sourceQualification,
                        sourceUnit,
                        equivalence == null ? "" : "\"equivalence\": \"" + equivalence + "\",",
                        unit);
    }

    /** A learner holding Malta's MT-HSC-101 (30 ECVET points), also enrolled in the BAC PRO (no points). */
    private String aMalteseLearnerMovingToTheBacPro(String name) {
        var learner = steps.anEnrolledLearner(name, MALTA, MCAST);
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, null, "2024-06-30");
        steps.enrol(learner, BACPRO, BRANLY, "2025-09-01");
        return learner;
    }

    private List<UnitRef> unitsHeld(String learner, String qualification) {
        return queries.query(
                        new FindRecognisedUnits(
                                LearnerId.of(learner), new QualificationId(qualification), LocalDate.of(2025, 10, 1)),
                        ResponseTypes.multipleInstancesOf(UnitRef.class))
                .join();
    }

    @Test
    void S24_credit_transferred_into_a_no_points_system_gets_no_points_and_keeps_the_source_points_on_the_event() {
        var learner = aMalteseLearnerMovingToTheBacPro("Joseph");
        var equivalence = anEquivalence("MT-HSC-101@1", "U2@1", "FULL", "");

        var transferred = steps.post(
                learner, "credit-transfers", BRANLY, transfer(BACPRO, "U2@1", MALTA, "MT-HSC-101@1", equivalence));

        assertThat(transferred.status()).as(transferred.body()).isEqualTo(201);
        assertThat(transferred.json().get("recorded").asString()).isEqualTo("CreditTransferred");
        var event = steps.payload(pathway(learner, BACPRO), "CreditTransferred");
        assertThat(unit(event.get("unit"))).isEqualTo("U2@1");
        assertThat(event.get("coverage").asString()).isEqualTo("FULL");
        assertThat(number(event.get("points"))).as("BAC PRO has no points (R9)").isNull();
        assertThat(unit(event.get("sourceUnit"))).isEqualTo("MT-HSC-101@1");
        assertThat(number(event.get("sourcePoints")).intValue()).isEqualTo(30);
        assertThat(event.get("sourceFramework").get("kind").asString()).isEqualTo("ECVET");
        assertThat(event.get("framework").get("kind").asString()).isEqualTo("NONE");
        assertThat(text(event.get("equivalence"))).isEqualTo(equivalence);
        assertThat(event.get("equivalenceVersion").asInt()).isEqualTo(1);
        assertThat(event.get("decisionReference").asString()).isEqualTo("DEC-2025/U2@1");
        assertThat(text(event.get("decidedBy").get("institution"))).isEqualTo(BRANLY);
        // the source keeps its own recognition and points; the receiving pathway holds the unit at once
        assertThat(number(steps.payload(pathway(learner, MALTA), "UnitRecognised")
                                .get("points"))
                        .intValue())
                .isEqualTo(30);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(unitsHeld(learner, BACPRO)).containsExactly(UnitRef.of("U2", 1)));

        var again = steps.post(
                learner, "credit-transfers", BRANLY, transfer(BACPRO, "U2@1", MALTA, "MT-HSC-101@1", equivalence));
        assertRefused(again, 409, "already-recognised");
    }

    @Test
    void S11_invalidating_the_assessment_behind_the_source_revokes_the_transferred_unit_in_the_receiving_pathway() {
        var learner = aMalteseLearnerMovingToTheBacPro("Emanuel");
        var source = steps.basisOf(learner, MALTA, "MT-HSC-101@1");
        var equivalence = anEquivalence("MT-HSC-101@1", "U2@1", "FULL", "");
        var transferred = steps.post(
                learner, "credit-transfers", BRANLY, transfer(BACPRO, "U2@1", MALTA, "MT-HSC-101@1", equivalence));
        assertThat(transferred.status()).as(transferred.body()).isEqualTo(201);
        var receiving = pathway(learner, BACPRO);
        assertThat(LedgerSteps.texts(
                        steps.payload(receiving, "CreditTransferred").get("sourceBasis")))
                .as("the transfer names what the source recognition rests on")
                .containsExactly(source);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(unitsHeld(learner, BACPRO)).containsExactly(UnitRef.of("U2", 1)));

        var invalidated = steps.onAssessment(source, "invalidation", MCAST, """
                {"reason": "the assessor was not authorised", "effectiveDate": "2025-10-01"}""");

        assertThat(invalidated.status()).as(invalidated.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> steps.events(receiving).contains("UnitRecognitionRevoked"));
        var revoked = steps.payload(receiving, "UnitRecognitionRevoked");
        assertThat(unit(revoked.get("unit"))).isEqualTo("U2@1");
        assertThat(revoked.get("invalidatedAssessment").get("value").asString()).isEqualTo(source);
        assertThat(revoked.get("reason").asString()).isEqualTo("the assessor was not authorised");
        assertThat(steps.events(receiving))
                .as("no validation of the receiving pathway rested on it: nothing else is withdrawn")
                .containsExactly("LearnerEnrolled", "CreditTransferred", "UnitRecognitionRevoked");
        assertThat(steps.events(pathway(learner, MALTA))).contains("UnitRecognitionRevoked");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(unitsHeld(learner, BACPRO)).isEmpty());
    }

    @Test
    void S10_correcting_the_assessment_behind_the_source_flags_the_transferred_unit_for_the_body_that_decided_it() {
        var learner = aMalteseLearnerMovingToTheBacPro("Rita");
        var source = steps.basisOf(learner, MALTA, "MT-HSC-101@1");
        var equivalence = anEquivalence("MT-HSC-101@1", "U2@1", "FULL", "");
        assertThat(steps.post(
                                learner,
                                "credit-transfers",
                                BRANLY,
                                transfer(BACPRO, "U2@1", MALTA, "MT-HSC-101@1", equivalence))
                        .status())
                .isEqualTo(201);
        var receiving = pathway(learner, BACPRO);

        var corrected = steps.onAssessment(source, "corrections", MCAST, """
                {"results": [%s], "reason": "LO4 was entered as achieved by mistake", "effectiveDate": "2025-10-01"}""".formatted(String.join(
                ", ",
                LedgerSteps.all(
                        results("MT-HSC-101@1", true, "LO1", "LO2", "LO3"), results("MT-HSC-101@1", false, "LO4")))));

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> steps.events(receiving).contains("RecognitionReviewRequired"));
        var review = steps.payload(receiving, "RecognitionReviewRequired");
        assertThat(review.get("decision").asString()).isEqualTo("UNIT_RECOGNITION");
        assertThat(unit(review.get("unit"))).isEqualTo("U2@1");
        assertThat(review.get("reviewBody").get("value").asString()).isEqualTo(BRANLY);
        assertThat(review.get("assessment").get("value").asString()).isEqualTo(source);
        // the body that decided the transfer confirms it after review
        var confirmed = steps.post(learner, "review-confirmations", BRANLY, """
                {"qualification": "%s", "unit": "U2@1", "effectiveDate": "2025-10-02"}""".formatted(BACPRO));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
    }

    @Test
    void S23_refusals_name_their_rule_and_record_nothing() {
        var learner = aMalteseLearnerMovingToTheBacPro("Carmen");
        var equivalence = anEquivalence("MT-HSC-104@1", "U4@1", "FULL", "");
        var path = pathway(learner, BACPRO);
        var before = steps.events(path).size();

        // the source unit is not recognised in Malta
        assertRefused(
                steps.post(
                        learner,
                        "credit-transfers",
                        BRANLY,
                        transfer(BACPRO, "U4@1", MALTA, "MT-HSC-104@1", equivalence)),
                422,
                "source-not-recognised");
        // no equivalence between different units: a targeted assessment is needed
        assertRefused(
                steps.post(learner, "credit-transfers", BRANLY, transfer(BACPRO, "U2@1", MALTA, "MT-HSC-101@1", null)),
                422,
                "no-equivalence");
        // an equivalence between other units does not apply
        assertRefused(
                steps.post(
                        learner,
                        "credit-transfers",
                        BRANLY,
                        transfer(BACPRO, "U2@1", MALTA, "MT-HSC-101@1", equivalence)),
                422,
                "equivalence-does-not-apply");
        // the host school only assesses
        var toU2 = anEquivalence("MT-HSC-101@1", "U2@1", "FULL", "");
        assertRefused(
                steps.post(
                        learner, "credit-transfers", MUENCHEN, transfer(BACPRO, "U2@1", MALTA, "MT-HSC-101@1", toU2)),
                422,
                "not-authorised");
        // a withdrawn equivalence transfers nothing
        var withdrawn = http.post("/api/equivalences/" + toU2 + "/withdrawal", """
                {"withdrawnBy": "%s", "effectiveFrom": "2025-01-01", "reason": "matrix revised"}""".formatted(MEN));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertRefused(
                steps.post(learner, "credit-transfers", BRANLY, transfer(BACPRO, "U2@1", MALTA, "MT-HSC-101@1", toU2)),
                409,
                "equivalence-withdrawn");
        assertThat(steps.events(path)).hasSize(before);
        // bad input never becomes a command
        var malformed = steps.post(learner, "credit-transfers", BRANLY, """
                {"qualification": "%s", "unit": "U2", "sourceQualification": "%s", "sourceUnit": "MT-HSC-101@1",
                 "equivalence": "not-a-uuid", "decisionReference": "D", "effectiveDate": "2025-09-15"}""".formatted(BACPRO, MALTA));
        assertThat(malformed.status()).as(malformed.body()).isEqualTo(400);
        assertThat(LedgerSteps.fields(malformed.json()))
                .anyMatch(f -> f.startsWith("unit:"))
                .anyMatch(f -> f.startsWith("equivalence:"));
    }

    @Test
    void
            S25_a_common_core_unit_counts_in_the_other_care_qualification_without_a_second_recognition_and_a_partial_equivalence_recognises_its_outcomes() {
        aLazioCertificationBody();
        var learner = steps.anEnrolledLearner("Lucia", LAZIO_OSS, ENTE_ROMA);
        var hygiene = steps.assessed(learner, ENTE_ROMA, """
                {"standard": {"id": "%s", "version": 1}, "method": "WORK_SIMULATION", "setting": "INFORMAL",
                 "assessedOn": "2024-02-01", "results": [%s]}""".formatted(
                        LAZIO_OSS, String.join(", ", results("CC-HYGIENE@1", true, "LO1", "LO2", "LO3"))));
        steps.validated(learner, ENTE_ROMA, LAZIO_OSS, "CC-HYGIENE@1", List.of(hygiene), "2024-02-10");
        steps.recognised(learner, LAZIO_CERT, LAZIO_OSS, "CC-HYGIENE@1", "2024-02-11");
        steps.enrol(learner, LAZIO_ASO, ENTE_ROMA, "2025-09-01");
        steps.enrol(learner, MALTA, MCAST, "2025-09-01");

        // common core (ADR 0016): on enrolling, the unit counts in ASO on its one recognition in OSS
        var aso = pathway(learner, LAZIO_ASO);
        await().atMost(Duration.ofSeconds(20)).until(() -> steps.events(aso).contains("CommonCoreUnitCounted"));
        assertThat(steps.events(aso))
                .as("no assessment, validation or recognition of its own")
                .containsExactly("LearnerEnrolled", "CommonCoreUnitCounted");
        var counted = steps.payload(aso, "CommonCoreUnitCounted");
        assertThat(unit(counted.get("unit"))).isEqualTo("CC-HYGIENE@1");
        assertThat(counted.get("sourceStandard").get("id").get("value").asString())
                .isEqualTo(LAZIO_OSS);
        assertThat(text(counted.get("recognisedBy").get("institution"))).isEqualTo(LAZIO_CERT);
        assertThat(counted.get("recognisedBy").get("person").asString()).isEqualTo("Officer of " + LAZIO_CERT);
        assertThat(LedgerSteps.texts(counted.get("sourceBasis"))).containsExactly(hygiene);
        assertThat(counted.get("effectiveDate").asString()).isEqualTo("2024-02-11");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(unitsHeld(learner, LAZIO_ASO)).containsExactly(UnitRef.of("CC-HYGIENE", 1)));
        // held already: a transfer of it is refused (R14, once per qualification)
        assertRefused(
                steps.post(
                        learner,
                        "credit-transfers",
                        LAZIO_CERT,
                        transfer(LAZIO_ASO, "CC-HYGIENE@1", LAZIO_OSS, "CC-HYGIENE@1", null)),
                409,
                "already-recognised");

        // Malta is another jurisdiction (R19) and another unit: only a transfer under an equivalence counts there
        var partial = steps.post(
                learner,
                "credit-transfers",
                MCAST,
                transfer(MALTA, "MT-HSC-102@1", LAZIO_OSS, "CC-HYGIENE@1", HYGIENE_TO_MALTA));
        assertThat(partial.status()).as(partial.body()).isEqualTo(201);
        assertThat(steps.events(pathway(learner, MALTA))).doesNotContain("CommonCoreUnitCounted");
        var malta = steps.payload(pathway(learner, MALTA), "CreditTransferred");
        assertThat(malta.get("coverage").asString()).isEqualTo("PARTIAL");
        assertThat(LedgerSteps.texts(malta.get("coveredOutcomes"))).containsExactly("LO1", "LO2");
        assertThat(number(malta.get("points")))
                .as("part of a unit carries no points (R10)")
                .isNull();
        assertThat(unitsHeld(learner, MALTA)).isEmpty();
    }

    @Test
    void a_common_core_unit_recognised_after_enrolling_in_both_counts_in_both_and_stops_counting_when_revoked() {
        aLazioCertificationBody();
        var learner = steps.anEnrolledLearner("Sofia", LAZIO_OSS, ENTE_ROMA);
        steps.enrol(learner, LAZIO_ASO, ENTE_ROMA, "2024-01-15");
        var hygiene = steps.assessed(learner, ENTE_ROMA, """
                {"standard": {"id": "%s", "version": 1}, "method": "WORK_SIMULATION", "setting": "INFORMAL",
                 "assessedOn": "2024-02-01", "results": [%s]}""".formatted(
                        LAZIO_OSS, String.join(", ", results("CC-HYGIENE@1", true, "LO1", "LO2", "LO3"))));
        steps.validated(learner, ENTE_ROMA, LAZIO_OSS, "CC-HYGIENE@1", List.of(hygiene), "2024-02-10");
        steps.recognised(learner, LAZIO_CERT, LAZIO_OSS, "CC-HYGIENE@1", "2024-02-11");

        var aso = pathway(learner, LAZIO_ASO);
        await().atMost(Duration.ofSeconds(20)).until(() -> steps.events(aso).contains("CommonCoreUnitCounted"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var answer = http.get("/api/learners/" + learner + "/transcript");
            // until the transcript read model has the learner it answers 404: an assertion, so awaited
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            var transcript = answer.json();
            var lines = new java.util.ArrayList<String>();
            transcript
                    .get("units")
                    .forEach(u -> lines.add(u.get("qualification").asString() + " "
                            + u.get("unit").asString() + " " + u.get("status").asString() + " "
                            + u.get("route").asString()));
            assertThat(lines).contains(LAZIO_ASO + " CC-HYGIENE@1 RECOGNISED COMMON_CORE");
            assertThat(lines).anyMatch(line -> line.startsWith(LAZIO_OSS + " CC-HYGIENE@1 RECOGNISED "));
            // the learner's totals count the one recognition once (R7): no framework total names the ASO line
            transcript
                    .get("totals")
                    .forEach(total -> total.get("sources")
                            .forEach(source -> assertThat(
                                            source.get("qualification").asString())
                                    .isNotEqualTo(LAZIO_ASO)));
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var answer = http.get("/api/learners/" + learner + "/progress/" + LAZIO_ASO);
            // until the progress read model has the learner it answers 404 without units: an assertion,
            // so awaited (reading the units of that answer threw a NullPointerException, which an
            // await does not retry)
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            int hygieneLines = 0;
            for (var line : answer.json().get("units")) {
                if (line.get("unit").asString().equals("CC-HYGIENE@1")) {
                    hygieneLines++;
                    assertThat(line.get("status").asString()).isEqualTo("RECOGNISED");
                    assertThat(LedgerSteps.texts(line.get("eventIds")))
                            .as("its provenance is the count, which names the recognition")
                            .hasSize(1);
                }
            }
            assertThat(hygieneLines).as(answer.body()).isEqualTo(1);
        });

        // the recognising body revokes its recognition in OSS: ASO stops counting it, with the same cause
        var revoked = steps.post(learner, "recognition-revocations", LAZIO_CERT, """
                {"qualification": "%s", "unit": "CC-HYGIENE@1", "effectiveDate": "2024-05-01", "reason": "recognised in error"}""".formatted(LAZIO_OSS));
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> steps.events(aso).contains("UnitRecognitionRevoked"));
        var stopped = steps.payload(aso, "UnitRecognitionRevoked");
        assertThat(stopped.get("reason").asString())
                .isEqualTo("its recognition in " + LAZIO_OSS + " was revoked: recognised in error");
        assertThat(text(stopped.get("revokedBy").get("institution"))).isEqualTo(LAZIO_CERT);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(unitsHeld(learner, LAZIO_ASO)).isEmpty());
    }

    @Test
    void migration_V2026_11_27_040_rebuilds_the_equivalences_and_the_recognitions_points_and_grades_from_the_events() {
        S24_credit_transferred_into_a_no_points_system_gets_no_points_and_keeps_the_source_points_on_the_event();
        LookupsFromHistory.assertRebuiltAsKept(
                MIGRATION,
                jdbc,
                transactions,
                "select equivalence_id, version, source_ref, target_ref, coverage, covered_outcomes::text, withdrawn"
                        + " from wl_unit_equivalence order by equivalence_id",
                "delete from wl_unit_equivalence");
        LookupsFromHistory.assertRebuiltAsKept(
                MIGRATION,
                jdbc,
                transactions,
                "select pathway_id, unit_ref, standard_ref, effective_date, recognised_by, points, grade"
                        + " from wl_unit_recognition order by pathway_id, unit_ref",
                "delete from wl_unit_recognition where unit_ref in ('U2@1', 'CC-HYGIENE@1')",
                "update wl_unit_recognition set points = null, grade = null");
    }

    @Test
    void migrations_V2026_11_27_060_and_061_rebuild_bases_recognisers_reliance_and_pathways_from_the_events() {
        S10_correcting_the_assessment_behind_the_source_flags_the_transferred_unit_for_the_body_that_decided_it();
        a_common_core_unit_recognised_after_enrolling_in_both_counts_in_both_and_stops_counting_when_revoked();
        LookupsFromHistory.assertRebuiltAsKept(
                "db/migration/ledger/V2026_11_27_060__transfer_reliance.sql",
                jdbc,
                transactions,
                "select pathway_id, unit_ref, basis::text, recognised_person from wl_unit_recognition"
                        + " order by pathway_id, unit_ref",
                "update wl_unit_recognition set basis = '[]'::jsonb, recognised_person = null");
        LookupsFromHistory.assertRebuiltAsKept(
                List.of(
                        "db/migration/ledger/V2026_11_27_010__assessment_changes.sql",
                        "db/migration/ledger/V2026_11_27_060__transfer_reliance.sql"),
                jdbc,
                transactions,
                "select assessment_id, pathway_id from wl_assessment_reliance order by assessment_id, pathway_id",
                "delete from wl_assessment_reliance");
        LookupsFromHistory.assertRebuiltAsKept(
                "db/migration/ledger/V2026_11_27_061__learner_pathways.sql",
                jdbc,
                transactions,
                "select pathway_id, learner_id, qualification_id from wl_learner_pathway order by pathway_id",
                "delete from wl_learner_pathway");
    }

    // --- ADR 0016 amendment (2026-11-28): other revocations of the source reach the transfer; common core catches up

    /** A learner holding Malta's MT-HSC-101 recognised three days ago (appealable), also enrolled in the BAC PRO. */
    private String aRecentlyRecognisedMalteseLearnerMovingToTheBacPro(String name) {
        var learner = steps.anEnrolledLearner(name, MALTA, MCAST);
        steps.creditFor(
                learner,
                MCAST,
                MALTA,
                "MT-HSC-101@1",
                FOUR_OUTCOMES,
                null,
                LocalDate.now().minusDays(3).toString());
        steps.enrol(learner, BACPRO, BRANLY, "2025-09-01");
        var equivalence = anEquivalence("MT-HSC-101@1", "U2@1", "FULL", "");
        var transferred = steps.post(
                learner, "credit-transfers", BRANLY, transfer(BACPRO, "U2@1", MALTA, "MT-HSC-101@1", equivalence));
        assertThat(transferred.status()).as(transferred.body()).isEqualTo(201);
        return learner;
    }

    private String eventIdOf(String aggregate, String type) {
        return jdbc.queryForObject(
                "select event_id from event_log where aggregate_id = ? and event_type = ?",
                String.class,
                aggregate,
                type);
    }

    @Test
    void S13_upheld_appeal_reversing_the_source_flags_the_transferred_unit_for_review_by_the_receiving_body() {
        var learner = aRecentlyRecognisedMalteseLearnerMovingToTheBacPro("Carmelo");
        var lodged = http.postWithHeaders(
                "/api/appeals",
                """
                {"learner": "%s", "qualification": "%s", "unit": "MT-HSC-101@1", "grounds": "recognised on the wrong unit"}""".formatted(learner, MALTA),
                java.util.Map.of(ActingHeaders.INSTITUTION, MCAST, ActingHeaders.PERSON, "Advocate"));
        assertThat(lodged.status()).as(lodged.body()).isEqualTo(201);
        var appeal = lodged.json().get("appealId").asString();

        var upheld = http.postWithHeaders(
                "/api/appeals/" + appeal + "/upholding",
                """
                {"remedy": "REVERSE_DECISION", "reasoning": "the unit was not the one assessed", "effectiveDate": "%s"}""".formatted(LocalDate.now()),
                java.util.Map.of(ActingHeaders.INSTITUTION, MCAST, ActingHeaders.PERSON, "Appeal board"));
        assertThat(upheld.status()).as(upheld.body()).isEqualTo(201);

        var source = pathway(learner, MALTA);
        var receiving = pathway(learner, BACPRO);
        await().atMost(Duration.ofSeconds(20)).until(() -> steps.events(source).contains("UnitRecognitionRevoked"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> steps.events(receiving).contains("RecognitionReviewRequired"));
        var review = steps.payload(receiving, "RecognitionReviewRequired");
        assertThat(review.get("decision").asString()).isEqualTo("UNIT_RECOGNITION");
        assertThat(unit(review.get("unit"))).isEqualTo("U2@1");
        assertThat(text(review.get("reviewBody")))
                .as("the body that decided the transfer")
                .isEqualTo(BRANLY);
        assertThat(review.get("sourceRevocation").asString())
                .as("the review names the source's revocation")
                .isEqualTo(eventIdOf(source, "UnitRecognitionRevoked"));
        assertThat(text(review.get("appeal"))).isEqualTo(appeal);
        assertThat(steps.events(receiving))
                .as("nothing downstream is silently rewritten")
                .containsExactly("LearnerEnrolled", "CreditTransferred", "RecognitionReviewRequired");
        // the body that decided the transfer decides again: it revokes
        var revoked = steps.post(learner, "recognition-revocations", BRANLY, """
                {"qualification": "%s", "unit": "U2@1", "effectiveDate": "%s", "reason": "its source was reversed on appeal"}""".formatted(BACPRO, LocalDate.now()));
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(201);
        assertThat(steps.events(receiving)).endsWith("UnitRecognitionRevoked");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(unitsHeld(learner, BACPRO)).isEmpty());
    }

    @Test
    void S10_the_source_bodys_revocation_flags_the_transferred_unit_and_its_body_confirms_it() {
        var learner = aRecentlyRecognisedMalteseLearnerMovingToTheBacPro("Marija");
        var revoked = steps.post(learner, "recognition-revocations", MCAST, """
                {"qualification": "%s", "unit": "MT-HSC-101@1", "effectiveDate": "%s", "reason": "recognised in error"}""".formatted(MALTA, LocalDate.now()));
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(201);

        var receiving = pathway(learner, BACPRO);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> steps.events(receiving).contains("RecognitionReviewRequired"));
        var review = steps.payload(receiving, "RecognitionReviewRequired");
        assertThat(review.get("sourceRevocation").asString())
                .isEqualTo(eventIdOf(pathway(learner, MALTA), "UnitRecognitionRevoked"));
        assertThat(review.get("appeal").isNull()).isTrue();
        assertThat(review.get("reason").asString()).endsWith("was revoked: recognised in error");
        var confirmed = steps.post(learner, "review-confirmations", BRANLY, """
                {"qualification": "%s", "unit": "U2@1", "effectiveDate": "%s"}""".formatted(BACPRO, LocalDate.now()));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(unitsHeld(learner, BACPRO)).containsExactly(UnitRef.of("U2", 1)));
    }

    /**
     * Common core before ADR 0016's policy: a unit recognised in OSS, then an enrolment in ASO that no
     * common-core policy saw (its processor stopped here, as before it existed). The catch-up, first
     * run from the start of the event store, counts it; replayed again it records nothing more.
     */
    @Test
    void the_common_core_catch_up_counts_history_once_and_replayed_again_records_nothing() {
        aLazioCertificationBody();
        var catchUp = (org.axonframework.eventhandling.StreamingEventProcessor) processing
                .eventProcessor(org.ecvetledger.app.commoncore.CommonCoreCatchUp.PROCESSING_GROUP)
                .orElseThrow();
        var learner = steps.anEnrolledLearner("Giulia", LAZIO_OSS, ENTE_ROMA);
        var aso = pathway(learner, LAZIO_ASO);
        catchUp.shutDown();
        try {
            var hygiene = steps.assessed(learner, ENTE_ROMA, """
                    {"standard": {"id": "%s", "version": 1}, "method": "WORK_SIMULATION", "setting": "INFORMAL",
                     "assessedOn": "2024-02-01", "results": [%s]}""".formatted(
                            LAZIO_OSS, String.join(", ", results("CC-HYGIENE@1", true, "LO1", "LO2", "LO3"))));
            steps.validated(learner, ENTE_ROMA, LAZIO_OSS, "CC-HYGIENE@1", List.of(hygiene), "2024-02-10");
            steps.recognised(learner, LAZIO_CERT, LAZIO_OSS, "CC-HYGIENE@1", "2024-02-11");
            // the cascade has seen the recognition while the learner was in OSS only: nothing to count
            var recognisedAt = jdbc.queryForObject(
                    "select global_index from event_log where aggregate_id = ? and event_type = 'UnitRecognised'",
                    Long.class,
                    pathway(learner, LAZIO_OSS));
            var cascade = (org.axonframework.eventhandling.StreamingEventProcessor) processing
                    .eventProcessor(org.ecvetledger.app.assessment.AssessmentCascade.PROCESSING_GROUP)
                    .orElseThrow();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !cascade.processingStatus().isEmpty()
                            && cascade.processingStatus().values().stream()
                                    .allMatch(s -> s.getCurrentPosition().orElse(-1) >= recognisedAt));
            steps.enrol(learner, LAZIO_ASO, ENTE_ROMA, "2025-09-01");
            await().during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> steps.events(aso).equals(List.of("LearnerEnrolled")));
            catchUp.resetTokens();
        } finally {
            catchUp.start();
        }
        await().atMost(Duration.ofMinutes(3)).until(() -> caughtUp(catchUp));
        await().atMost(Duration.ofSeconds(20)).until(() -> steps.events(aso).contains("CommonCoreUnitCounted"));
        var counted = steps.payload(aso, "CommonCoreUnitCounted");
        assertThat(counted.get("effectiveDate").asString())
                .as("it counts from its recognition")
                .isEqualTo("2024-02-11");
        var events = steps.countEvents();

        catchUp.shutDown();
        catchUp.resetTokens();
        catchUp.start();
        await().atMost(Duration.ofMinutes(3)).until(() -> caughtUp(catchUp));

        assertThat(steps.events(aso)).containsExactly("LearnerEnrolled", "CommonCoreUnitCounted");
        assertThat(steps.countEvents())
                .as("replaying every enrolment again records nothing anywhere")
                .isEqualTo(events);
    }

    private static boolean caughtUp(org.axonframework.eventhandling.StreamingEventProcessor processor) {
        return processor.isRunning()
                && !processor.isReplaying()
                && !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream().allMatch(s -> s.isCaughtUp() && !s.isReplaying());
    }

    private void aLazioCertificationBody() {
        var registered = http.post("/api/institutions", """
                {"institutionId": "%s", "legalName": "Regione Lazio, certificazione delle competenze",
                 "jurisdiction": "IT/Lazio", "kind": "REGIONAL_AUTHORITY"}""".formatted(LAZIO_CERT));
        assertThat(registered.status()).as(registered.body()).isIn(201, 409);
        for (var grant : List.of(
                List.of("RECOGNISE", LAZIO_OSS), List.of("VALIDATE", LAZIO_ASO), List.of("RECOGNISE", LAZIO_ASO))) {
            var granted = http.post(
                    "/api/institutions/" + LAZIO_CERT + "/functions", """
                    {"function": "%s", "standard": "%s", "jurisdiction": "IT/Lazio", "effectiveFrom": "2021-01-01"}""".formatted(grant.get(0), grant.get(1)));
            assertThat(granted.status()).as(granted.body()).isIn(200, 409);
        }
    }

    private static String text(tools.jackson.databind.JsonNode node) {
        return node.isObject() ? node.get("value").asString() : node.asString();
    }
}
