package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;
import static org.ecvetledger.app.ledger.LedgerSteps.SIX_OUTCOMES;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 7: an institution's audit trail (R28) is read a page at a time — the pages, followed by their
 * {@code nextPage} links, add up to the whole trail, without duplicates, even when the institution
 * takes part in new events between two pages; a bad {@code limit} or {@code after} is a 400 naming it.
 */
@LedgerIT
class InstitutionTrailPagingIT {

    private static final String TRAIL = "/api/institutions/" + BRANLY + "/audit-trail";

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

    @Test
    void the_pages_of_an_institution_trail_add_up_to_the_whole_even_when_events_arrive_between_pages() {
        for (var name : List.of("Inès", "Jules")) {
            var learner = steps.anEnrolledLearner(name, BACPRO, BRANLY);
            steps.creditFor(learner, BRANLY, BACPRO, "U31@1", SIX_OUTCOMES, 14, "2024-06-10");
        }
        awaitCaughtUp();
        // Branly's trail holds every other test's events too: walked in the largest pages, it is the whole
        var wholeEntries = walk(TRAIL + "?limit=5000");
        assertThat(wholeEntries).hasSizeGreaterThan(20);
        // about five pages, whatever the suite recorded before
        var limit = Math.min(5_000, Math.max(3, wholeEntries.size() / 5));

        var pages = new ArrayList<JsonNode>();
        var page = get(TRAIL + "?limit=" + limit);
        assertThat(page.get("limit").asInt()).isEqualTo(limit);
        pages.add(page);
        // Branly takes part in new events (an enrolment and a unit's credit) between the first page and the rest
        var late = steps.anEnrolledLearner("Karim", BACPRO, BRANLY);
        steps.creditFor(late, BRANLY, BACPRO, "U31@1", SIX_OUTCOMES, 12, "2024-06-11");
        awaitCaughtUp();
        while (page.hasNonNull("nextPage")) {
            assertThat(page.get("entries")).hasSize(limit);
            assertThat(page.get("nextPage").asString()).contains("limit=" + limit);
            page = get(page.get("nextPage").asString());
            pages.add(page);
        }

        var concatenated = new ArrayList<JsonNode>();
        pages.forEach(p -> concatenated.addAll(entries(p)));
        assertThat(concatenated)
                .as("the pages, in order, are the whole trail as the first page saw it")
                .isEqualTo(wholeEntries);
        var ids = new HashSet<String>();
        concatenated.forEach(entry -> assertThat(ids.add(entry.get("eventId").asString()))
                .as("no entry on two pages: " + entry.get("eventId"))
                .isTrue());
        assertThat(pages).hasSize((wholeEntries.size() + limit - 1) / limit);
        assertThat(walk(TRAIL + "?limit=5000"))
                .as("a new first page sees the events recorded meanwhile")
                .hasSizeGreaterThan(wholeEntries.size());
    }

    @Test
    void a_bad_limit_or_cursor_is_a_problem_naming_the_parameter() {
        for (var limit : List.of("0", "5001", "-3", "many")) {
            assertBadParameter(http.get(TRAIL + "?limit=" + limit), "limit");
        }
        for (var after : List.of("not-a-cursor", "QVdBUkQ6MTI", "Zm9vOmJhcjpiYXo")) {
            assertBadParameter(http.get(TRAIL + "?after=" + after), "after");
        }
    }

    private static void assertBadParameter(LedgerHttp.Answer answer, String parameter) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(LedgerSteps.fields(answer.json())).containsExactly(parameter + ":invalid");
    }

    private JsonNode get(String path) {
        var answer = http.get(path);
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** Every entry of the trail, following the pages from {@code first}. */
    private List<JsonNode> walk(String first) {
        var entries = new ArrayList<JsonNode>();
        var page = get(first);
        entries.addAll(entries(page));
        while (page.hasNonNull("nextPage")) {
            page = get(page.get("nextPage").asString());
            entries.addAll(entries(page));
        }
        return entries;
    }

    private static List<JsonNode> entries(JsonNode page) {
        var entries = new ArrayList<JsonNode>();
        page.get("entries").forEach(entries::add);
        return entries;
    }

    private void awaitCaughtUp() {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> http.get("/api/operations/read-models")
                        .json()
                        .forEach(model -> assertThat(model.get("lag").asLong())
                                .as(model.toString())
                                .isZero()));
    }
}
