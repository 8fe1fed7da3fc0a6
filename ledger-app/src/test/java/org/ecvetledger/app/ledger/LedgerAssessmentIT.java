package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;
import static org.ecvetledger.app.ledger.LedgerSteps.MEN;
import static org.ecvetledger.app.ledger.LedgerSteps.MUENCHEN;
import static org.ecvetledger.app.ledger.LedgerSteps.SIX_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.assertRefused;
import static org.ecvetledger.app.ledger.LedgerSteps.assessment;
import static org.ecvetledger.app.ledger.LedgerSteps.fields;
import static org.ecvetledger.app.ledger.LedgerSteps.results;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** Recording assessments over HTTP: duplicates (S07, R26), authority (R2), and every bad field or header named. */
@LedgerIT
class LedgerAssessmentIT {

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    LedgerSteps steps;

    @BeforeEach
    void setUp() {
        steps = new LedgerSteps(new LedgerHttp(environment), jdbc, catalogue);
    }

    private static String u31(String assessedOn) {
        return assessment(BACPRO, assessedOn, results("U31@1", true, SIX_OUTCOMES), Map.of("U31@1", 14), null);
    }

    @Test
    void S07_the_same_content_again_is_flagged_as_a_possible_duplicate_and_is_no_credit() {
        var learner = steps.anEnrolledLearner("Léa", BACPRO, BRANLY);
        var first = steps.assess(learner, MUENCHEN, u31("2027-03-25"));

        var again = steps.assess(learner, MUENCHEN, u31("2027-03-25"));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        var original = first.json().get("assessmentId").asString();
        assertThat(first.location()).isEqualTo("/api/learners/" + learner + "/assessments/" + original);
        assertThat(first.json().get("status").asString()).isEqualTo("recorded");
        assertThat(again.status()).as(again.body()).isEqualTo(202);
        var duplicate = again.json().get("assessmentId").asString();
        assertThat(duplicate).isNotEqualTo(original);
        assertThat(again.json().get("status").asString()).isEqualTo("flagged-possible-duplicate");
        assertThat(again.json().get("duplicateOf").asString()).isEqualTo(original);
        assertThat(steps.events(original)).containsExactly("AssessmentRecorded");
        assertThat(steps.events(duplicate)).containsExactly("PossibleDuplicateAssessmentFlagged");

        var onTheDuplicate = steps.validate(learner, BRANLY, BACPRO, "U31@1", List.of(duplicate), "2027-04-10");
        assertRefused(onTheDuplicate, 422, "assessment-missing");
        var anotherDay = steps.assess(learner, MUENCHEN, u31("2027-03-26"));
        assertThat(anotherDay.status()).as(anotherDay.body()).isEqualTo(201);
    }

    @Test
    void S07_a_retried_submission_with_the_same_idempotency_key_is_answered_again_and_records_nothing_more() {
        var learner = steps.anEnrolledLearner("Tom", BACPRO, BRANLY);
        var headers = Map.of(
                ActingHeaders.INSTITUTION,
                MUENCHEN,
                ActingHeaders.PERSON,
                "Thomas Huber",
                "Idempotency-Key",
                "host-tx-889-" + UUID.randomUUID());

        var answers = List.of(
                steps.postAs(learner, "assessments", headers, u31("2027-03-25")),
                steps.postAs(learner, "assessments", headers, u31("2027-03-25")),
                steps.postAs(learner, "assessments", headers, u31("2027-03-25")));

        var ids = answers.stream()
                .peek(a -> assertThat(a.status()).as(a.body()).isEqualTo(201))
                .map(a -> a.json().get("assessmentId").asString())
                .distinct()
                .toList();
        assertThat(ids).hasSize(1);
        assertThat(steps.events(ids.get(0))).containsExactly("AssessmentRecorded");
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_log "
                                + "where event_type in ('AssessmentRecorded', 'PossibleDuplicateAssessmentFlagged') "
                                + "and payload -> 'content' -> 'learner' ->> 'value' = ?",
                        Long.class,
                        learner))
                .isEqualTo(1);
    }

    @Test
    void R2_only_an_institution_holding_the_assess_function_records_an_assessment_and_nothing_is_written_otherwise() {
        var learner = steps.anEnrolledLearner("Jules", BACPRO, BRANLY);
        var events = steps.countEvents();

        var byTheMinistry = steps.assess(learner, MEN, u31("2025-06-10"));
        var outsideTheScale = steps.assess(
                learner,
                BRANLY,
                assessment(BACPRO, "2025-06-10", results("U31@1", true, SIX_OUTCOMES), Map.of("U31@1", 21), null));
        var unknownUnit = steps.assess(
                learner,
                BRANLY,
                assessment(BACPRO, "2025-06-10", results("MT-HSC-101@1", true, "LO1"), Map.of(), null));

        assertRefused(byTheMinistry, 422, "not-authorised");
        assertRefused(outsideTheScale, 422, "grade-outside-scale");
        assertRefused(unknownUnit, 422, "unit-not-in-standard");
        assertThat(steps.countEvents()).isEqualTo(events);
    }

    @Test
    void the_actor_is_the_signed_in_account_and_a_forged_acting_header_is_refused_naming_it() {
        var learner = steps.anEnrolledLearner("Zoé", BACPRO, BRANLY);
        var events = steps.countEvents();
        var http = new LedgerHttp(environment);
        var marie = http.asStaff(BRANLY, "Marie Curie", "ASSESS", "VALIDATE");
        var path = "/api/learners/" + learner + "/assessments";

        var unsigned = http.anonymous().postWithHeaders(path, u31("2025-06-10"), Map.of());
        var otherInstitution = marie.postWithHeaders(
                path,
                u31("2025-06-10"),
                Map.of(ActingHeaders.INSTITUTION, MUENCHEN, ActingHeaders.PERSON, "Marie Curie"));
        var otherPerson = marie.postWithHeaders(
                path, u31("2025-06-10"), Map.of(ActingHeaders.INSTITUTION, BRANLY, ActingHeaders.PERSON, "%E9t%C3"));

        assertThat(unsigned.status()).as(unsigned.body()).isEqualTo(401);
        assertThat(unsigned.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:unauthenticated");
        assertThat(otherInstitution.status()).as(otherInstitution.body()).isEqualTo(403);
        assertThat(otherInstitution.json().get("header").asString()).isEqualTo("X-Acting-Institution");
        assertThat(otherInstitution.json().get("rule").asString()).isEqualTo("acting-institution-is-the-caller");
        assertThat(otherPerson.status()).as(otherPerson.body()).isEqualTo(403);
        assertThat(otherPerson.json().get("header").asString()).isEqualTo("X-Acting-Person");
        assertThat(steps.countEvents()).isEqualTo(events);

        // without the headers the account itself names the actor on the event
        var recorded = marie.postWithHeaders(path, u31("2025-06-10"), Map.of());
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        var metadata = jdbc.queryForObject(
                "select metadata::text from event_log where aggregate_id = ? order by global_index desc limit 1",
                String.class,
                recorded.json().get("assessmentId").asString());
        assertThat(metadata).contains("\"actorInstitution\": \"" + BRANLY + "\"", "\"actorPerson\": \"Marie Curie\"");
    }

    @Test
    void a_person_named_in_percent_encoded_utf8_is_recorded_as_written() {
        var learner = steps.anEnrolledLearner("Chloé", BACPRO, BRANLY);

        var answer = steps.postAs(
                learner,
                "assessments",
                Map.of(ActingHeaders.INSTITUTION, BRANLY, ActingHeaders.PERSON, "H%C3%A9l%C3%A8ne Lef%C3%A8vre"),
                u31("2025-06-10"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        var content = steps.payload(answer.json().get("assessmentId").asString(), "AssessmentRecorded")
                .get("content");
        assertThat(content.get("assessor").get("person").asString()).isEqualTo("Hélène Lefèvre");
    }

    @Test
    void every_bad_field_of_an_assessment_is_named() {
        var learner = steps.anEnrolledLearner("Lina", BACPRO, BRANLY);

        var answer = steps.post(learner, "assessments", BRANLY, """
                {"standard": {"id": "", "version": 0}, "method": "GUESSING", "setting": "formal",
                 "assessedOn": "25/03/2027", "results": [],
                 "grades": [{"unit": "U31", "grade": 12.345}],
                 "learningAgreement": "not-a-uuid",
                 "evidence": [{"documentId": "", "sha256": "ABC"}]}""");

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(fields(answer.json()))
                .containsExactly(
                        "assessedOn:format",
                        "evidence[0].documentId:required",
                        "evidence[0].sha256:pattern",
                        "grades[0].grade:digits",
                        "grades[0].unit:pattern",
                        "learningAgreement:pattern",
                        "method:one-of",
                        "results:required",
                        "setting:one-of",
                        "standard.id:required",
                        "standard.version:min");
    }

    @Test
    void an_outcome_assessed_twice_in_one_assessment_is_named() {
        var learner = steps.anEnrolledLearner("Max", BACPRO, BRANLY);
        var twice = assessment(
                BACPRO,
                "2025-06-10",
                List.of(
                        "{\"unit\": \"U31@1\", \"learningOutcome\": \"LO1\", \"achieved\": true}",
                        "{\"unit\": \"U31@1\", \"learningOutcome\": \"LO1\", \"achieved\": false}"),
                Map.of(),
                null);

        var answer = steps.postAs(learner, "assessments", Map.of(ActingHeaders.PERSON, "Marie Curie"), twice);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(fields(answer.json())).containsExactly("results[1]:unique");
    }
}
