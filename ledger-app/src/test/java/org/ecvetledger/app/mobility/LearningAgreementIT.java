package org.ecvetledger.app.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.app.mobility.MobilitySteps.HOME;
import static org.ecvetledger.app.mobility.MobilitySteps.HOST;
import static org.ecvetledger.app.mobility.MobilitySteps.assertRefused;
import static org.ecvetledger.app.mobility.MobilitySteps.fields;
import static org.ecvetledger.app.mobility.MobilitySteps.laTerms;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogue;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@LedgerIT
class LearningAgreementIT {

    private static final String MCAST = DemoCatalogue.MCAST.value();

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    LedgerHttp http;
    MobilitySteps steps;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp(environment);
        steps = new MobilitySteps(http, jdbc, catalogue);
    }

    /** S01, before the mobility: each of learner, home and host signs the agreement individually. */
    @Test
    void a_learning_agreement_is_active_once_learner_home_and_host_have_signed() {
        var mou = steps.anActiveMou();
        var learner = steps.aLearner("Léa");

        var drafted = steps.draftAgreementAnswer(learner, mou, laTerms());

        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        var agreement = drafted.json().get("learningAgreementId").asString();
        assertThat(drafted.location()).isEqualTo("/api/learning-agreements/" + agreement);
        assertThat(drafted.json().get("version").asInt()).isEqualTo(1);
        assertThat(steps.payload(agreement, "LearningAgreementDrafted"))
                .contains(learner, mou, "U31", "LO3", "\"priorProgress\"", "U11");

        for (var party : new String[] {"LEARNER", "HOME"}) {
            var signed = steps.signAgreementAnswer(agreement, 1, party, "2026-10-01");
            assertThat(signed.status()).as(signed.body()).isEqualTo(200);
            assertThat(signed.json().get("learningAgreementId").asString()).isEqualTo(agreement);
        }
        assertThat(steps.events(agreement)).doesNotContain("LearningAgreementActivated");

        var last = steps.signAgreementAnswer(agreement, 1, "HOST", "2026-10-02");

        assertThat(last.status()).as(last.body()).isEqualTo(200);
        assertThat(steps.events(agreement))
                .containsExactly(
                        "LearningAgreementDrafted",
                        "LearningAgreementSigned",
                        "LearningAgreementSigned",
                        "LearningAgreementSigned",
                        "LearningAgreementActivated");
        assertThat(steps.payload(agreement, "LearningAgreementActivated")).contains("\"activeFrom\": \"2026-10-02\"");

        var read = steps.awaitRead(
                "/api/learning-agreements/" + agreement,
                a -> a.get("state").asString().equals("ACTIVE"));
        assertThat(read.get("learner").asString()).isEqualTo(learner);
        assertThat(read.get("mou").asString()).isEqualTo(mou);
        assertThat(read.get("activeFrom").asString()).isEqualTo("2026-10-02");
        assertThat(read.get("groupReference").isNull()).isTrue();
        var terms = read.get("version").get("terms");
        assertThat(terms.get("host").asString()).isEqualTo(HOST);
        assertThat(terms.get("qualification").asString()).isEqualTo("FR-BACPRO-MELEC@1");
        assertThat(terms.get("plannedUnits").get(1).get("learningOutcomes").toString())
                .isEqualTo("[\"LO1\",\"LO2\",\"LO3\"]");
        assertThat(terms.get("priorProgress").toString()).isEqualTo("[\"U11@1\",\"U12@1\"]");
        assertThat(terms.get("assessmentArrangements").get(0).get("assessor").asString())
                .isEqualTo(HOST);
        assertThat(read.get("version").get("signatures")).hasSize(3);

        assertThat(agreementIds(
                        http.get("/api/learning-agreements?learner=" + learner).json()))
                .containsExactly(agreement);
        assertThat(agreementIds(http.get("/api/learning-agreements?mou=" + mou + "&state=ACTIVE&institution=" + HOST)
                        .json()))
                .containsExactly(agreement);
        assertThat(agreementIds(http.get("/api/learning-agreements?mou=" + mou + "&state=draft")
                        .json()))
                .isEmpty();
    }

    @Test
    void no_agreement_under_an_mou_that_is_not_in_force_and_nothing_is_written() {
        var draftMou = steps.aDraftMou();
        var learner = steps.aLearner("Hugo");
        var eventsBefore = steps.countEvents();

        assertRefused(steps.draftAgreementAnswer(learner, draftMou, laTerms()), 409, "mou-not-active");
        assertRefused(
                steps.draftAgreementAnswer(learner, UUID.randomUUID().toString(), laTerms()), 422, "mou-not-active");

        assertThat(steps.countEvents()).isEqualTo(eventsBefore);
    }

    /** R4: home and host are parties to the MoU, the units are in its scope, the duration fits. */
    @Test
    void an_agreement_beyond_what_the_mou_covers_is_refused_and_nothing_is_written() {
        var mou = steps.anActiveMou();
        var learner = steps.aLearner("Inès");
        var eventsBefore = steps.countEvents();

        assertRefused(
                steps.draftAgreementAnswer(learner, mou, laTerms(HOST, "2027-03-01", "2027-03-28", "U33@1")),
                422,
                "outside-mou-scope");
        assertRefused(
                steps.draftAgreementAnswer(learner, mou, laTerms(MCAST, "2027-03-01", "2027-03-28", "U32@1")),
                422,
                "not-an-mou-party");
        assertRefused(
                steps.draftAgreementAnswer(learner, mou, laTerms(HOST, "2027-03-01", "2027-03-07", "U32@1")),
                422,
                "duration-outside-mou");
        assertRefused(
                steps.draftAgreementAnswer(learner, mou, laTerms().replace("\"LO3\"", "\"LO9\"")),
                422,
                "unknown-learning-outcome");

        assertThat(steps.countEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void signatures_out_of_turn_are_refused_and_write_nothing() {
        var agreement = steps.aDraftAgreement(steps.anActiveMou());
        steps.signAgreementAnswer(agreement, 1, "LEARNER", "2026-10-01");
        var eventsBefore = steps.countEvents();

        assertRefused(steps.signAgreementAnswer(agreement, 1, "LEARNER", "2026-10-02"), 409, "already-signed");
        assertRefused(steps.signAgreementAnswer(agreement, 2, "HOME", "2026-10-02"), 409, "not-the-current-version");
        // R4: the MoU is in force from 2026-06-15 only
        assertRefused(steps.signAgreementAnswer(agreement, 1, "HOME", "2026-05-01"), 409, "mou-not-active");

        assertThat(steps.countEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void a_change_accepted_by_the_other_two_parties_becomes_the_next_version() {
        var agreement = steps.anActiveAgreement();

        var proposed = http.post("/api/learning-agreements/" + agreement + "/change-proposals", """
                {"proposedBy": "HOME", "reason": "One more week for U32",
                 "terms": %s}""".formatted(
                        laTerms(HOST, "2027-03-01", "2027-04-04", "U32@1")));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);

        var eventsBefore = steps.countEvents();
        assertRefused(accept(agreement, 1, "HOME"), 422, "own-change-proposal");
        assertRefused(accept(agreement, 2, "HOST"), 409, "no-open-change-proposal");
        assertThat(steps.countEvents()).isEqualTo(eventsBefore);

        assertThat(accept(agreement, 1, "LEARNER").status()).isEqualTo(200);
        var second = accept(agreement, 1, "HOST");

        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(steps.events(agreement))
                .endsWith(
                        "LearningAgreementChangeProposed",
                        "LearningAgreementChangeAccepted",
                        "LearningAgreementChangeAccepted",
                        "LearningAgreementAmended");
        assertThat(steps.payload(agreement, "LearningAgreementAmended")).contains("\"version\": 2", "2027-04-04");

        var read = steps.awaitRead(
                "/api/learning-agreements/" + agreement,
                a -> a.get("latestVersion").asInt() == 2);
        assertThat(read.get("versions").toString()).isEqualTo("[1,2]");
        assertThat(read.get("version").get("fromProposal").asInt()).isEqualTo(1);
        assertThat(read.get("version").get("terms").get("mobilityEnd").asString())
                .isEqualTo("2027-04-04");
        var proposal = read.get("proposals").get(0);
        assertThat(proposal.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(proposal.get("resultingVersion").asInt()).isEqualTo(2);
        assertThat(proposal.get("acceptances")).hasSize(2);
        var first = http.get("/api/learning-agreements/" + agreement + "/versions/1")
                .json();
        assertThat(first.get("version").get("terms").get("mobilityEnd").asString())
                .isEqualTo("2027-03-28");
        assertThat(http.get("/api/learning-agreements/" + agreement + "/versions/3")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void a_rejected_change_leaves_the_agreement_as_it_was() {
        var agreement = steps.anActiveAgreement();
        var propose = "/api/learning-agreements/" + agreement + "/change-proposals";
        assertThat(http.post(propose, """
                        {"proposedBy": "HOST", "reason": "Our workshop is closed in March",
                         "terms": %s}""".formatted(laTerms(HOST, "2027-05-03", "2027-05-30", "U32@1")))
                        .status())
                .isEqualTo(200);

        var rejected = http.post(propose + "/1/rejection", """
                {"rejectedBy": "HOME", "reason": "May is the examination period"}""");

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(steps.events(agreement))
                .endsWith("LearningAgreementChangeProposed", "LearningAgreementChangeRejected");
        assertThat(steps.events(agreement)).doesNotContain("LearningAgreementAmended");
        assertRefused(accept(agreement, 1, "LEARNER"), 409, "no-open-change-proposal");

        // the next proposal is number 2
        assertThat(http.post(propose, """
                        {"proposedBy": "HOST", "reason": "April then", "terms": %s}""".formatted(laTerms(HOST, "2027-04-05", "2027-05-02", "U32@1")))
                        .status())
                .isEqualTo(200);
        assertThat(accept(agreement, 2, "LEARNER").status()).isEqualTo(200);

        var read = steps.awaitRead(
                "/api/learning-agreements/" + agreement, a -> a.get("proposals").size() == 2);
        assertThat(read.get("proposals").get(0).get("status").asString()).isEqualTo("REJECTED");
        assertThat(read.get("proposals").get(0).get("rejectedBy").asString()).isEqualTo("HOME");
        assertThat(read.get("proposals").get(1).get("status").asString()).isEqualTo("OPEN");
        assertThat(read.get("latestVersion").asInt()).isEqualTo(1);
    }

    /** Issue "Done when": a group of three shares one text; two sign, so two are active and one is a draft. */
    @Test
    void a_group_drafts_one_agreement_per_learner_and_each_learner_signs_individually() {
        var mou = steps.anActiveMou();
        var learners = new String[] {steps.aLearner("Léa"), steps.aLearner("Noah"), steps.aLearner("Chloé")};
        var group = "BRANLY-MUNICH-2027-" + UUID.randomUUID().toString().substring(0, 8);

        var drafted = http.post("/api/learning-agreements/groups", """
                {"learners": ["%s", "%s", "%s"], "mou": "%s", "groupReference": "%s", "terms": %s}""".formatted(
                        learners[0], learners[1], learners[2], mou, group, laTerms()));

        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        assertThat(drafted.location()).isEqualTo("/api/learning-agreements?group=" + group);
        assertThat(drafted.json().get("groupReference").asString()).isEqualTo(group);
        var agreements = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            var member = drafted.json().get("learningAgreements").get(i);
            assertThat(member.get("learner").asString()).isEqualTo(learners[i]);
            agreements.add(member.get("learningAgreementId").asString());
        }
        assertThat(agreements).doesNotHaveDuplicates();
        agreements.forEach(agreement ->
                assertThat(steps.payload(agreement, "LearningAgreementDrafted")).contains(group));

        steps.signAll(agreements.get(0), "2026-10-01");
        steps.signAll(agreements.get(1), "2026-10-03");

        assertThat(steps.events(agreements.get(0))).endsWith("LearningAgreementActivated");
        assertThat(steps.events(agreements.get(1))).endsWith("LearningAgreementActivated");
        assertThat(steps.events(agreements.get(2))).containsExactly("LearningAgreementDrafted");

        var listed = steps.awaitRead(
                drafted.location(),
                group3 -> states(group3).stream().filter("ACTIVE"::equals).count() == 2);
        assertThat(agreementIds(listed)).containsExactlyInAnyOrderElementsOf(agreements);
        assertThat(states(listed)).containsExactlyInAnyOrder("ACTIVE", "ACTIVE", "DRAFT");
        listed.get("items")
                .forEach(item ->
                        assertThat(item.get("groupReference").asString()).isEqualTo(group));
    }

    @Test
    void a_group_that_cannot_be_drafted_records_nothing() {
        var learners = new String[] {steps.aLearner("Jade"), steps.aLearner("Louis")};
        var draftMou = steps.aDraftMou();
        var eventsBefore = steps.countEvents();

        var notInForce = http.post(
                "/api/learning-agreements/groups", """
                {"learners": ["%s", "%s"], "mou": "%s", "terms": %s}""".formatted(learners[0], learners[1], draftMou, laTerms()));
        var twice = http.post("/api/learning-agreements/groups", """
                {"learners": ["%s", "%s", "%s"], "mou": "%s", "terms": %s}""".formatted(
                        learners[0], learners[1], learners[0], draftMou, laTerms()));

        assertRefused(notInForce, 409, "mou-not-active");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(fields(twice.json())).containsExactly("learners[2]:unique");
        assertThat(steps.countEvents()).isEqualTo(eventsBefore);
    }

    /** S29: the learner returns after one of four weeks; no credit, but a Europass Mobility for the week spent. */
    @Test
    void S29_a_cancelled_mobility_can_still_be_documented_but_not_completed() {
        var agreement = steps.anActiveAgreement();

        var cancelled = http.post("/api/learning-agreements/" + agreement + "/cancellation", """
                {"cancelledBy": "LEARNER", "cancelledOn": "2027-03-08", "reason": "Illness: returned home after one week"}""");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);

        var documented = http.post("/api/learning-agreements/" + agreement + "/documents", """
                {"issuedBy": "%s", "type": "EUROPASS_MOBILITY", "issuedOn": "2027-03-12",
                 "content": "Mobility in Munich from 2027-03-01 to 2027-03-07 (one week); no skills section"}""".formatted(HOST));
        assertThat(documented.status()).as(documented.body()).isEqualTo(200);
        assertThat(steps.events(agreement)).endsWith("LearningAgreementCancelled", "MobilityDocumentIssued");
        assertThat(steps.payload(agreement, "LearningAgreementCancelled")).contains("Illness");

        var eventsBefore = steps.countEvents();
        var read = steps.awaitRead(
                "/api/learning-agreements/" + agreement, a -> a.get("documents").size() == 1);
        assertThat(read.get("state").asString()).isEqualTo("CANCELLED");
        assertThat(read.get("cancellation").get("cancelledBy").asString()).isEqualTo("LEARNER");
        assertThat(read.get("documents").get(0).get("type").asString()).isEqualTo("EUROPASS_MOBILITY");

        assertRefused(complete(agreement, "[]"), 409, "agreement-not-active");
        assertRefused(
                http.post("/api/learning-agreements/" + agreement + "/cancellation", """
                        {"cancelledBy": "HOME", "cancelledOn": "2027-03-09", "reason": "Again"}"""), 409, "agreement-ended");
        assertThat(steps.countEvents()).isEqualTo(eventsBefore);
    }

    /** S31 (R21): the host documents learning abroad without assessing it; only home and host may. */
    @Test
    void S31_a_host_documents_learning_without_assessing_it() {
        var agreement = steps.anActiveAgreement();
        var draft = steps.aDraftAgreement(steps.anActiveMou());
        var document = """
                {"issuedBy": "%s", "type": "%s", "issuedOn": "2027-03-29",
                 "content": "5a: wired a distribution board; read wiring diagrams; worked in a German-speaking team"}""";
        var eventsBefore = steps.countEvents();

        assertRefused(
                http.post(
                        "/api/learning-agreements/" + draft + "/documents",
                        document.formatted(HOST, "EUROPASS_MOBILITY")),
                409,
                "agreement-not-active");
        assertRefused(
                http.post(
                        "/api/learning-agreements/" + agreement + "/documents",
                        document.formatted(MCAST, "EUROPASS_MOBILITY")),
                422,
                "not-home-or-host");
        assertThat(steps.countEvents()).isEqualTo(eventsBefore);

        var documented = http.post(
                "/api/learning-agreements/" + agreement + "/documents", document.formatted(HOST, "EUROPASS_MOBILITY"));
        var transcript = http.post(
                "/api/learning-agreements/" + agreement + "/documents", document.formatted(HOST, "HOST_TRANSCRIPT"));

        assertThat(documented.status()).as(documented.body()).isEqualTo(200);
        assertThat(transcript.status()).as(transcript.body()).isEqualTo(200);
        assertThat(steps.events(agreement))
                .endsWith("LearningAgreementActivated", "MobilityDocumentIssued", "MobilityDocumentIssued");
        assertThat(steps.payload(agreement, "MobilityDocumentIssued"))
                .contains("HOST_TRANSCRIPT", "distribution board");
        assertThat(steps.events(agreement)).allMatch(type -> !type.contains("Assess"));
        var read = steps.awaitRead(
                "/api/learning-agreements/" + agreement, a -> a.get("documents").size() == 2);
        assertThat(read.get("state").asString()).isEqualTo("ACTIVE");
        assertThat(read.get("documents").get(0).get("content").asString()).startsWith("5a: wired");
        assertThat(read.get("documents").get(1).get("issuedBy").asString()).isEqualTo(HOST);
    }

    /** S04 side: the agreement completes with the planned outcomes that were not achieved. */
    @Test
    void completion_names_what_was_planned_but_not_achieved() {
        var agreement = steps.anActiveAgreement();
        var eventsBefore = steps.countEvents();

        assertRefused(complete(agreement, """
                [{"unit": "U33@1"}]"""), 422, "not-planned");
        assertRefused(complete(agreement, """
                [{"unit": "U32@1", "learningOutcomes": ["LO5"]}]"""), 422, "not-planned");
        assertThat(steps.countEvents()).isEqualTo(eventsBefore);

        var completed = complete(agreement, """
                [{"unit": "U32@1", "learningOutcomes": ["LO3"]}]""");

        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(steps.events(agreement)).endsWith("LearningAgreementCompleted");
        assertThat(steps.payload(agreement, "LearningAgreementCompleted")).contains("U32", "LO3", "2027-04-02");

        var read = steps.awaitRead(
                "/api/learning-agreements/" + agreement,
                a -> a.get("state").asString().equals("COMPLETED_WITH_GAPS"));
        assertThat(read.get("completion").get("completedOn").asString()).isEqualTo("2027-04-02");
        assertThat(read.get("completion").get("outstanding").get(0).get("unit").asString())
                .isEqualTo("U32@1");
        assertThat(read.get("completion")
                        .get("outstanding")
                        .get(0)
                        .get("learningOutcomes")
                        .toString())
                .isEqualTo("[\"LO3\"]");
    }

    @Test
    void every_bad_field_of_a_draft_is_named_and_nothing_is_written() {
        var mou = steps.anActiveMou();
        var learner = steps.aLearner("Emma");
        var eventsBefore = steps.countEvents();

        var malformed = http.post("/api/learning-agreements", """
                {"learner": "abc",
                 "terms": {"home": "%s", "host": "%s", "mobilityStart": "2027-03-01", "mobilityEnd": "28.03.2027",
                           "qualification": "%s", "plannedUnits": [{"unit": "U31", "points": -1}]}}""".formatted(HOME, HOST, MobilitySteps.BACPRO));

        assertThat(malformed.status()).as(malformed.body()).isEqualTo(400);
        assertThat(fields(malformed.json()))
                .containsExactly(
                        "learner:pattern",
                        "mou:required",
                        "terms.mobilityEnd:format",
                        "terms.plannedUnits[0].points:positiveorzero",
                        "terms.plannedUnits[0].unit:pattern");

        var inconsistent =
                http.post("/api/learning-agreements", """
                {"learner": "%s", "mou": "%s",
                 "terms": {"home": "%s", "host": "%s", "mobilityStart": "2027-03-28", "mobilityEnd": "2027-03-01",
                           "qualification": "%s", "plannedUnits": [{"unit": "U31@1"}, {"unit": "U31@1"}]}}""".formatted(learner, mou, HOME, HOME, MobilitySteps.BACPRO));

        assertThat(inconsistent.status()).as(inconsistent.body()).isEqualTo(400);
        assertThat(fields(inconsistent.json()))
                .containsExactly(
                        "terms.host:not-allowed", "terms.mobilityEnd:not-before", "terms.plannedUnits[1]:unique");

        var agreement = steps.aDraftAgreement(mou);
        eventsBefore = steps.countEvents();
        var badSignature = http.post("/api/learning-agreements/" + agreement + "/signatures", """
                {"version": 0, "party": "TEACHER", "signatory": "M. Roux", "signedOn": "2026-10-01"}""");

        assertThat(badSignature.status()).isEqualTo(400);
        assertThat(fields(badSignature.json())).containsExactly("party:one-of", "version:min");
        assertThat(steps.countEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void an_unknown_agreement_is_a_404_and_bad_search_criteria_are_named() {
        var answer = steps.signAgreementAnswer("01a21e00-0000-7000-8000-000000000001", 1, "HOME", "2026-10-01");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:not-found");
        assertThat(http.get("/api/learning-agreements/01a21e00-0000-7000-8000-000000000001")
                        .status())
                .isEqualTo(404);

        var search = http.get("/api/learning-agreements?learner=abc");
        assertThat(search.status()).isEqualTo(400);
        assertThat(fields(search.json())).containsExactly("learner:format");
        assertThat(fields(http.get("/api/learning-agreements?state=SIGNED").json()))
                .containsExactly("state:one-of");
    }

    private static List<String> agreementIds(JsonNode results) {
        var ids = new ArrayList<String>();
        results.get("items")
                .forEach(item -> ids.add(item.get("learningAgreementId").asString()));
        return ids;
    }

    private static List<String> states(JsonNode results) {
        var states = new ArrayList<String>();
        results.get("items").forEach(item -> states.add(item.get("state").asString()));
        return states;
    }

    private LedgerHttp.Answer accept(String agreement, int proposal, String party) {
        return http.post(
                "/api/learning-agreements/" + agreement + "/change-proposals/" + proposal + "/acceptances",
                """
                {"acceptedBy": "%s", "signatory": "Signatory for %s", "acceptedOn": "2026-11-20"}""".formatted(party, party));
    }

    private LedgerHttp.Answer complete(String agreement, String outstanding) {
        return http.post("/api/learning-agreements/" + agreement + "/completion", """
                {"completedOn": "2027-04-02", "outstanding": %s}""".formatted(outstanding));
    }
}
