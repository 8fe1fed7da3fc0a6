package org.ecvetledger.app.access;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * OpenID Connect mode (ADR 0014): a JWT from the configured issuer signs in the account whose name is
 * the token's {@code account-claim} ({@code preferred_username} by default, else {@code sub}). The
 * identity provider proves who it is; the ledger's account says what it may do, so an identity
 * without an account is refused.
 */
final class OidcAccounts implements Converter<Jwt, AbstractAuthenticationToken> {

    private final Accounts accounts;
    private final String claim;

    OidcAccounts(Accounts accounts, String claim) {
        this.accounts = accounts;
        this.claim = claim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        var name = jwt.getClaimAsString(claim);
        if (name == null || name.isBlank()) {
            name = jwt.getSubject();
        }
        var stored = name == null ? null : accounts.find(name).orElse(null);
        if (stored == null || !stored.active()) {
            throw new BadCredentialsException("no active ledger account for this identity");
        }
        var user = new AccountUser(stored.account(), null);
        return UsernamePasswordAuthenticationToken.authenticated(user, jwt, user.getAuthorities());
    }
}
