package org.ecvetledger.app.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecvetledger.app.credential.CredentialSteps.BACPRO;
import static org.ecvetledger.app.credential.CredentialSteps.BRANLY;
import static org.ecvetledger.app.credential.CredentialSteps.ENTE_ROMA;
import static org.ecvetledger.app.credential.CredentialSteps.FOUR_OUTCOMES;
import static org.ecvetledger.app.credential.CredentialSteps.LAZIO_OSS;
import static org.ecvetledger.app.credential.CredentialSteps.LAZIO_RECOGNITION;
import static org.ecvetledger.app.credential.CredentialSteps.MALTA;
import static org.ecvetledger.app.credential.CredentialSteps.MCAST;
import static org.ecvetledger.app.credential.CredentialSteps.MUENCHEN;
import static org.ecvetledger.app.credential.CredentialSteps.SIX_OUTCOMES;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * The Europass-ready export over HTTP on the real command path (S33, S34, R7, R20, R30): the
 * learner's unsigned preview is a European Digital Credential that the official ELM shapes accept.
 */
@LedgerIT
class CredentialExportIT {

    @Autowired
    Environment environment;

    @Autowired
    DemoCatalogueLoader catalogue;

    CredentialSteps steps;

    /** The preview once the read models it reads (enrolments, agreements) have caught up with the ledger. */
    private LedgerHttp.Answer previewWith(String learner, String query, int claims) {
        var answer = new LedgerHttp.Answer[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            answer[0] = steps.preview(learner, query);
            assertThat(answer[0].status()).as(answer[0].body()).isEqualTo(200);
            assertThat(answer[0].json().get("credentialSubject").get("hasClaim"))
                    .hasSize(claims);
        });
        return answer[0];
    }

    @BeforeEach
    void setUp() {
        steps = new CredentialSteps(new LedgerHttp(environment), catalogue);
    }

    private static List<JsonNode> claims(JsonNode credential, String type) {
        var claims = new ArrayList<JsonNode>();
        credential.get("credentialSubject").get("hasClaim").forEach(claim -> {
            if (claim.get("type").asString().equals(type)) {
                claims.add(claim);
            }
        });
        return claims;
    }

    private static JsonNode titled(List<JsonNode> claims, String title) {
        return claims.stream()
                .filter(c -> c.get("title").get("en").asString().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no claim titled " + title + " in " + claims));
    }

    /** An unsigned preview conforms but for what sealing adds (issued, the issuer's eIDAS identifier). */
    private static void assertConformsToTheElmShapes(String credential) {
        var report = ElmShapes.validate(credential);
        assertThat(ElmShapes.violationsBesidesSealing(report)).isEmpty();
        assertThat(ElmShapes.keysLostInExpansion(credential))
                .as("keys JSON-LD would drop")
                .isEmpty();
    }

    @Test
    void S33_the_preview_is_an_edc_with_one_achievement_per_recognised_unit_and_the_qualification_with_its_parts() {
        var learner = steps.aMaltaGraduate("Ġorġ");

        var answer = previewWith(learner, null, 4);

        assertThat(answer.contentType()).startsWith("application/ld+json");
        var credential = answer.json();
        assertThat(credential.get("@context").get(0).asString()).isEqualTo("https://www.w3.org/2018/credentials/v1");
        assertThat(credential.get("@context").get(1).asString())
                .isEqualTo("http://data.europa.eu/snb/model/context/edc-ap");
        assertThat(credential.get("type").toString())
                .isEqualTo("[\"VerifiableCredential\",\"EuropeanDigitalCredential\"]");
        assertThat(credential.has("proof")).as("a preview is unsigned").isFalse();
        var achievements = claims(credential, "LearningAchievement");
        assertThat(achievements).hasSize(4);

        var dementia = titled(achievements, "Dementia care");
        var specification = dementia.get("specifiedBy");
        assertThat(specification.get("type").asString()).isEqualTo("LearningAchievementSpecification");
        assertThat(specification.get("learningOutcome")).hasSize(4);
        assertThat(specification.get("creditPoint").get(0).get("point").asString())
                .isEqualTo("30");
        assertThat(specification
                        .get("creditPoint")
                        .get(0)
                        .get("framework")
                        .get("prefLabel")
                        .get("en")
                        .asString())
                .isEqualTo("ECVET");
        assertThat(dementia.get("creditReceived").get(0).get("point").asString())
                .isEqualTo("30");
        assertThat(dementia.get("awardedBy")
                        .get("awardingBody")
                        .get(0)
                        .get("id")
                        .asString())
                .isEqualTo("urn:ecvet-ledger:institution:" + MCAST);
        assertThat(dementia.get("awardedBy").get("awardingDate").asString()).isEqualTo("2025-06-30T00:00:00Z");
        assertThat(dementia.get("provenBy").get(0).get("type").asString()).isEqualTo("LearningAssessment");
        assertThat(dementia.get("provenBy")
                        .get(0)
                        .get("grade")
                        .get("noteLiteral")
                        .get("en")
                        .asString())
                .isEqualTo("14");

        var diploma = titled(achievements, "Advanced Diploma in Health and Social Care");
        assertThat(diploma.get("specifiedBy").get("type").asString()).isEqualTo("Qualification");
        assertThat(diploma.get("specifiedBy").get("eqfLevel").get("id").asString())
                .isEqualTo("http://data.europa.eu/snb/eqf/4");
        assertThat(diploma.get("creditReceived").get(0).get("point").asString()).isEqualTo("120");
        assertThat(diploma.get("awardedBy").get("awardingDate").asString()).isEqualTo("2025-07-01T00:00:00Z");
        assertThat(diploma.get("hasPart")).hasSize(3);
        assertThat(diploma.get("hasPart").get(2).asString())
                .isEqualTo(dementia.get("id").asString());
        assertThat(diploma.get("additionalNote")
                        .get(0)
                        .get("noteLiteral")
                        .get("en")
                        .asString())
                .as("R30: how ECVET applies")
                .contains("ECVET applies in full");
        assertConformsToTheElmShapes(answer.body());
    }

    @Test
    void S33_the_learner_chooses_which_units_to_include() {
        var learner = steps.aMaltaGraduate("Marija");

        var answer = previewWith(learner, "units=MT-HSC-104@1&units=MT-HSC-105@1", 2);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        var achievements = claims(answer.json(), "LearningAchievement");
        assertThat(achievements)
                .extracting(a -> a.get("title").get("en").asString())
                .containsExactly("Care in the community", "Dementia care");
        assertConformsToTheElmShapes(answer.body());
    }

    @Test
    void S34_validated_but_unrecognised_credit_appears_only_as_an_assessment_without_credit() {
        var learner = steps.anEnrolledLearner("Ana", MALTA, MCAST);
        var pending = steps.assessed(learner, MCAST, MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, 12, "2024-03-12", null);
        steps.validated(learner, MCAST, MALTA, "MT-HSC-101@1", pending, "2024-03-20");
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-104@1", FOUR_OUTCOMES, null, "2024-06-30");

        var answer = previewWith(learner, null, 2);

        var credential = answer.json();
        assertThat(claims(credential, "LearningAchievement"))
                .extracting(a -> a.get("title").get("en").asString())
                .containsExactly("Care in the community");
        var assessments = claims(credential, "LearningAssessment");
        assertThat(assessments).hasSize(1);
        var u31 = assessments.get(0);
        assertThat(u31.get("title").get("en").asString()).isEqualTo("Principles of person-centred care");
        assertThat(u31.get("grade").get("noteLiteral").get("en").asString()).isEqualTo("12");
        assertThat(u31.get("assessedBy").get(0).get("id").asString())
                .isEqualTo("urn:ecvet-ledger:institution:" + MCAST);
        assertThat(answer.body()).doesNotContain("\"point\":\"30\"");
        assertThat(u31.has("creditReceived")).isFalse();
        assertConformsToTheElmShapes(answer.body());
    }

    @Test
    void the_mobility_period_is_a_learning_activity_directed_by_the_host() {
        var learner = steps.anEnrolledLearner("Léa", BACPRO, BRANLY);
        var agreement = steps.aLearningAgreement(learner, steps.anActiveMou());
        var abroad = steps.assessed(
                learner,
                MUENCHEN,
                BACPRO,
                "U31@1",
                SIX_OUTCOMES,
                14,
                "2027-03-25",
                "\"learningAgreement\": \"" + agreement + "\"");
        steps.validated(learner, BRANLY, BACPRO, "U31@1", abroad, "2027-04-10");
        steps.recognised(learner, BRANLY, BACPRO, "U31@1", "2027-04-12");

        var answer = previewWith(learner, "qualification=" + BACPRO, 2);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        var activities = claims(answer.json(), "LearningActivity");
        assertThat(activities).hasSize(1);
        var mobility = activities.get(0);
        assertThat(mobility.get("temporal").get("startDate").asString()).isEqualTo("2027-03-01T00:00:00Z");
        assertThat(mobility.get("temporal").get("endDate").asString()).isEqualTo("2027-03-28T00:00:00Z");
        assertThat(mobility.get("directedBy").get(0).get("id").asString())
                .isEqualTo("urn:ecvet-ledger:institution:" + MUENCHEN);
        var unit = claims(answer.json(), "LearningAchievement").get(0);
        assertThat(unit.has("creditReceived")).as("R9: BAC PRO has no points").isFalse();
        assertThat(unit.get("title").size()).as("multilingual title").isGreaterThanOrEqualTo(1);
        assertThat(unit.get("additionalNote")
                        .get(0)
                        .get("noteLiteral")
                        .get("en")
                        .asString())
                .as("R30")
                .contains("allocates no credit points");
        assertConformsToTheElmShapes(answer.body());
    }

    @Test
    void R20_a_unit_of_a_regulated_profession_says_that_its_recognition_is_no_licence_to_practise() {
        steps.aLazioRecognitionBody();
        var learner = steps.anEnrolledLearner("Giulia", LAZIO_OSS, ENTE_ROMA);
        var assessment =
                steps.assessed(learner, ENTE_ROMA, LAZIO_OSS, "IT-OSS-1@1", FOUR_OUTCOMES, null, "2024-05-15", null);
        steps.validated(learner, ENTE_ROMA, LAZIO_OSS, "IT-OSS-1@1", assessment, "2024-05-20");
        steps.recognised(learner, LAZIO_RECOGNITION, LAZIO_OSS, "IT-OSS-1@1", "2024-05-21");

        var answer = previewWith(learner, null, 1);

        var unit = claims(answer.json(), "LearningAchievement").get(0);
        assertThat(unit.get("title").get("it").asString()).isEqualTo("Assistenza alla persona");
        assertThat(unit.get("title").get("en").asString()).isEqualTo("Personal care");
        assertThat(unit.has("creditReceived"))
                .as("no points in the Lazio standard")
                .isFalse();
        assertThat(unit.get("additionalNote").toString())
                .contains("Directive 2005/36/EC")
                .contains("no licence to practise")
                .contains("allocates no credit points");
        assertThat(answer.json().get("issuer").get("id").asString())
                .as("the preview names the body that recognised the unit")
                .isEqualTo("urn:ecvet-ledger:institution:" + LAZIO_RECOGNITION);
        assertConformsToTheElmShapes(answer.body());
    }

    @Test
    void the_preview_of_an_unknown_learner_is_not_found() {
        var answer = steps.preview("0190a0b0-0000-7000-8000-000000000001", null);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }
}
