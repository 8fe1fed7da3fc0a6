package org.ecvetledger.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecvetledger.app.LedgerApplication;
import org.ecvetledger.app.LedgerHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * OpenID Connect sign-in end to end (ADR 0014): the ledger runs as a resource server of a real
 * issuer on this machine (the JDK's HTTP server publishing a discovery document and a JWKS, the way
 * Keycloak publishes a realm), and every request goes over HTTP with an RS256 JWT that issuer
 * signed. The issuer is up before the ledger starts, since the ledger's decoder discovers it by
 * its issuer URI. Its own ledger, closed afterwards: the shared one runs without OpenID Connect.
 */
class OpenIdConnectSignInIT {

    private static final RSAKey ISSUER_KEY = rsaKey("issuer-key-1");
    private static final RSAKey FORGER_KEY = rsaKey("issuer-key-1"); // same key id, another key
    private static final AtomicInteger DISCOVERY_READS = new AtomicInteger();
    /** Discovery reads counted before the first test sent any request: -1 until then. */
    private static final AtomicInteger DISCOVERY_READS_AT_START = new AtomicInteger(-1);

    private static final HttpServer ISSUER = startIssuer();
    private static final String ISSUER_URI =
            "http://127.0.0.1:" + ISSUER.getAddress().getPort() + "/realms/ledger";

    /**
     * The ledger is started as an operator starts it, not as a cached test context: Spring's test
     * cache would pause the shared context of the other tests to run this one, and Axon does not
     * start again after a pause.
     */
    private static ConfigurableApplicationContext ledger;

    @BeforeAll
    static void startTheLedgerWithTheIssuer() {
        ledger = new SpringApplicationBuilder(LedgerApplication.class)
                .run(
                        "--server.port=0",
                        "--ledger.db.ephemeral=true",
                        "--ledger.security.admin-password=" + LedgerHttp.ADMIN_PASSWORD,
                        "--ledger.security.writes-per-minute=0",
                        "--ledger.security.oidc.issuer-uri=" + ISSUER_URI,
                        "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stop() {
        if (ledger != null) {
            ledger.close();
        }
        ISSUER.stop(0);
    }

    LedgerHttp http;
    String learnerId;
    String otherLearnerId;
    String accountName;

    @BeforeEach
    void setUp() {
        DISCOVERY_READS_AT_START.compareAndSet(-1, DISCOVERY_READS.get());
        http = new LedgerHttp(ledger.getEnvironment());
        learnerId = registered("Ana", "Ferreira");
        otherLearnerId = registered("Bruno", "Lopes");
        // the identity provider knows the person; the ledger's account (no password) says what they may do
        accountName = "ana.ferreira." + UUID.randomUUID().toString().substring(0, 8);
        var created = http.asAdmin().post("/api/accounts", """
                {"name": "%s", "displayName": "Ana Ferreira", "role": "LEARNER", "learner": "%s"}""".formatted(accountName, learnerId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private String registered(String given, String family) {
        var created = http.post("/api/learners", """
                {"givenName": "%s", "familyName": "%s", "dateOfBirth": "2005-04-02"}""".formatted(given, family));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var id = created.json().get("learnerId").asString();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> http.get("/api/learners/" + id).status() == 200);
        return id;
    }

    @Test
    void the_issuer_was_discovered_when_the_ledger_started_before_any_token_arrived() {
        assertThat(DISCOVERY_READS_AT_START.get()).isPositive();
    }

    @Test
    void a_valid_token_reads_what_its_account_may_read_and_is_refused_the_rest() {
        var ana = http.withToken(
                jwt(ISSUER_KEY, ISSUER_URI, accountName, Instant.now().plusSeconds(300)));

        var own = ana.get("/api/learners/" + learnerId);
        var other = ana.get("/api/learners/" + otherLearnerId);
        var me = ana.get("/api/accounts/me");

        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("givenName").asString()).isEqualTo("Ana");
        assertThat(me.json().get("name").asString()).isEqualTo(accountName);
        assertThat(me.json().get("role").asString()).isEqualTo("LEARNER");
        assertThat(other.status()).as(other.body()).isEqualTo(403);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:access-denied");
        assertThat(other.body()).doesNotContain("Bruno", "Lopes");
    }

    @Test
    void an_expired_token_a_forged_signature_and_another_issuer_are_401_problems() {
        // beyond the decoder's one minute of clock skew
        var expired = jwt(ISSUER_KEY, ISSUER_URI, accountName, Instant.now().minusSeconds(120));
        var forged = jwt(FORGER_KEY, ISSUER_URI, accountName, Instant.now().plusSeconds(300));
        var otherIssuer = jwt(
                ISSUER_KEY,
                "http://127.0.0.1:" + ISSUER.getAddress().getPort() + "/realms/other",
                accountName,
                Instant.now().plusSeconds(300));

        for (var token : new String[] {expired, forged, otherIssuer}) {
            assertUnauthenticated(http.withToken(token).get("/api/learners/" + learnerId));
        }
    }

    @Test
    void a_token_naming_no_ledger_account_is_401() {
        var stranger =
                jwt(ISSUER_KEY, ISSUER_URI, "no.such.account", Instant.now().plusSeconds(300));

        assertUnauthenticated(http.withToken(stranger).get("/api/accounts/me"));
    }

    @Test
    void an_api_token_of_the_ledger_still_signs_in_beside_openid_connect() {
        var issued = http.asAdmin().post("/api/accounts/" + accountName + "/tokens", "{\"label\": \"phone app\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);

        var byApiToken = http.withToken(issued.json().get("token").asString()).get("/api/learners/" + learnerId);
        var byUnknownApiToken =
                http.withToken(Accounts.TOKEN_PREFIX + "not-issued").get("/api/accounts/me");

        assertThat(byApiToken.status()).as(byApiToken.body()).isEqualTo(200);
        assertUnauthenticated(byUnknownApiToken);
    }

    private static void assertUnauthenticated(LedgerHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:unauthenticated");
        assertThat(answer.body()).doesNotContain("Exception", "at org.");
    }

    /** An ID-token-shaped access token as Keycloak issues one: the account name in preferred_username. */
    private static String jwt(RSAKey key, String issuer, String preferredUsername, Instant expiresAt) {
        try {
            var claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject("idp-" + preferredUsername)
                    .claim("preferred_username", preferredUsername)
                    .issueTime(Date.from(expiresAt.minusSeconds(600)))
                    .expirationTime(Date.from(expiresAt))
                    .build();
            var signed = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims);
            signed.sign(new RSASSASigner(key));
            return signed.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(keyId)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer startIssuer() {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            var base = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/ledger";
            server.createContext("/realms/ledger/.well-known/openid-configuration", exchange -> {
                DISCOVERY_READS.incrementAndGet();
                answer(exchange, """
                        {"issuer": "%s", "jwks_uri": "%s/protocol/openid-connect/certs",
                         "authorization_endpoint": "%s/protocol/openid-connect/auth",
                         "token_endpoint": "%s/protocol/openid-connect/token",
                         "subject_types_supported": ["public"],
                         "id_token_signing_alg_values_supported": ["RS256"],
                         "response_types_supported": ["code"]}""".formatted(base, base, base, base));
            });
            server.createContext(
                    "/realms/ledger/protocol/openid-connect/certs",
                    exchange -> answer(exchange, new JWKSet(ISSUER_KEY.toPublicJWK()).toString()));
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        var body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
