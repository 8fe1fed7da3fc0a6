package org.ecvetledger.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.ecvetledger.app.LedgerIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.jwt.Jwt;

/** OpenID Connect mode maps a token to the ledger account it names (ADR 0014). */
@LedgerIT
class OidcAccountsIT {

    @Autowired
    Accounts accounts;

    private static Jwt token(String subject, String preferredUsername) {
        var builder = Jwt.withTokenValue("a.jwt.token")
                .header("alg", "RS256")
                .subject(subject)
                .issuedAt(Instant.parse("2026-11-27T10:00:00Z"))
                .expiresAt(Instant.parse("2026-11-27T11:00:00Z"));
        if (preferredUsername != null) {
            builder.claim("preferred_username", preferredUsername);
        }
        return builder.build();
    }

    @Test
    void a_token_signs_in_the_account_its_preferred_username_names_or_else_its_subject() {
        accounts.create(
                new Account("claire.martin", "Claire Martin", Role.STAFF, "FR-LYCEE-BRANLY", null, null, null), null);
        accounts.create(new Account("idp-7f3a", "Auditor by subject", Role.AUDITOR, null, null, null, null), null);
        var oidc = new OidcAccounts(accounts, "preferred_username");

        var byUsername = oidc.convert(token("idp-1234", "claire.martin"));
        var bySubject = oidc.convert(token("idp-7f3a", null));

        assertThat(((AccountUser) byUsername.getPrincipal()).account().institution())
                .isEqualTo("FR-LYCEE-BRANLY");
        assertThat(byUsername.isAuthenticated()).isTrue();
        assertThat(((AccountUser) bySubject.getPrincipal()).account().role()).isEqualTo(Role.AUDITOR);
    }

    @Test
    void an_identity_without_a_ledger_account_is_refused() {
        var oidc = new OidcAccounts(accounts, "preferred_username");

        assertThatThrownBy(() -> oidc.convert(token("idp-unknown", "nobody.here")))
                .isInstanceOf(BadCredentialsException.class);
    }
}
