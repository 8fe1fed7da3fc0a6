package org.ecvetledger.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** A chunked body (no Content-Length) over the limit is 413 problem+json and records nothing (issue 10 item 6). */
@LedgerIT
class RequestSizeLimitIT {

    private static final int LIMIT = 1_048_576; // ledger.security.max-request-bytes, the default

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    /** A learner registration padded with whitespace to {@code bytes} in all: valid JSON throughout. */
    private static byte[] registration(String givenName, int bytes) {
        var head = "{\"givenName\": \"" + givenName + "\", \"dateOfBirth\": \"2005-04-02\", \"familyName\": \"Costa\"";
        var tail = "}";
        var padding = " ".repeat(Math.max(0, bytes - head.length() - tail.length()));
        return (head + padding + tail).getBytes(StandardCharsets.UTF_8);
    }

    /** Events of the ledger (names are sealed per learner, so they are counted, not searched). */
    private long events() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    @Test
    void a_chunked_body_over_the_limit_is_413_and_nothing_is_recorded_while_one_within_it_registers() {
        var http = new LedgerHttp(environment);
        var tooLarge = registration("Oversized-Chunked", LIMIT + 4096);
        var small = registration("Small-Chunked", 2048);

        var before = events();

        var refused = http.postChunked("/api/learners", "application/json", tooLarge);
        var afterRefusal = events();
        var registered = http.postChunked("/api/learners", "application/json", small);

        assertThat(refused.status()).as(refused.body()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:payload-too-large");
        assertThat(refused.json().get("detail").asString()).contains(String.valueOf(LIMIT));
        assertThat(afterRefusal).isEqualTo(before);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(events()).isGreaterThan(before);
    }
}
