package org.ecvetledger.app.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.demo.DemoCatalogue;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.ecvetledger.app.ledger.ActingHeaders;

/**
 * Steps that record a learner's credit through the ledger's API on the demo catalogue (a copy of the
 * learner ledger's steps that credentials need), then export, issue, revoke and verify credentials.
 */
final class CredentialSteps {

    static final String MALTA = "MT-HSC-MQF4";
    static final String BACPRO = "FR-BACPRO-MELEC";
    static final String MCAST = DemoCatalogue.MCAST.value();
    static final String LAZIO_OSS = "IT-LAZIO-OSS";
    static final String ENTE_ROMA = DemoCatalogue.ENTE_ROMA.value();
    static final String LAZIO_RECOGNITION = "IT-LAZIO-CERT";
    static final String BRANLY = DemoCatalogue.LYCEE_BRANLY.value();
    static final String MUENCHEN = DemoCatalogue.BERUFSSCHULE.value();
    static final List<String> FOUR_OUTCOMES = List.of("LO1", "LO2", "LO3", "LO4");
    static final List<String> SIX_OUTCOMES = List.of("LO1", "LO2", "LO3", "LO4", "LO5", "LO6");

    private static final AtomicBoolean CATALOGUE_LOADED = new AtomicBoolean();

    final LedgerHttp http;

    CredentialSteps(LedgerHttp http, DemoCatalogueLoader catalogue) {
        this.http = http;
        if (CATALOGUE_LOADED.compareAndSet(false, true)) {
            catalogue.load(); // idempotent; once per test run is enough
        }
    }

    static Map<String, String> actingFor(String institution) {
        return Map.of(ActingHeaders.INSTITUTION, institution, ActingHeaders.PERSON, "Registrar of " + institution);
    }

    String anEnrolledLearner(String givenName, String qualification, String by) {
        var answer = http.post("/api/learners", """
                {"givenName": "%s", "familyName": "Camilleri", "dateOfBirth": "2005-02-11"}""".formatted(givenName));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        var learner = answer.json().get("learnerId").asString();
        var enrolled = http.postWithHeaders(
                "/api/learners/" + learner + "/enrolments", """
                {"qualification": "%s", "version": 1, "enrolledOn": "2021-09-01"}""".formatted(qualification), actingFor(by));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        return learner;
    }

    LedgerHttp.Answer post(String learner, String what, String institution, String json) {
        return http.postWithHeaders("/api/learners/" + learner + "/" + what, json, actingFor(institution));
    }

    /** Records an assessment of every outcome of {@code unit} (achieved), with a grade if given; answers its id. */
    String assessed(
            String learner,
            String assessor,
            String standard,
            String unit,
            List<String> outcomes,
            Integer grade,
            String on,
            String extra) {
        var results = outcomes.stream()
                .map(lo -> "{\"unit\": \"%s\", \"learningOutcome\": \"%s\", \"achieved\": true}".formatted(unit, lo))
                .collect(Collectors.joining(", "));
        var grades = grade == null ? "" : "{\"unit\": \"%s\", \"grade\": %d}".formatted(unit, grade);
        var answer = post(learner, "assessments", assessor, """
                {"standard": {"id": "%s", "version": 1}, "method": "PRACTICAL_TEST", "setting": "FORMAL",
                 "assessedOn": "%s", "results": [%s], "grades": [%s], "gradingScheme": "0-20"%s}""".formatted(
                        standard, on, results, grades, extra == null ? "" : ", " + extra));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("assessmentId").asString();
    }

    void validated(String learner, String validator, String qualification, String unit, String assessment, String on) {
        var answer = post(learner, "validations", validator, """
                {"qualification": "%s", "unit": "%s", "learningOutcomes": [], "basis": ["%s"], "effectiveDate": "%s"}""".formatted(qualification, unit, assessment, on));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    void recognised(String learner, String recogniser, String qualification, String unit, String on) {
        var answer = post(learner, "recognitions", recogniser, """
                {"qualification": "%s", "unit": "%s", "effectiveDate": "%s"}""".formatted(qualification, unit, on));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    /** Assessed, validated and recognised by {@code institution}; answers the assessment's id. */
    String creditFor(
            String learner,
            String institution,
            String qualification,
            String unit,
            List<String> outcomes,
            Integer grade,
            String on) {
        var assessment = assessed(learner, institution, qualification, unit, outcomes, grade, on, null);
        validated(learner, institution, qualification, unit, assessment, on);
        recognised(learner, institution, qualification, unit, on);
        return assessment;
    }

    void awarded(String learner, String awardingBody, String qualification, String on) {
        var answer = post(learner, "awards", awardingBody, """
                {"qualification": "%s", "effectiveDate": "%s", "legalBasis": "MQF regulations, Cap. 327"}""".formatted(qualification, on));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    /** A Malta learner holding three recognised courses (30 + 60 + 30 ECVET points) and the award. */
    String aMaltaGraduate(String name) {
        var learner = anEnrolledLearner(name, MALTA, MCAST);
        creditFor(learner, MCAST, MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, 15, "2022-06-30");
        creditFor(learner, MCAST, MALTA, "MT-HSC-104@1", FOUR_OUTCOMES, 16, "2023-06-30");
        creditFor(learner, MCAST, MALTA, "MT-HSC-105@1", FOUR_OUTCOMES, 14, "2025-06-30");
        awarded(learner, MCAST, MALTA, "2025-07-01");
        return learner;
    }

    /** Registers an institution that recognises credit for the Lazio care standard (idempotent). */
    void aLazioRecognitionBody() {
        var registered = http.post("/api/institutions", """
                {"institutionId": "%s", "legalName": "Regione Lazio, servizio di certificazione delle competenze",
                 "jurisdiction": "IT/Lazio", "kind": "REGIONAL_AUTHORITY"}""".formatted(LAZIO_RECOGNITION));
        assertThat(registered.status()).as(registered.body()).isIn(201, 409);
        var granted = http.post("/api/institutions/" + LAZIO_RECOGNITION + "/functions", """
                {"function": "RECOGNISE", "standard": "%s", "jurisdiction": "IT/Lazio", "effectiveFrom": "2021-01-01"}""".formatted(LAZIO_OSS));
        assertThat(granted.status()).as(granted.body()).isIn(200, 409);
    }

    /** An MoU over U31 and U32 of BAC PRO v1 signed by the lycée and the Berufsschule; answers its id. */
    String anActiveMou() {
        var answer = http.post("/api/mous", """
                {"title": "Branly–München electrical trades",
                 "parties": [
                   {"institution": "%s", "areasOfCompetence": "Vocational baccalaureate, Île-de-France",
                    "validationProcedure": "Jury académique", "recognitionProcedure": "Dispense d'épreuve"},
                   {"institution": "%s", "assessmentProcedure": "Assessment by the Berufsschule teacher"}],
                 "scope": [{"standard": "%s@1", "units": ["U31@1", "U32@1"]}],
                 "validFrom": "2026-01-01", "validUntil": "2030-08-31",
                 "minimumMobilityDays": 14, "maximumMobilityDays": 90,
                 "reviewDates": ["2027-01-01"]}""".formatted(BRANLY, MUENCHEN, BACPRO));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        var mou = answer.json().get("memorandumId").asString();
        for (var party : List.of(BRANLY, MUENCHEN)) {
            var signed = http.post("/api/mous/" + mou + "/signatures", """
                    {"version": 1, "party": "%s", "signatory": "Head of %s", "signedOn": "2026-06-15"}""".formatted(party, party));
            assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        }
        return mou;
    }

    /** A signed learning agreement: four weeks in Munich in March 2027, U31 and part of U32. */
    String aLearningAgreement(String learner, String mou) {
        var answer =
                http.post("/api/learning-agreements", """
                {"learner": "%s", "mou": "%s", "terms": {
                   "home": "%s", "host": "%s", "mobilityStart": "2027-03-01", "mobilityEnd": "2027-03-28",
                   "qualification": "%s@1",
                   "plannedUnits": [{"unit": "U31@1"}, {"unit": "U32@1", "learningOutcomes": ["LO1", "LO2", "LO3"]}],
                   "assessmentArrangements": [{"assessor": "%s", "method": "Practical situation observed by the teacher"}],
                   "documentation": "Europass Mobility",
                   "validationAndRecognition": "The home jury validates and recognises on return"}}""".formatted(learner, mou, BRANLY, MUENCHEN, BACPRO, MUENCHEN));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        var agreement = answer.json().get("learningAgreementId").asString();
        for (var party : List.of("LEARNER", "HOME", "HOST")) {
            var sign = http.post("/api/learning-agreements/" + agreement + "/signatures", """
                    {"version": 1, "party": "%s", "signatory": "Signatory for %s", "signedOn": "2026-10-01"}""".formatted(party, party));
            assertThat(sign.status()).as(sign.body()).isEqualTo(200);
        }
        return agreement;
    }

    LedgerHttp.Answer preview(String learner, String query) {
        var download = http.getBytes(
                "/api/learners/" + learner + "/credentials/preview" + (query == null ? "" : "?" + query),
                "application/ld+json, application/problem+json");
        return new LedgerHttp.Answer(download.status(), download.contentType(), null, download.text());
    }

    LedgerHttp.Answer issue(String learner, String institution, String body) {
        return http.postWithHeaders("/api/learners/" + learner + "/credentials", body, actingFor(institution));
    }

    LedgerHttp.Answer revoke(String credential, String institution, String body) {
        return http.postWithHeaders(
                "/api/credentials/" + credential.replace("urn:credential:", "") + "/revocation",
                body,
                actingFor(institution));
    }

    LedgerHttp.Answer verify(String document) {
        return http.post("/api/credentials/verify", document);
    }
}
