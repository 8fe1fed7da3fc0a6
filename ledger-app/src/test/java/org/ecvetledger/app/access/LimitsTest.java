package org.ecvetledger.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The write rate limit per account and the request size limit (issue 10 item 6). */
class LimitsTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-27T12:00:10Z"), ZoneOffset.UTC);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(String name) {
        var user = new AccountUser(new Account(name, name, Role.STAFF, "FR-LYCEE-BRANLY", null, null, null), null);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static MockHttpServletResponse send(
            jakarta.servlet.Filter filter, MockHttpServletRequest request, AtomicInteger passed) throws Exception {
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> passed.incrementAndGet());
        return response;
    }

    @Test
    void an_account_over_its_writes_a_minute_gets_429_with_retry_after_while_its_reads_and_others_go_on()
            throws Exception {
        var limit = new WriteRateLimit(3, NOON);
        var passed = new AtomicInteger();
        signIn("busy");
        for (int i = 0; i < 3; i++) {
            assertThat(send(limit, new MockHttpServletRequest("POST", "/api/learners"), passed)
                            .getStatus())
                    .isEqualTo(200);
        }

        var refused = send(limit, new MockHttpServletRequest("POST", "/api/learners"), passed);
        var read = send(limit, new MockHttpServletRequest("GET", "/api/learners/x"), passed);
        signIn("other");
        var other = send(limit, new MockHttpServletRequest("PUT", "/api/units/U1/versions/1"), passed);

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("urn:ecvet-ledger:problem:too-many-requests");
        assertThat(refused.getHeader("Retry-After")).isEqualTo("50");
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(other.getStatus()).isEqualTo(200);
        assertThat(passed).hasValue(5);
    }

    @Test
    void the_next_minute_opens_a_new_window_and_zero_means_no_limit() throws Exception {
        var passed = new AtomicInteger();
        signIn("steady");
        send(new WriteRateLimit(1, NOON), new MockHttpServletRequest("POST", "/api/learners"), passed);
        var limit = new WriteRateLimit(1, NOON);
        send(limit, new MockHttpServletRequest("POST", "/api/learners"), passed);
        assertThat(send(limit, new MockHttpServletRequest("POST", "/api/learners"), passed)
                        .getStatus())
                .isEqualTo(429);

        var later = new WriteRateLimit(1, Clock.offset(NOON, java.time.Duration.ofMinutes(1)));
        assertThat(send(later, new MockHttpServletRequest("POST", "/api/learners"), passed)
                        .getStatus())
                .isEqualTo(200);
        var unlimited = new WriteRateLimit(0, NOON);
        for (int i = 0; i < 50; i++) {
            assertThat(send(unlimited, new MockHttpServletRequest("POST", "/api/learners"), passed)
                            .getStatus())
                    .isEqualTo(200);
        }
    }

    @Test
    void a_body_over_the_size_limit_is_refused_with_413_before_it_is_read() throws Exception {
        var limit = new RequestSizeLimit(1000, 5000);
        var passed = new AtomicInteger();
        var big = new MockHttpServletRequest("POST", "/api/learners");
        big.setContent(new byte[1001]);
        var small = new MockHttpServletRequest("POST", "/api/learners");
        small.setContent(new byte[1000]);

        var refused = send(limit, big, passed);

        assertThat(refused.getStatus()).isEqualTo(413);
        assertThat(refused.getContentAsString()).contains("urn:ecvet-ledger:problem:payload-too-large", "1000");
        assertThat(send(limit, small, passed).getStatus()).isEqualTo(200);
        assertThat(passed).hasValue(1);
    }

    /** A body sent without Content-Length (chunked), as the container presents it. */
    private static MockHttpServletRequest chunked(String contentType, int bytes) {
        var request = new MockHttpServletRequest("POST", "/api/learners") {
            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContentType(contentType);
        request.setContent(new byte[bytes]);
        return request;
    }

    /** The next reader of the body reads it whole, as JSON binding does, and answers 400 if that fails. */
    private static MockHttpServletResponse readWhole(
            RequestSizeLimit limit, MockHttpServletRequest request, java.util.List<Integer> bodiesRead)
            throws Exception {
        var response = new MockHttpServletResponse();
        limit.doFilter(request, response, (req, res) -> {
            try {
                bodiesRead.add(req.getInputStream().readAllBytes().length);
            } catch (java.io.IOException cutOff) {
                ((jakarta.servlet.http.HttpServletResponse) res).setStatus(400);
                res.getWriter().write("{\"type\":\"urn:ecvet-ledger:problem:invalid-request\"}");
            }
        });
        return response;
    }

    @Test
    void a_chunked_body_is_refused_with_413_once_reading_passes_the_limit_and_read_whole_below_it() throws Exception {
        var limit = new RequestSizeLimit(1000, 5000);
        var bodiesRead = new java.util.ArrayList<Integer>();

        var refused = readWhole(limit, chunked("application/json", 1001), bodiesRead);
        var atTheLimit = readWhole(limit, chunked("application/json", 1000), bodiesRead);

        assertThat(refused.getStatus()).isEqualTo(413);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString())
                .contains("urn:ecvet-ledger:problem:payload-too-large", "1000")
                .doesNotContain("invalid-request");
        assertThat(atTheLimit.getStatus()).isEqualTo(200);
        assertThat(bodiesRead).containsExactly(1000);
    }

    @Test
    void uploads_have_their_own_larger_limit_with_or_without_a_length() throws Exception {
        var limit = new RequestSizeLimit(1000, 5000);
        var bodiesRead = new java.util.ArrayList<Integer>();
        var csvWithLength = new MockHttpServletRequest("POST", "/api/imports");
        csvWithLength.setContentType("text/csv; charset=UTF-8");
        csvWithLength.setContent(new byte[4000]);
        var multipartTooLarge = new MockHttpServletRequest("POST", "/api/evidence");
        multipartTooLarge.setContentType("multipart/form-data; boundary=x");
        multipartTooLarge.setContent(new byte[5001]);

        var csv = readWhole(limit, csvWithLength, bodiesRead);
        var csvChunked = readWhole(limit, chunked("text/csv", 4000), bodiesRead);
        var csvChunkedTooLarge = readWhole(limit, chunked("text/csv", 5001), bodiesRead);
        var multipart = readWhole(limit, multipartTooLarge, bodiesRead);
        var jsonOfTheSameSize = readWhole(limit, chunked("application/json", 4000), bodiesRead);

        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csvChunked.getStatus()).isEqualTo(200);
        assertThat(csvChunkedTooLarge.getStatus()).isEqualTo(413);
        assertThat(csvChunkedTooLarge.getContentAsString()).contains("5000");
        assertThat(multipart.getStatus()).isEqualTo(413);
        assertThat(jsonOfTheSameSize.getStatus()).isEqualTo(413);
        assertThat(bodiesRead).containsExactly(4000, 4000);
    }
}
