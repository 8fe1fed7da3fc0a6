package org.ecvetledger.app.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.app.catalogue.CatalogueSteps.fields;
import static org.ecvetledger.app.catalogue.CatalogueSteps.texts;
import static org.ecvetledger.app.catalogue.CatalogueSteps.unique;

import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

@LedgerIT
class QualificationCatalogueIT {

    private static final String ROUND_TRIP_RULES = """
            {"rules": [
              {"rule": "AllMandatoryUnits"},
              {"rule": "MinimumPoints", "minimum": 120},
              {"rule": "ElectiveGroup", "group": "options", "chooseAtLeast": 1},
              {"rule": "ElectiveGroup", "group": "options", "minimumPoints": 7.5},
              {"rule": "WeightedAverage", "threshold": 10, "comparator": "AT_LEAST", "countOptionalUnits": false},
              {"rule": "FinalExaminationRequired"},
              {"rule": "UnitValidityInTime"}]}""";

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
    void a_standard_is_drafted_given_units_and_rules_and_published() {
        var body = steps.anInstitution("IT/Lazio");
        var mandatory = steps.aPublishedUnit(body);
        var optional = steps.aPublishedUnit(body);
        var id = unique("IT-OP-ELETTRICO");

        var created = http.post("/api/qualifications", """
                {"id": "%s", "title": {"it": "Operatore elettrico", "en": "Electrical operator"},
                 "jurisdiction": "IT/Lazio", "awardingBodies": ["%s"], "eqfLevel": 3,
                 "framework": "ECVET", "totalPoints": 120, "referenceYears": 2}""".formatted(id, body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/qualifications/" + id + "/versions/1");

        steps.attach(id, mandatory, "MANDATORY", 120);
        var attachOptional = http.post("/api/qualifications/" + id + "/versions/1/units", """
                {"unit": "%s@1", "role": "OPTIONAL", "points": 10, "mobilityUnit": true}""".formatted(optional));
        assertThat(attachOptional.status()).as(attachOptional.body()).isEqualTo(200);
        steps.defineRules(id, """
                {"rules": [{"rule": "AllMandatoryUnits"}]}""");

        var published = http.post("/api/qualifications/" + id + "/versions/1/publish", """
                {"effectiveFrom": "2026-09-01"}""");
        assertThat(published.status()).as(published.body()).isEqualTo(200);

        var standard = steps.awaitReadUntil(
                "/api/qualifications/" + id + "/versions/1",
                s -> s.get("status").asString().equals("PUBLISHED"));
        assertThat(standard.get("framework").asString()).isEqualTo("ECVET");
        assertThat(standard.get("totalPoints").asInt()).isEqualTo(120);
        assertThat(standard.get("awardingBodies").get(0).asString()).isEqualTo(body);
        assertThat(texts(standard.get("units"), "unit")).containsExactlyInAnyOrder(mandatory + "@1", optional + "@1");
        assertThat(standard.get("effectiveFrom").asString()).isEqualTo("2026-09-01");

        var versions = steps.awaitRead("/api/qualifications/" + id + "/versions");
        assertThat(versions.get("versions").get(0).get("version").asInt()).isEqualTo(1);
        assertThat(versions.get("versions").get(0).get("status").asString()).isEqualTo("PUBLISHED");

        var found = steps.awaitReadUntil(
                "/api/qualifications?q=electrical&code=" + id + "&jurisdiction=IT&published=true",
                answer -> answer.get("items").size() == 1);
        assertThat(found.get("items").get(0).get("id").asString()).isEqualTo(id);
    }

    @Test
    void an_award_rule_set_round_trips_through_the_event_store_and_the_read_model() {
        var body = steps.anInstitution("FR");
        var id = steps.aDraftStandard(body);

        steps.defineRules(id, ROUND_TRIP_RULES);

        var standard = steps.awaitReadUntil(
                "/api/qualifications/" + id + "/versions/1",
                s -> s.get("awardRulesDefined").asBoolean());
        var json = JsonMapper.builder().build();
        assertThat(standard.get("awardRules"))
                .isEqualTo(json.readTree(ROUND_TRIP_RULES).get("rules"));
        var stored = jdbc.queryForObject(
                "select payload::text from event_log where aggregate_id = ? and event_type = 'AwardRuleSetDefined'",
                String.class,
                id + "@1");
        assertThat(stored).contains("\"rule\"", "\"WeightedAverage\"", "\"AT_LEAST\"");
    }

    @Test
    void S37_publishing_inconsistent_points_is_refused_with_the_rule() {
        var body = steps.anInstitution("IT/Lazio");
        var id = steps.aDraftStandard(body); // ECVET, 2 reference years: a total of 120 points
        steps.attach(id, steps.aPublishedUnit(body), "MANDATORY", 70);
        steps.attach(id, steps.aPublishedUnit(body), "MANDATORY", 60);
        steps.defineRules(id, """
                {"rules": [{"rule": "AllMandatoryUnits"}, {"rule": "ElectiveGroup", "group": "none", "chooseAtLeast": 1}]}""");
        var eventsBefore = steps.countEvents();

        var answer = http.post("/api/qualifications/" + id + "/versions/1/publish", """
                {"effectiveFrom": "2026-09-01"}""");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        var problem = answer.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:rule-violated");
        assertThat(problem.get("rule").asString()).isEqualTo("points-inconsistent");
        assertThat(texts(problem.get("findings"), "rule"))
                .containsExactly("points-inconsistent", "rule-on-unknown-group");
        assertThat(problem.get("findings").get(0).get("message").asString()).contains("130", "120");
        assertThat(steps.countEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void a_published_version_cannot_be_edited() {
        var body = steps.anInstitution("FR");
        var id = steps.aDraftStandard(body);
        steps.attach(id, steps.aPublishedUnit(body), "MANDATORY", 120);
        steps.defineRules(id, """
                {"rules": [{"rule": "AllMandatoryUnits"}]}""");
        assertThat(http.post("/api/qualifications/" + id + "/versions/1/publish", """
                        {"effectiveFrom": "2026-09-01"}""")
                        .status())
                .isEqualTo(200);

        var edit = http.put("/api/qualifications/" + id + "/versions/1/award-rules", """
                {"rules": [{"rule": "FinalExaminationRequired"}]}""");

        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.json().get("rule").asString()).isEqualTo("published-version-is-frozen");
    }

    @Test
    void drafting_the_same_id_and_version_twice_is_a_conflict() {
        var body = steps.anInstitution("FR");
        var id = steps.aDraftStandard(body);

        var again = http.post("/api/qualifications", """
                {"id": "%s", "version": 1, "title": {"fr": "Doublon"}, "jurisdiction": "FR",
                 "awardingBodies": ["%s"], "framework": "NONE"}""".formatted(id, body));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:already-exists");
    }

    @Test
    void a_unit_is_detached_from_a_draft() {
        var body = steps.anInstitution("FR");
        var id = steps.aDraftStandard(body);
        var unit = steps.aPublishedUnit(body);
        steps.attach(id, unit, "MANDATORY", 60);
        var path = "/api/qualifications/" + id + "/versions/1";
        steps.awaitReadUntil(path, s -> s.get("units").size() == 1);

        var detached = http.delete(path + "/units/" + unit + "/1");

        assertThat(detached.status()).as(detached.body()).isEqualTo(200);
        steps.awaitReadUntil(path, s -> s.get("units").isEmpty());
        var again = http.delete(path + "/units/" + unit + "/1");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("rule").asString()).isEqualTo("unit-not-attached");
    }

    @Test
    void a_national_framework_names_its_scheme() {
        var body = steps.anInstitution("FI");
        var id = unique("FI-SAHKO");

        var created = http.post("/api/qualifications", """
                {"id": "%s", "title": {"fi": "Sähkö- ja automaatioalan perustutkinto"}, "jurisdiction": "FI",
                 "awardingBodies": ["%s"], "framework": "NATIONAL", "scheme": "osaamispisteet", "totalPoints": 180}""".formatted(id, body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        var standard = steps.awaitRead("/api/qualifications/" + id + "/versions/1");
        assertThat(standard.get("framework").asString()).isEqualTo("NATIONAL");
        assertThat(standard.get("scheme").asString()).isEqualTo("osaamispisteet");

        var missing = http.post("/api/qualifications", """
                {"id": "%s", "title": {"fi": "X"}, "jurisdiction": "FI", "awardingBodies": ["%s"], "framework": "NATIONAL"}""".formatted(unique("FI"), body));
        assertThat(fields(missing.json())).containsExactly("scheme:required");
    }

    @Test
    void every_bad_field_of_a_draft_is_named_and_nothing_is_written() {
        var eventsBefore = steps.countEvents();

        var answer = http.post("/api/qualifications", """
                {"id": "Q", "title": {}, "jurisdiction": "IT/", "awardingBodies": [], "eqfLevel": 9,
                 "framework": "CREDITS", "totalPoints": -1, "referenceYears": 0,
                 "gradingScale": {"minimum": 0},
                 "transitionFromPrevious": [{"from": "U1", "to": "U1@2", "coverage": "SOME"}]}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer.json()))
                .containsExactly(
                        "awardingBodies:required",
                        "eqfLevel:max",
                        "framework:one-of",
                        "gradingScale.maximum:required",
                        "id:pattern",
                        "jurisdiction:pattern",
                        "referenceYears:positive",
                        "title:required",
                        "totalPoints:positiveorzero",
                        "transitionFromPrevious[0].coverage:one-of",
                        "transitionFromPrevious[0].from:pattern");
        assertThat(steps.countEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void an_unknown_award_rule_is_a_400_naming_the_field() {
        var body = steps.anInstitution("FR");
        var id = steps.aDraftStandard(body);
        var eventsBefore = steps.countEvents();

        var answer = http.put("/api/qualifications/" + id + "/versions/1/award-rules", """
                {"rules": [{"rule": "AllMandatoryUnits"}, {"rule": "BestOfThree"},
                           {"rule": "WeightedAverage", "minimum": 3, "comparator": "ABOUT"}]}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer.json())).containsExactly("rules[1].rule:one-of", "rules[2].comparator:one-of");

        var members = http.put("/api/qualifications/" + id + "/versions/1/award-rules", """
                {"rules": [{"rule": "WeightedAverage", "minimum": 3, "comparator": "AT_LEAST"},
                           {"rule": "ElectiveGroup", "group": "options"}]}""");
        assertThat(members.status()).isEqualTo(400);
        assertThat(fields(members.json()))
                .containsExactly(
                        "rules[0].minimum:unknown-field",
                        "rules[0].threshold:required",
                        "rules[1].chooseAtLeast:required");
        assertThat(steps.countEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void an_elective_unit_names_its_group() {
        var body = steps.anInstitution("FR");
        var id = steps.aDraftStandard(body);

        var answer = http.post("/api/qualifications/" + id + "/versions/1/units", """
                {"unit": "U31@1", "role": "ELECTIVE", "points": -5}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer.json())).containsExactly("points:positiveorzero");
        var group = http.post("/api/qualifications/" + id + "/versions/1/units", """
                {"unit": "U31@1", "role": "ELECTIVE", "points": 5}""");
        assertThat(fields(group.json())).containsExactly("electiveGroup:required");
    }

    @Test
    void an_unknown_standard_is_a_404_problem_for_reads_and_for_commands() {
        var id = unique("NOPE");

        assertThat(http.get("/api/qualifications/" + id + "/versions/1").status())
                .isEqualTo(404);
        assertThat(http.get("/api/qualifications/" + id + "/versions").status()).isEqualTo(404);
        var publish = http.post("/api/qualifications/" + id + "/versions/1/publish", """
                {"effectiveFrom": "2026-09-01"}""");
        assertThat(publish.status()).isEqualTo(404);
        assertThat(publish.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:not-found");
    }
}
