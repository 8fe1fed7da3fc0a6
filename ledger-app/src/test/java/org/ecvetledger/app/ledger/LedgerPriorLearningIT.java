package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.app.ledger.LedgerSteps.ENTE_ROMA;
import static org.ecvetledger.app.ledger.LedgerSteps.FOUR_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.LAZIO_OSS;
import static org.ecvetledger.app.ledger.LedgerSteps.MALTA;
import static org.ecvetledger.app.ledger.LedgerSteps.MCAST;
import static org.ecvetledger.app.ledger.LedgerSteps.MUENCHEN;
import static org.ecvetledger.app.ledger.LedgerSteps.all;
import static org.ecvetledger.app.ledger.LedgerSteps.assertRefused;
import static org.ecvetledger.app.ledger.LedgerSteps.pathway;
import static org.ecvetledger.app.ledger.LedgerSteps.results;
import static org.ecvetledger.app.ledger.LedgerSteps.texts;

import java.util.List;
import java.util.Map;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Recognition of prior learning over HTTP (DOMAIN c4, R22): the RPL case from opening to the training plan (S14, S15). */
@LedgerIT
class LedgerPriorLearningIT {

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

    private LedgerHttp.Answer onCase(String path, String institution, String json) {
        return http.postWithHeaders(
                "/api/rpl-cases" + path,
                json,
                Map.of(ActingHeaders.INSTITUTION, institution, ActingHeaders.PERSON, "RPL adviser of " + institution));
    }

    private String aCase(String learner, String standard, String institution, String units) {
        var opened = onCase("", institution, """
                {"learner": "%s", "standard": {"id": "%s", "version": 1}, "targetUnits": [%s],
                 "entryPoint": "job centre", "openedOn": "2024-01-10"}""".formatted(learner, standard, units));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        var submitted = onCase("/" + opened.json().get("caseId").asString() + "/evidence", institution, """
                {"items": [{"documentId": "PORTFOLIO-%s", "sha256": "%s"}], "submittedOn": "2024-01-12"}""".formatted(
                        learner, "c".repeat(64)));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        return opened.json().get("caseId").asString();
    }

    private JsonNode single(String caseId, String type) {
        return steps.payload(caseId, type);
    }

    @Test
    void S14_work_experience_is_weighed_outcome_by_outcome_and_recognised_through_the_pathway_as_informal_learning() {
        var learner = steps.anEnrolledLearner("Marco", MALTA, MCAST);
        var caseId = aCase(learner, MALTA, MCAST, "\"MT-HSC-101@1\", \"MT-HSC-102@1\"");
        var worksite = steps.assessed(learner, MCAST, """
                {"standard": {"id": "%s", "version": 1}, "method": "WORK_SIMULATION", "setting": "INFORMAL",
                 "assessedOn": "2024-02-12", "results": [%s]}""".formatted(
                        MALTA,
                        String.join(
                                ", ",
                                all(
                                        results("MT-HSC-101@1", true, FOUR_OUTCOMES),
                                        results("MT-HSC-102@1", true, FOUR_OUTCOMES)))));

        var analysed = onCase("/" + caseId + "/gap-analysis", MCAST, """
                {"basis": ["%s"], "completedOn": "2024-02-20"}""".formatted(worksite));

        assertThat(analysed.status()).as(analysed.body()).isEqualTo(201);
        var gap = single(caseId, "GapAnalysisCompleted");
        assertThat(texts(gap.get("metOutcomes"))).hasSize(8).contains("MT-HSC-101@1/LO1", "MT-HSC-102@1/LO4");
        assertThat(texts(gap.get("missingOutcomes"))).isEmpty();
        assertRefused(onCase("/" + caseId + "/training-plan", MCAST, """
                        {"planReference": "PFI-1", "issuedOn": "2024-02-21"}"""), 422, "nothing-missing");
        // validated units are recognised like any other (R22); the route is the assessments' setting
        for (var unit : List.of("MT-HSC-101@1", "MT-HSC-102@1")) {
            steps.validated(learner, MCAST, MALTA, unit, List.of(worksite), "2024-02-25");
            steps.recognised(learner, MCAST, MALTA, unit, "2024-02-26");
        }
        var recognised = steps.payloads(pathway(learner, MALTA), "UnitRecognised");
        assertThat(recognised).hasSize(2);
        assertThat(recognised).allSatisfy(r -> assertThat(texts(r.get("basis"))).containsExactly(worksite));
        assertThat(steps.payload(worksite, "AssessmentRecorded")
                        .get("content")
                        .get("setting")
                        .asString())
                .isEqualTo("INFORMAL");
        assertThat(steps.events(caseId)).containsExactly("RPLCaseOpened", "EvidenceSubmitted", "GapAnalysisCompleted");
    }

    @Test
    void S15_the_gap_analysis_finds_what_is_missing_and_the_individual_training_plan_covers_it() {
        var learner = steps.anEnrolledLearner("Amina", LAZIO_OSS, ENTE_ROMA);
        var caseId = aCase(learner, LAZIO_OSS, ENTE_ROMA, "");
        var simulation = steps.assessed(learner, ENTE_ROMA, """
                {"standard": {"id": "%s", "version": 1}, "method": "WORK_SIMULATION", "setting": "NON_FORMAL",
                 "assessedOn": "2024-02-01", "results": [%s]}""".formatted(
                        LAZIO_OSS,
                        String.join(
                                ", ",
                                all(
                                        results("CC-HYGIENE@1", true, "LO1", "LO2", "LO3"),
                                        results("IT-OSS-1@1", true, FOUR_OUTCOMES),
                                        results("IT-OSS-2@1", true, FOUR_OUTCOMES),
                                        results("IT-OSS-3@1", false, FOUR_OUTCOMES)))));
        assertRefused(
                onCase("/" + caseId + "/gap-analysis", MUENCHEN, """
                        {"basis": ["%s"], "completedOn": "2024-02-10"}""".formatted(simulation)), 422, "not-authorised");

        var analysed = onCase("/" + caseId + "/gap-analysis", ENTE_ROMA, """
                {"basis": ["%s"], "completedOn": "2024-02-10"}""".formatted(simulation));
        var plan = onCase("/" + caseId + "/training-plan", ENTE_ROMA, """
                {"planReference": "PFI-LAZIO-2024/31", "issuedOn": "2024-02-12"}""");

        assertThat(analysed.status()).as(analysed.body()).isEqualTo(201);
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        var gap = single(caseId, "GapAnalysisCompleted");
        assertThat(texts(gap.get("missingOutcomes")))
                .containsExactly("IT-OSS-3@1/LO1", "IT-OSS-3@1/LO2", "IT-OSS-3@1/LO3", "IT-OSS-3@1/LO4");
        assertThat(texts(gap.get("metOutcomes"))).hasSize(11);
        var issued = single(caseId, "IndividualTrainingPlanIssued");
        assertThat(texts(issued.get("outcomesToAcquire"))).isEqualTo(texts(gap.get("missingOutcomes")));
        assertThat(issued.get("planReference").asString()).isEqualTo("PFI-LAZIO-2024/31");
        assertRefused(onCase("/" + caseId + "/training-plan", ENTE_ROMA, """
                        {"planReference": "PFI-LAZIO-2024/32", "issuedOn": "2024-02-13"}"""), 409, "plan-already-issued");
    }

    @Test
    void an_unknown_case_is_not_found_and_bad_input_names_its_field() {
        var unknown = onCase("/01a21e00-0000-7000-8000-00000000dead/evidence", MCAST, """
                {"items": [{"documentId": "X", "sha256": "%s"}], "submittedOn": "2024-01-12"}""".formatted("d".repeat(64)));
        LedgerSteps.assertNotFound(unknown);
        var malformed = onCase("", MCAST, """
                {"learner": "nope", "standard": {"id": "%s", "version": 1}, "targetUnits": ["U1"], "openedOn": "2024-01-10"}""".formatted(MALTA));
        assertThat(malformed.status()).as(malformed.body()).isEqualTo(400);
        assertThat(LedgerSteps.fields(malformed.json()))
                .anyMatch(f -> f.startsWith("learner:"))
                .anyMatch(f -> f.startsWith("targetUnits"));
    }
}
