package org.ecvetledger.app.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer ecvl_…}: a system-to-system client's API token, looked up by its
 * SHA-256. Other bearer tokens are left to the OpenID Connect resource server when it is on.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final Accounts accounts;
    private final AccessProblems problems;
    private final boolean oidc;

    ApiTokenFilter(Accounts accounts, AccessProblems problems, boolean oidc) {
        this.accounts = accounts;
        this.problems = problems;
        this.oidc = oidc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        var token = header.substring(BEARER.length()).strip();
        if (!token.startsWith(Accounts.TOKEN_PREFIX)) {
            if (oidc) {
                chain.doFilter(request, response);
            } else {
                problems.commence(request, response, new BadCredentialsException("not an API token of this ledger"));
            }
            return;
        }
        var account = accounts.findByToken(token);
        if (account.isEmpty()) {
            problems.commence(request, response, new BadCredentialsException("unknown API token"));
            return;
        }
        var user = new AccountUser(account.get(), null);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
