package org.ecvetledger.app.access;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Authentication and the access rules (issue 10, ADR 0014): HTTP Basic against the built-in account
 * store, bearer API tokens, and, when {@code ledger.security.oidc.issuer-uri} is set, JWTs of that
 * OpenID Connect issuer. Stateless; every request is decided by {@link AccessRules}.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AccessConfiguration.class);

    /** bcrypt today, with the algorithm's id in each hash so a stronger one can take over on the next change. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService ledgerAccounts(Accounts accounts) {
        return name -> accounts.find(name)
                .filter(stored -> stored.passwordHash() != null && stored.active())
                .map(stored -> new AccountUser(stored.account(), stored.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no account signs in with a password as " + name));
    }

    @Bean
    SecurityFilterChain ledgerSecurity(
            HttpSecurity http,
            AccessRules rules,
            AccessProblems problems,
            Accounts accounts,
            @Value("${ledger.security.oidc.issuer-uri:}") String issuer,
            @Value("${ledger.security.oidc.account-claim:preferred_username}") String claim,
            @Value("${ledger.security.max-request-bytes:1048576}") long maxRequestBytes,
            @Value("${ledger.security.max-upload-bytes:12582912}") long maxUploadBytes,
            @Value("${ledger.evidence.max-bytes:10485760}") long maxEvidenceBytes,
            @Value("${ledger.security.writes-per-minute:1200}") int writesPerMinute)
            throws Exception {
        var oidc = issuer != null && !issuer.isBlank();
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .httpBasic(basic -> basic.realmName(AccessProblems.REALM).authenticationEntryPoint(problems))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(
                        // an upload holds at least an evidence document of the largest size and its multipart envelope
                        new RequestSizeLimit(maxRequestBytes, Math.max(maxUploadBytes, maxEvidenceBytes + 64 * 1024)),
                        BasicAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenFilter(accounts, problems, oidc), BasicAuthenticationFilter.class)
                .addFilterAfter(
                        new WriteRateLimit(writesPerMinute, java.time.Clock.systemUTC()),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().access(rules));
        if (oidc) {
            var resolver = new DefaultBearerTokenResolver();
            http.oauth2ResourceServer(server -> server.bearerTokenResolver(request -> {
                        var token = resolver.resolve(request);
                        return token == null || token.startsWith(Accounts.TOKEN_PREFIX) ? null : token;
                    })
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems)
                    .jwt(jwt -> jwt.decoder(
                                    NimbusJwtDecoder.withIssuerLocation(issuer).build())
                            .jwtAuthenticationConverter(new OidcAccounts(accounts, claim))));
            log.info("OpenID Connect sign-in on: JWTs of {} map to accounts by the claim {}", issuer, claim);
        }
        return http.build();
    }

    /**
     * The first administrator: {@code ledger.security.admin-password} (LEDGER_ADMIN_PASSWORD) sets the
     * password of the account {@code ledger.security.admin-name} at every start; without it, and with
     * no administrator yet, a generated password is logged once.
     */
    @Bean
    ApplicationRunner firstAdministrator(
            Accounts accounts,
            @Value("${ledger.security.admin-name:admin}") String name,
            @Value("${ledger.security.admin-password:}") String password) {
        return arguments -> {
            var admin = new Account(name, "Platform administrator", Role.PLATFORM_ADMIN, null, null, null, null);
            if (password != null && !password.isBlank()) {
                if (!accounts.create(admin, password)) {
                    accounts.setPassword(name, password);
                }
            } else if (!accounts.anyAdministrator()) {
                var generated = Accounts.randomPassword();
                accounts.create(admin, generated);
                log.warn(
                        "First start: platform administrator '{}' created with the password {} (shown once; set"
                                + " LEDGER_ADMIN_PASSWORD to choose it)",
                        name,
                        generated);
            }
        };
    }

    /** A handler that fails fails the command, as for every write-side lookup. */
    @Bean
    ConfigurerModule accessLookupsInTheCommandTransaction() {
        return configurer -> configurer
                .eventProcessing()
                .registerSubscribingEventProcessor(AccessLookups.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(
                        AccessLookups.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }
}
