package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.app.ledger.LedgerSteps.MALTA;
import static org.ecvetledger.app.ledger.LedgerSteps.MCAST;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages' security at the HTTP level (issue 11, ADR 0018), where a browser hides it: sign-in by the
 * form only with its CSRF token, a record page refused to another learner as a page (never a stack
 * trace), every form write refused without its token, the security headers, and a page session that
 * never authenticates an API call. A raw client with a cookie jar, because the session is the subject.
 */
@LedgerIT
class PageAccessIT {

    private static final String PASSWORD = "page-access-password-0018";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

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
    void a_record_page_asks_a_stranger_to_sign_in_and_refuses_another_learner_with_a_page() throws Exception {
        var mine = steps.anEnrolledLearner("Ines", MALTA, MCAST);
        var theirs = steps.anEnrolledLearner("Olga", MALTA, MCAST);
        readModelsHold(mine);
        var browser = new Session();

        var anonymous = browser.get("/learners/" + mine + "/transcript");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        browser.signIn(learnerAccount(mine));
        var own = browser.get("/learners/" + mine + "/transcript");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("My transcript");

        var other = browser.get("/learners/" + theirs + "/transcript");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(other.body())
                .contains("Not allowed")
                .doesNotContain("Exception")
                .doesNotContain("at org.");

        var missing = browser.get("/no/such/page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Not found");
    }

    @Test
    void sign_in_and_every_form_write_need_the_csrf_token() throws Exception {
        var learner = steps.anEnrolledLearner("Rosa", MALTA, MCAST);
        readModelsHold(learner);
        var account = learnerAccount(learner);
        var browser = new Session();
        browser.get("/login");

        var forged = browser.post("/login", "username=" + account + "&password=" + PASSWORD);
        assertThat(forged.statusCode()).as("a login without the form's token").isEqualTo(403);

        browser.signIn(account);
        var whatIf = browser.post("/learners/" + learner + "/progress/" + MALTA, "units%5B0%5D=MT-HSC-101%401");
        assertThat(whatIf.statusCode()).as("a form write without its token").isEqualTo(403);
        var withToken = browser.post(
                "/learners/" + learner + "/progress/" + MALTA,
                "units%5B0%5D=MT-HSC-101%401&_csrf=" + browser.csrf("/learners/" + learner + "/progress/" + MALTA));
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(200);
        assertThat(withToken.body()).contains("A what-if: nothing was recorded.");
    }

    @Test
    void pages_carry_the_security_headers_and_their_session_never_authenticates_the_api() throws Exception {
        var learner = steps.anEnrolledLearner("Vera", MALTA, MCAST);
        var browser = new Session();
        var login = browser.get("/login");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");

        browser.signIn(learnerAccount(learner));
        var api = browser.get("/api/learners/" + learner + "/transcript");
        assertThat(api.statusCode())
                .as("the API is stateless: a page session is no credential")
                .isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

        var description = http.anonymous().get("/v3/api-docs");
        assertThat(description.body())
                .as("pages are not operations of the API")
                .doesNotContain("\"/learners/{learnerId}/transcript\"");
    }

    /** The pages read the read models, which follow the ledger within moments: wait until they hold the learner. */
    private void readModelsHold(String learner) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .untilAsserted(() -> {
                    assertThat(http.get("/api/learners/" + learner + "/transcript")
                                    .status())
                            .isEqualTo(200);
                    assertThat(http.get("/api/learners/" + learner + "/progress/" + MALTA)
                                    .status())
                            .isEqualTo(200);
                });
    }

    private String learnerAccount(String learner) {
        var name = "page-learner-" + UUID.randomUUID().toString().substring(0, 8);
        var created = http.asAdmin().post("/api/accounts", """
                {"name": "%s", "displayName": "Learner", "role": "LEARNER", "learner": "%s", "password": "%s"}""".formatted(name, learner, PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return name;
    }

    /** A browser's session: a cookie jar and no automatic redirects, so each answer is seen as it is. */
    private final class Session {
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Accept", "text/html")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return client.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Accept", "text/html")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        String csrf(String page) throws IOException, InterruptedException {
            var matcher = CSRF.matcher(get(page).body());
            assertThat(matcher.find())
                    .as("the form of " + page + " carries its CSRF token")
                    .isTrue();
            return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
        }

        void signIn(String account) throws IOException, InterruptedException {
            var answer = post("/login", "username=" + account + "&password=" + PASSWORD + "&_csrf=" + csrf("/login"));
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow())
                    .as("signed in, not sent back with an error")
                    .doesNotContain("error");
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + environment.getProperty("local.server.port") + path);
        }
    }
}
