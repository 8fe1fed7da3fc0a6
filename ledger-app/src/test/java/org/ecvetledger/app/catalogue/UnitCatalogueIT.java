package org.ecvetledger.app.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.app.catalogue.CatalogueSteps.fields;
import static org.ecvetledger.app.catalogue.CatalogueSteps.texts;
import static org.ecvetledger.app.catalogue.CatalogueSteps.unique;
import static org.ecvetledger.app.catalogue.CatalogueSteps.unitBody;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

@LedgerIT
class UnitCatalogueIT {

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    LedgerHttp http;
    CatalogueSteps steps;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp(environment);
        steps = new CatalogueSteps(http, jdbc);
    }

    @Test
    void a_defined_unit_can_be_read_back_with_its_learning_outcomes() {
        var owner = steps.anInstitution("FR");
        var code = unique("U31");

        var created = http.post(
                "/api/units", unitBody(code, owner, "Réaliser une installation", "Carry out an installation"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/units/" + code + "/versions/1");
        assertThat(created.json().get("version").asInt()).isEqualTo(1);

        var unit = steps.awaitRead("/api/units/" + code + "/versions/1");
        assertThat(unit.get("status").asString()).isEqualTo("DRAFT");
        assertThat(unit.get("title").get("fr").asString()).isEqualTo("Réaliser une installation");
        assertThat(unit.get("title").get("en").asString()).isEqualTo("Carry out an installation");
        assertThat(texts(unit.get("learningOutcomes"), "id")).containsExactly("LO1", "LO2");
        assertThat(unit.get("learningOutcomes").get(1).get("category").asString())
                .isEqualTo("SKILLS");
        assertThat(unit.get("learningOutcomes").get(1).get("escoSkill").asString())
                .startsWith("http://data.europa.eu/esco/");
        assertThat(unit.get("eqfLevels").get(0).asInt()).isEqualTo(4);
        assertThat(unit.get("validity").asString()).isEqualTo("P5Y");
        assertThat(unit.get("owner").asString()).isEqualTo(owner);
    }

    @Test
    void a_unit_is_found_by_its_title_in_a_second_language() {
        var owner = steps.anInstitution("FR");
        var code = unique("U32");
        var marker = unique("Schaltschrank");
        http.post("/api/units", """
                {"code": "%s", "title": {"fr": "Câbler une armoire", "de": "%s verdrahten"},
                 "learningOutcomes": [{"id": "LO1", "description": {"fr": "Câble"}, "category": "SKILLS"}],
                 "owner": "%s"}""".formatted(code, marker, owner));

        var query = "/api/units?q=" + URLEncoder.encode(marker.toLowerCase() + " verdrahten", StandardCharsets.UTF_8)
                + "&owner=" + owner;
        var found = steps.awaitReadUntil(query, answer -> answer.get("items").size() == 1);

        assertThat(found.get("items").get(0).get("code").asString()).isEqualTo(code);
        assertThat(found.get("items").get(0).get("title").get("de").asString()).isEqualTo(marker + " verdrahten");
        assertThat(http.get("/api/units?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8) + "&published=true")
                        .json()
                        .get("items")
                        .size())
                .isZero();
    }

    @Test
    void a_draft_is_amended_then_published_and_then_frozen() {
        var owner = steps.anInstitution("FR");
        var code = steps.aDraftUnit(owner);
        var path = "/api/units/" + code + "/versions/1";

        var amended = http.put(path, """
                {"title": {"fr": "Installer un réseau", "en": "Install a network (revised)"},
                 "learningOutcomes": [{"id": "LO1", "description": {"en": "Plans a network"}, "category": "COMPETENCE"}],
                 "eqfLevels": [4, 5], "owner": "%s"}""".formatted(owner));
        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        steps.awaitReadUntil(path, unit -> unit.get("learningOutcomes").size() == 1);

        var published = http.post(path + "/publish", """
                {"effectiveFrom": "2026-09-01"}""");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        var unit = steps.awaitReadUntil(path, u -> u.get("status").asString().equals("PUBLISHED"));
        assertThat(unit.get("effectiveFrom").asString()).isEqualTo("2026-09-01");
        assertThat(unit.get("title").get("en").asString()).isEqualTo("Install a network (revised)");

        var eventsBefore = steps.countEvents();
        var edit = http.put(path, unitBody(code, owner, "Autre", "Other").replace("\"code\": \"" + code + "\", ", ""));
        assertThat(edit.status()).as(edit.body()).isEqualTo(409);
        assertThat(edit.json().get("rule").asString()).isEqualTo("published-version-is-frozen");
        assertThat(steps.countEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void defining_the_same_code_and_version_twice_is_a_conflict() {
        var owner = steps.anInstitution("FR");
        var code = steps.aDraftUnit(owner);

        var again = http.post("/api/units", unitBody(code, owner, "Doublon", "Duplicate"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:already-exists");
        assertThat(again.json().get("detail").asString()).contains("already exists");
    }

    @Test
    void every_bad_field_of_a_unit_is_named_and_nothing_is_written() {
        var eventsBefore = steps.countEvents();

        var answer = http.post("/api/units", """
                {"code": "U 31", "version": 0, "title": {"english": "Wiring", "fr": " "},
                 "learningOutcomes": [{"id": "LO1", "description": {}, "category": "ATTITUDE"}],
                 "eqfLevels": [9], "validity": "five years", "owner": ""}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(fields(answer.json()))
                .containsExactly(
                        "code:pattern",
                        "eqfLevels[0]:max",
                        "learningOutcomes[0].category:one-of",
                        "learningOutcomes[0].description:required",
                        "owner:required",
                        "title[english]:pattern",
                        "title[fr]:required",
                        "validity:format",
                        "version:min");
        assertThat(steps.countEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void what_only_the_domain_refuses_is_still_a_400_naming_the_field() {
        var owner = steps.anInstitution("FR");
        var eventsBefore = steps.countEvents();

        var answer = http.post("/api/units", """
                {"code": "%s", "title": {"en": "Twice"}, "validity": "P0D", "owner": "%s",
                 "learningOutcomes": [
                   {"id": "LO1", "description": {"en": "One"}, "category": "SKILLS", "escoSkill": "urn:esco:1"},
                   {"id": "LO1", "description": {"en": "Two"}, "category": "SKILLS"}]}""".formatted(unique("U"), owner));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer.json()))
                .containsExactly(
                        "learningOutcomes[0].escoSkill:format", "learningOutcomes[1].id:unique", "validity:positive");
        assertThat(steps.countEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void a_value_of_the_wrong_type_deep_in_the_body_is_named_by_its_path() {
        var answer = http.post("/api/units", """
                {"code": "U31", "title": {"en": "Wiring"}, "owner": "FR-MEN",
                 "learningOutcomes": [{"id": "LO1", "description": {"en": "x"}, "category": 5}]}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer.json())).containsExactly("learningOutcomes[0].category:type");
    }

    @Test
    void a_unit_owned_by_an_unregistered_institution_is_refused_with_the_rule() {
        var answer = http.post("/api/units", unitBody(unique("U"), unique("NOBODY"), "Titre", "Title"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("rule").asString()).isEqualTo("unknown-institution");
    }

    @Test
    void an_unknown_unit_is_a_404_problem_for_reads_and_for_commands() {
        var code = unique("NOPE");

        var read = http.get("/api/units/" + code + "/versions/1");
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:not-found");

        var publish = http.post("/api/units/" + code + "/versions/1/publish", """
                {"effectiveFrom": "2026-09-01"}""");
        assertThat(publish.status()).isEqualTo(404);
        assertThat(publish.json().get("detail").asString()).contains(code + "@1");
    }

    @Test
    void a_path_that_names_no_unit_version_is_named() {
        assertThat(fields(http.get("/api/units/U31/versions/0").json())).containsExactly("version:invalid");
        assertThat(fields(http.get("/api/units/U31/versions/one").json())).containsExactly("version:format");
    }
}
