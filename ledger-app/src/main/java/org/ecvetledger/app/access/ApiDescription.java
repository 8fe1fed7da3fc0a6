package org.ecvetledger.app.access;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 description at {@code /v3/api-docs} and its page at {@code /swagger-ui.html}, both
 * served by the ledger itself (no CDN), with the ways to sign in (ADR 0014).
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    @Bean
    OpenAPI ledgerApi(@Value("${ledger.security.oidc.issuer-uri:}") String issuer) {
        var components = new Components()
                .addSecuritySchemes(
                        "basic",
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("basic")
                                .description("An account of the ledger's account store, name and password."))
                .addSecuritySchemes(
                        "apiToken",
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("An API token (ecvl_…) issued by the platform administrator"
                                        + " through POST /api/accounts/{name}/tokens, for system-to-system clients."));
        var api = new OpenAPI()
                .info(new Info()
                        .title("ECVET Credit Ledger API")
                        .version("0.1.0")
                        .description("Every operation is decided by the access rules (ADR 0014): a refusal is a 403"
                                + " problem naming its rule, a missing sign-in a 401. The acting institution and"
                                + " person of a decision are the signed-in staff account's.")
                        .license(new License().name("See the repository")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("apiToken"));
        if (issuer != null && !issuer.isBlank()) {
            components.addSecuritySchemes(
                    "openIdConnect",
                    new SecurityScheme()
                            .type(SecurityScheme.Type.OPENIDCONNECT)
                            .openIdConnectUrl(issuer.replaceAll("/$", "") + "/.well-known/openid-configuration")
                            .description("A JWT of the configured issuer; its preferred_username (or sub) names"
                                    + " the ledger account."));
            api.addSecurityItem(new SecurityRequirement().addList("openIdConnect"));
        }
        return api.components(components);
    }
}
