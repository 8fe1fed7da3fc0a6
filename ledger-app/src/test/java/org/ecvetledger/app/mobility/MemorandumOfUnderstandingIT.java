package org.ecvetledger.app.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.app.mobility.MobilitySteps.HOME;
import static org.ecvetledger.app.mobility.MobilitySteps.HOST;
import static org.ecvetledger.app.mobility.MobilitySteps.assertRefused;
import static org.ecvetledger.app.mobility.MobilitySteps.fields;
import static org.ecvetledger.app.mobility.MobilitySteps.mouTerms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
class MemorandumOfUnderstandingIT {

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

    @Test
    void an_mou_is_active_once_every_party_has_signed() {
        var drafted = http.post(
                "/api/mous", mouTerms("Branly–München 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2030, 8, 31)));

        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        assertThat(drafted.contentType()).startsWith("application/json");
        var mou = drafted.json().get("memorandumId").asString();
        assertThat(drafted.location()).isEqualTo("/api/mous/" + mou);
        assertThat(drafted.json().get("version").asInt()).isEqualTo(1);

        steps.signMou(mou, 1, HOME, "2026-06-10");
        assertThat(steps.events(mou)).containsExactly("MemorandumDrafted", "MemorandumSigned");

        var second = steps.signMouAnswer(mou, 1, HOST, "2026-06-15");

        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("memorandumId").asString()).isEqualTo(mou);
        assertThat(steps.events(mou))
                .containsExactly("MemorandumDrafted", "MemorandumSigned", "MemorandumSigned", "MemorandumActivated");
        assertThat(steps.payload(mou, "MemorandumActivated")).contains("\"activeFrom\": \"2026-06-15\"");
        assertThat(steps.payload(mou, "MemorandumSigned")).contains("Signatory of " + HOST);

        var read = steps.awaitRead(
                "/api/mous/" + mou, m -> m.get("state").asString().equals("ACTIVE"));
        assertThat(read.get("versionInForce").asInt()).isEqualTo(1);
        assertThat(read.get("activeFrom").asString()).isEqualTo("2026-06-15");
        assertThat(read.get("endedOn").isNull()).isTrue();
        var version = read.get("version");
        assertThat(version.get("terms").get("title").asString()).isEqualTo("Branly–München 2026");
        assertThat(version.get("terms")
                        .get("parties")
                        .get(0)
                        .get("validationProcedure")
                        .asString())
                .isEqualTo("Jury académique");
        assertThat(version.get("terms").get("scope").get(0).get("standard").asString())
                .isEqualTo("FR-BACPRO-MELEC@1");
        assertThat(version.get("terms").get("scope").get(0).get("units").toString())
                .isEqualTo("[\"U31@1\",\"U32@1\"]");
        assertThat(version.get("terms").get("validUntil").asString()).isEqualTo("2030-08-31");
        assertThat(version.get("signatures").get(1).get("party").asString()).isEqualTo(HOST);
        assertThat(version.get("signatures").get(1).get("signedOn").asString()).isEqualTo("2026-06-15");

        var listed = http.get("/api/mous?party=" + HOST + "&state=active");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(ids(listed.json())).contains(mou);
        assertThat(ids(http.get("/api/mous?party=" + HOST + "&state=TERMINATED").json()))
                .doesNotContain(mou);
        assertThat(ids(http.get("/api/mous?party=" + DemoCatalogue.MCAST).json()))
                .doesNotContain(mou);
    }

    @Test
    void an_amendment_is_a_new_version_that_every_party_signs_again() {
        var mou = steps.anActiveMou();

        var amended = http.post("/api/mous/" + mou + "/amendments", """
                {"terms": %s, "reason": "U32 added in full after the 2026 review"}""".formatted(
                        mouTerms("Branly–München, amended", LocalDate.of(2026, 1, 1), LocalDate.of(2031, 8, 31))));

        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        assertThat(steps.payload(mou, "MemorandumAmended")).contains("\"version\": 2", "U32 added in full");

        var pending = steps.awaitRead(
                "/api/mous/" + mou, m -> m.get("state").asString().equals("AMENDMENT_PENDING"));
        assertThat(pending.get("versions").toString()).isEqualTo("[1,2]");
        assertThat(pending.get("versionInForce").asInt()).isEqualTo(1);
        assertThat(pending.get("version").get("amendmentReason").asString())
                .isEqualTo("U32 added in full after the 2026 review");

        var eventsBefore = steps.countEvents();
        assertRefused(steps.signMouAnswer(mou, 1, HOME, "2026-09-01"), 409, "not-the-current-version");
        assertThat(steps.countEvents()).isEqualTo(eventsBefore);

        steps.signMou(mou, 2, HOME, "2026-09-01");
        steps.signMou(mou, 2, HOST, "2026-09-02");
        assertThat(steps.events(mou))
                .endsWith("MemorandumAmended", "MemorandumSigned", "MemorandumSigned", "MemorandumActivated");
        assertThat(steps.payload(mou, "MemorandumActivated")).contains("\"version\": 2");

        steps.awaitRead("/api/mous/" + mou, m -> m.get("versionInForce").asInt() == 2);
        var first = http.get("/api/mous/" + mou + "/versions/1");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("version").get("terms").get("validUntil").asString())
                .isEqualTo("2030-08-31");
        assertThat(first.json().get("state").asString()).isEqualTo("ACTIVE");
        assertThat(http.get("/api/mous/" + mou + "/versions/3").status()).isEqualTo(404);
    }

    @Test
    void a_review_and_a_termination_are_recorded_and_an_ended_mou_takes_no_more_changes() {
        var mou = steps.anActiveMou();

        var reviewed = http.post("/api/mous/" + mou + "/reviews", """
                {"reviewedOn": "2026-11-02", "outcome": "Assessment grid for U31 aligned with the host"}""");
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assertThat(steps.payload(mou, "MemorandumReviewed")).contains("Assessment grid for U31");

        var eventsBefore = steps.countEvents();
        // staff of an institution outside the MoU never reach the MoU's rules (ADR 0014)
        MobilitySteps.assertDenied(
                http.post("/api/mous/" + mou + "/termination", """
                        {"terminatedBy": "%s", "effectiveOn": "2026-12-31", "reason": "Not ours to end"}""".formatted(DemoCatalogue.MCAST)), "mou-party");
        assertThat(steps.countEvents()).isEqualTo(eventsBefore);

        var terminated = http.post("/api/mous/" + mou + "/termination", """
                {"terminatedBy": "%s", "effectiveOn": "2026-12-31", "reason": "The host closes its electrical section"}""".formatted(HOST));
        assertThat(terminated.status()).as(terminated.body()).isEqualTo(200);
        assertThat(steps.events(mou)).endsWith("MemorandumReviewed", "MemorandumTerminated");
        var read = steps.awaitRead(
                "/api/mous/" + mou, m -> m.get("state").asString().equals("TERMINATED"));
        assertThat(read.get("endedOn").asString()).isEqualTo("2026-12-31");
        assertThat(read.get("termination").get("terminatedBy").asString()).isEqualTo(HOST);
        assertThat(read.get("reviews").get(0).get("outcome").asString())
                .isEqualTo("Assessment grid for U31 aligned with the host");

        eventsBefore = steps.countEvents();
        assertRefused(http.post("/api/mous/" + mou + "/reviews", """
                        {"reviewedOn": "2027-01-10", "outcome": "Too late"}"""), 409, "mou-ended");
        assertThat(steps.countEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void signatures_by_an_outsider_or_twice_by_a_party_are_refused_and_write_nothing() {
        var mou = steps.aDraftMou();
        steps.signMou(mou, 1, HOME, "2026-06-10");
        var eventsBefore = steps.countEvents();

        // staff of an institution outside the MoU never reach the MoU's rules (ADR 0014)
        MobilitySteps.assertDenied(steps.signMouAnswer(mou, 1, DemoCatalogue.MCAST.value(), "2026-06-10"), "mou-party");
        assertRefused(steps.signMouAnswer(mou, 1, HOME, "2026-06-11"), 409, "already-signed");
        assertRefused(steps.signMouAnswer(mou, 1, HOST, "2030-09-01"), 409, "mou-ended");

        assertThat(steps.countEvents()).isEqualTo(eventsBefore);
        assertThat(steps.events(mou)).containsExactly("MemorandumDrafted", "MemorandumSigned");
    }

    @Test
    void an_mou_over_units_outside_the_catalogue_or_with_an_unknown_party_is_refused_and_writes_nothing() {
        var eventsBefore = steps.countEvents();
        var terms = mouTerms("Out of the catalogue", LocalDate.of(2026, 1, 1), LocalDate.of(2030, 8, 31));

        assertRefused(http.post("/api/mous", terms.replace("U32@1", "U99@1")), 422, "scope-not-in-catalogue");
        assertRefused(
                http.post("/api/mous", terms.replace("FR-BACPRO-MELEC@1", "FR-BACPRO-MELEC@9")),
                422,
                "scope-not-in-catalogue");
        assertRefused(http.post("/api/mous", terms.replace(HOST, "DE-NOWHERE")), 422, "unknown-institution");

        assertThat(steps.countEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void every_bad_field_of_a_draft_is_named_and_nothing_is_written() {
        var eventsBefore = steps.countEvents();

        var answer = http.post("/api/mous", """
                {"title": " ",
                 "parties": [{"institution": "%s"}, {"institution": "%s"}, {"institution": "x"}],
                 "scope": [{"standard": "FR-BACPRO-MELEC", "units": ["U31@1", "U31@1", "U32"]}],
                 "validFrom": "2026-09-01", "validUntil": "2026-08-31",
                 "minimumMobilityDays": 30, "maximumMobilityDays": 14,
                 "reviewDates": ["next year"]}""".formatted(HOME, HOME));

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:invalid-request");
        assertThat(fields(answer.json()))
                .containsExactly(
                        "parties[2].institution:pattern",
                        "scope[0].standard:pattern",
                        "scope[0].units[2]:pattern",
                        "title:required");
        assertThat(steps.countEvents()).isEqualTo(eventsBefore);

        var second = http.post("/api/mous", """
                {"title": "Twice the same party",
                 "parties": [{"institution": "%s"}, {"institution": "%s"}],
                 "scope": [{"standard": "FR-BACPRO-MELEC@1", "units": ["U31@1", "U31@1"]}],
                 "validFrom": "2026-09-01", "validUntil": "2026-08-31",
                 "minimumMobilityDays": 30, "maximumMobilityDays": 14,
                 "reviewDates": ["next year"]}""".formatted(HOME, HOME));

        assertThat(second.status()).as(second.body()).isEqualTo(400);
        assertThat(fields(second.json()))
                .containsExactly(
                        "maximumMobilityDays:min",
                        "parties[1].institution:unique",
                        "reviewDates[0]:format",
                        "scope[0].units[1]:unique",
                        "validUntil:after");
        assertThat(steps.countEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void a_missing_body_field_or_a_wrong_type_is_named() {
        var signature = http.post("/api/mous/" + steps.aDraftMou() + "/signatures", """
                {"party": "%s", "signedOn": "15/06/2026"}""".formatted(HOME));
        assertThat(signature.status()).isEqualTo(400);
        assertThat(fields(signature.json()))
                .containsExactly("signatory:required", "signedOn:format", "version:required");

        var wrongType = http.post("/api/mous/" + steps.aDraftMou() + "/signatures", """
                {"version": "one", "party": "%s", "signatory": "A", "signedOn": "2026-06-15"}""".formatted(HOME));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(fields(wrongType.json())).containsExactly("version:format");
    }

    @Test
    void a_command_to_an_unknown_mou_is_a_404_and_an_id_that_is_not_a_uuid_is_named() {
        var unknown = steps.signMouAnswer("01a21e00-0000-7000-8000-000000000000", 1, HOME, "2026-06-15");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:not-found");

        var malformed = steps.signMouAnswer("not-a-uuid", 1, HOME, "2026-06-15");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(fields(malformed.json())).containsExactly("memorandumId:format");

        assertThat(http.get("/api/mous/01a21e00-0000-7000-8000-000000000000").status())
                .isEqualTo(404);
        assertThat(fields(http.get("/api/mous/not-a-uuid").json())).containsExactly("memorandumId:format");
    }

    @Test
    void a_command_to_the_id_of_another_kind_of_record_finds_no_mou() {
        var learnerId = http.post("/api/learners", """
                        {"givenName": "Lea", "familyName": "Martin", "dateOfBirth": "2005-04-01"}""").json().get("learnerId").asString();

        var answer = steps.signMouAnswer(learnerId, 1, HOME, "2026-06-15");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:not-found");
    }

    @Test
    void a_search_with_an_unknown_state_or_a_malformed_party_is_named() {
        var state = http.get("/api/mous?state=SIGNED");
        assertThat(state.status()).isEqualTo(400);
        assertThat(fields(state.json())).containsExactly("state:one-of");

        var party = http.get("/api/mous?party=x");
        assertThat(party.status()).isEqualTo(400);
        assertThat(fields(party.json())).containsExactly("party:invalid");
    }

    private static List<String> ids(JsonNode results) {
        var ids = new ArrayList<String>();
        results.get("items").forEach(item -> ids.add(item.get("memorandumId").asString()));
        return ids;
    }
}
