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

@LedgerIT
class InstitutionCatalogueIT {

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
    void a_registered_institution_can_be_read_back_and_found() {
        var id = unique("IT-LAZIO");
        var created = http.post("/api/institutions", """
                {"institutionId": "%s", "legalName": "Regione Lazio %s", "jurisdiction": "IT/Lazio",
                 "kind": "REGIONAL_AUTHORITY"}""".formatted(id, id));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/institutions/" + id);
        assertThat(created.json().get("institutionId").asString()).isEqualTo(id);

        var institution = steps.awaitRead("/api/institutions/" + id);
        assertThat(institution.get("legalName").asString()).isEqualTo("Regione Lazio " + id);
        assertThat(institution.get("jurisdiction").asString()).isEqualTo("IT/Lazio");
        assertThat(institution.get("kind").asString()).isEqualTo("REGIONAL_AUTHORITY");
        assertThat(institution.get("functions").size()).isZero();

        var found = http.get("/api/institutions?q=" + id.toLowerCase() + "&jurisdiction=IT")
                .json();
        assertThat(texts(found.get("items"), "institutionId")).containsExactly(id);
        var elsewhere =
                http.get("/api/institutions?q=" + id + "&jurisdiction=FR").json();
        assertThat(elsewhere.get("items").size()).isZero();
    }

    @Test
    void a_function_is_granted_then_withdrawn_and_the_catalogue_follows() {
        var id = steps.anInstitution("IT/Lazio");

        var granted = http.post("/api/institutions/" + id + "/functions", """
                {"function": "AWARD", "standard": "IT-OPERATORE-ELETTRICO", "jurisdiction": "IT/Lazio",
                 "effectiveFrom": "2026-01-01"}""");
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(granted.json().get("function").asString()).isEqualTo("AWARD");

        var holding = steps.awaitReadUntil(
                "/api/institutions/" + id,
                institution -> institution.get("functions").size() == 1);
        var function = holding.get("functions").get(0);
        assertThat(function.get("function").asString()).isEqualTo("AWARD");
        assertThat(function.get("standard").asString()).isEqualTo("IT-OPERATORE-ELETTRICO");
        assertThat(function.get("effectiveFrom").asString()).isEqualTo("2026-01-01");
        assertThat(texts(
                        http.get("/api/institutions?q=" + id + "&function=award")
                                .json()
                                .get("items"),
                        "institutionId"))
                .containsExactly(id);

        var withdrawn = http.post("/api/institutions/" + id + "/functions/withdrawals", """
                {"function": "AWARD", "standard": "IT-OPERATORE-ELETTRICO", "jurisdiction": "IT/Lazio",
                 "effectiveFrom": "2026-06-30", "reason": "Accreditation expired"}""");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        steps.awaitReadUntil(
                "/api/institutions/" + id,
                institution -> institution.get("functions").isEmpty());
    }

    @Test
    void granting_a_function_twice_is_a_conflict_naming_the_rule() {
        var id = steps.anInstitution("FR");
        var grant = """
                {"function": "RECOGNISE", "jurisdiction": "FR", "effectiveFrom": "2026-01-01"}""";
        assertThat(http.post("/api/institutions/" + id + "/functions", grant).status())
                .isEqualTo(200);

        var again = http.post("/api/institutions/" + id + "/functions", grant);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("rule").asString()).isEqualTo("function-already-granted");
    }

    @Test
    void registering_an_existing_id_again_is_a_conflict_that_says_it_already_exists() {
        var id = steps.anInstitution("FR");
        var eventsBefore = steps.countEvents();

        var again = http.post("/api/institutions", """
                {"institutionId": "%s", "legalName": "Another name", "jurisdiction": "FR", "kind": "SCHOOL"}""".formatted(id));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:already-exists");
        assertThat(again.json().get("detail").asString()).contains("already exists");
        assertThat(steps.countEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void every_bad_field_is_named_and_nothing_is_written() {
        var eventsBefore = steps.countEvents();

        var answer = http.post("/api/institutions", """
                {"institutionId": "x", "legalName": " ", "jurisdiction": "Italy", "kind": "UNIVERSITY"}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer.json()))
                .containsExactly("institutionId:pattern", "jurisdiction:pattern", "kind:one-of", "legalName:required");
        assertThat(steps.countEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void a_grant_with_bad_fields_names_them_and_writes_nothing() {
        var id = steps.anInstitution("FR");
        var eventsBefore = steps.countEvents();

        var answer = http.post("/api/institutions/" + id + "/functions", """
                {"function": "TEACH", "jurisdiction": "fr", "effectiveFrom": "01/01/2026"}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer.json()))
                .containsExactly("effectiveFrom:format", "function:one-of", "jurisdiction:pattern");
        assertThat(steps.countEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void an_unknown_institution_is_a_404_problem_for_reads_and_for_grants() {
        var id = unique("NOBODY");

        var read = http.get("/api/institutions/" + id);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:not-found");

        var grant = http.post("/api/institutions/" + id + "/functions", """
                {"function": "AWARD", "jurisdiction": "FR", "effectiveFrom": "2026-01-01"}""");
        assertThat(grant.status()).isEqualTo(404);
        assertThat(grant.json().get("detail").asString()).contains(id);
    }

    @Test
    void withdrawing_a_function_not_held_names_the_rule() {
        var id = steps.anInstitution("FR");

        var answer = http.post("/api/institutions/" + id + "/functions/withdrawals", """
                {"function": "AWARD", "jurisdiction": "FR", "effectiveFrom": "2026-01-01", "reason": "none"}""");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("rule").asString()).isEqualTo("function-not-held");
    }
}
