package org.ecvetledger.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.jwt.Jwt;

/** Deactivating accounts, changing passwords and revoking API tokens over HTTP (ADR 0014). */
@LedgerIT
class AccountLifecycleIT {

    private static final String FIRST_PASSWORD = "first-password-0001";

    @Autowired
    Environment environment;

    @Autowired
    Accounts accounts;

    LedgerHttp http;
    LedgerHttp admin;
    String name;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp(environment);
        admin = http.asAdmin();
        // an account of this test alone: LedgerHttp shares its own accounts between tests
        name = "lifecycle-" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin.post("/api/accounts", """
                {"name": "%s", "displayName": "Lifecycle Clerk", "password": "%s", "role": "STAFF",
                 "institution": "FR-LYCEE-BRANLY", "functions": []}""".formatted(name, FIRST_PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private LedgerHttp.Answer issued(String label) {
        var token = admin.post("/api/accounts/" + name + "/tokens", "{\"label\": \"" + label + "\"}");
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        return token;
    }

    private static int me(LedgerHttp caller) {
        return caller.get("/api/accounts/me").status();
    }

    private static void assertUnauthenticated(LedgerHttp caller) {
        var answer = caller.get("/api/accounts/me");
        assertThat(answer.status()).as(answer.body()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    private static Jwt jwtFor(String account) {
        return Jwt.withTokenValue("a.jwt.token")
                .header("alg", "RS256")
                .subject("idp-" + account)
                .claim("preferred_username", account)
                .issuedAt(Instant.parse("2026-11-27T10:00:00Z"))
                .expiresAt(Instant.parse("2026-11-27T11:00:00Z"))
                .build();
    }

    @Test
    void a_deactivated_account_signs_in_no_way_and_stays_listed() {
        var token = issued("school system").json().get("token").asString();
        var byPassword = http.as(name, FIRST_PASSWORD);
        var byToken = http.withToken(token);
        var oidc = new OidcAccounts(accounts, "preferred_username");
        assertThat(me(byPassword)).isEqualTo(200);
        assertThat(me(byToken)).isEqualTo(200);
        assertThat(oidc.convert(jwtFor(name)).isAuthenticated()).isTrue();

        var deactivated = admin.request("POST", "/api/accounts/" + name + "/deactivation", null, java.util.Map.of());

        assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
        assertThat(deactivated.json().get("deactivatedAt").isNull()).isFalse();
        assertUnauthenticated(byPassword);
        assertUnauthenticated(byToken);
        assertThatThrownBy(() -> oidc.convert(jwtFor(name))).isInstanceOf(BadCredentialsException.class);
        var kept = admin.get("/api/accounts/" + name);
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.json().get("displayName").asString()).isEqualTo("Lifecycle Clerk");
        assertThat(kept.json().get("deactivatedAt").asString())
                .isEqualTo(deactivated.json().get("deactivatedAt").asString());
    }

    @Test
    void a_reactivated_account_signs_in_again_every_way_except_with_a_token_revoked_meanwhile() {
        var kept = issued("school system").json().get("token").asString();
        var revokedMeanwhile = issued("old laptop");
        var oidc = new OidcAccounts(accounts, "preferred_username");
        var deactivated = admin.request("POST", "/api/accounts/" + name + "/deactivation", null, java.util.Map.of());
        assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
        assertThat(admin.delete("/api/accounts/" + name + "/tokens/"
                                + revokedMeanwhile.json().get("tokenId").asString())
                        .status())
                .isEqualTo(204);
        assertUnauthenticated(http.as(name, FIRST_PASSWORD));

        var reactivated = admin.request("POST", "/api/accounts/" + name + "/reactivation", null, java.util.Map.of());

        assertThat(reactivated.status()).as(reactivated.body()).isEqualTo(200);
        assertThat(reactivated.json().get("name").asString()).isEqualTo(name);
        assertThat(reactivated.json().get("deactivatedAt").isNull()).isTrue();
        assertThat(me(http.as(name, FIRST_PASSWORD))).isEqualTo(200);
        assertThat(me(http.withToken(kept))).isEqualTo(200);
        assertThat(oidc.convert(jwtFor(name)).isAuthenticated()).isTrue();
        assertUnauthenticated(
                http.withToken(revokedMeanwhile.json().get("token").asString()));
        assertThat(admin.get("/api/accounts/" + name)
                        .json()
                        .get("deactivatedAt")
                        .isNull())
                .isTrue();
    }

    @Test
    void reactivating_an_active_account_changes_nothing_and_an_unknown_account_is_404() {
        var again = admin.request("POST", "/api/accounts/" + name + "/reactivation", null, java.util.Map.of());
        var unknown = admin.request("POST", "/api/accounts/no-such-account/reactivation", null, java.util.Map.of());
        var byTheAccountItself = http.as(name, FIRST_PASSWORD)
                .request("POST", "/api/accounts/" + name + "/reactivation", null, java.util.Map.of());

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("deactivatedAt").isNull()).isTrue();
        assertThat(me(http.as(name, FIRST_PASSWORD))).isEqualTo(200);
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(byTheAccountItself.status()).as(byTheAccountItself.body()).isEqualTo(403);
        assertThat(byTheAccountItself.json().get("rule").asString()).isEqualTo("manage-accounts");
    }

    @Test
    void the_administrator_cannot_deactivate_itself_nor_an_unknown_account() {
        var own = admin.request("POST", "/api/accounts/admin/deactivation", null, java.util.Map.of());
        var unknown = admin.request("POST", "/api/accounts/no-such-account/deactivation", null, java.util.Map.of());

        assertThat(own.status()).as(own.body()).isEqualTo(409);
        assertThat(own.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:own-account");
        assertThat(me(admin)).isEqualTo(200);
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
    }

    @Test
    void a_revoked_token_is_refused_and_listed_without_its_secret() {
        var first = issued("nightly export");
        var second = issued("timetable sync");
        var firstToken = first.json().get("token").asString();
        var secondToken = second.json().get("token").asString();

        var revoked = admin.delete("/api/accounts/" + name + "/tokens/"
                + first.json().get("tokenId").asString());

        assertThat(revoked.status()).as(revoked.body()).isEqualTo(204);
        assertUnauthenticated(http.withToken(firstToken));
        assertThat(me(http.withToken(secondToken))).isEqualTo(200);
        var listed = admin.get("/api/accounts/" + name + "/tokens");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain(firstToken, secondToken, "sha256");
        assertThat(listed.json().size()).isEqualTo(2);
        assertThat(listed.json().get(0).get("label").asString()).isEqualTo("nightly export");
        assertThat(listed.json().get(0).get("createdAt").isNull()).isFalse();
        assertThat(listed.json().get(0).get("revokedAt").isNull()).isFalse();
        assertThat(listed.json().get(1).get("label").asString()).isEqualTo("timetable sync");
        assertThat(listed.json().get(1).get("revokedAt").isNull()).isTrue();
        var unknown = admin.delete("/api/accounts/" + name + "/tokens/" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void an_account_changes_its_own_password_with_the_old_one_and_the_old_one_is_refused() {
        var wrongOld = http.as(name, FIRST_PASSWORD).put("/api/accounts/me/password", """
                {"oldPassword": "not-the-password", "newPassword": "second-password-0002"}""");
        assertThat(wrongOld.status()).as(wrongOld.body()).isEqualTo(400);
        assertThat(wrongOld.body()).contains("oldPassword", "is-the-current-password");
        assertThat(me(http.as(name, FIRST_PASSWORD))).isEqualTo(200);

        var changed = http.as(name, FIRST_PASSWORD).put("/api/accounts/me/password", """
                {"oldPassword": "%s", "newPassword": "second-password-0002"}""".formatted(FIRST_PASSWORD));

        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertUnauthenticated(http.as(name, FIRST_PASSWORD));
        assertThat(me(http.as(name, "second-password-0002"))).isEqualTo(200);
    }

    @Test
    void the_administrator_sets_a_password_and_the_old_one_is_refused() {
        var tooShort = admin.put("/api/accounts/" + name + "/password", "{\"password\": \"short\"}");
        assertThat(tooShort.status()).as(tooShort.body()).isEqualTo(400);
        assertThat(tooShort.body()).contains("password");

        var set = admin.put("/api/accounts/" + name + "/password", "{\"password\": \"reset-password-0003\"}");

        assertThat(set.status()).as(set.body()).isEqualTo(204);
        assertUnauthenticated(http.as(name, FIRST_PASSWORD));
        assertThat(me(http.as(name, "reset-password-0003"))).isEqualTo(200);
    }
}
