package org.ecvetledger.app.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The web pages' security (issue 11, ADR 0018): the same account store and the same {@link AccessRules}
 * table as the API, but signed in by a form, kept in a session, and every form protected against
 * cross-site request forgery. The API keeps its stateless chain: a browser's session cookie never
 * authenticates an {@code /api} call, so a page can never be used to forge one.
 */
@Configuration(proxyBeanMethods = false)
public class PageSecurity {

    /** What is not the API, its description, the actuator or the issuer keys is a page (or its asset). */
    private static final List<String> NOT_PAGES =
            List.of("/api/", "/v3/api-docs", "/swagger-ui", "/actuator", "/.well-known/");

    static final RequestMatcher PAGES = request -> {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return NOT_PAGES.stream().noneMatch(path::startsWith);
    };

    /**
     * The content policy allows nothing from elsewhere: every script, style and image is the app's own
     * (installations are often offline), and no page may be framed. No referrer leaves a page: a share
     * link's token is in its path.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none';"
            + " frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain pageChain(
            HttpSecurity http,
            AccessRules rules,
            @Value("${ledger.security.writes-per-minute:1200}") int writesPerMinute)
            throws Exception {
        http.securityMatcher(PAGES)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .httpBasic(basic -> basic.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .exceptionHandling(exceptions -> exceptions.accessDeniedPage("/refused"))
                .addFilterAfter(
                        new WriteRateLimit(writesPerMinute, java.time.Clock.systemUTC()),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().access(rules));
        return http.build();
    }

    /** The refusal the access rules recorded on this request, for the page that explains it. */
    public static Optional<PageRefusal> refusal(HttpServletRequest request) {
        if (request.getAttribute(AccessRules.REFUSAL) instanceof AccessRules.Refusal refusal) {
            return Optional.of(new PageRefusal(refusal.rule(), refusal.detail()));
        }
        return Optional.empty();
    }

    /** Why a page was refused: the rule's name and the sentence; {@code default-deny} means no such page. */
    public record PageRefusal(String rule, String detail) {
        public boolean noSuchPage() {
            return rule.equals("default-deny") || rule.equals(AccessRules.METHOD_NOT_ALLOWED);
        }
    }
}
