package org.parley.platform.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the API at /v3/api-docs: every call but POST /api/tokens takes a bearer token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI parleyApi() {
        return new OpenAPI()
                .info(new Info().title("Parley API").version("1")
                        .description("The record of a contract negotiation: negotiations, tables, sessions and their time "
                                + "ledger, proposals, tentative agreements and the figures computed from them. Errors are "
                                + "RFC 9457 problem details. Get a token from POST /api/tokens and send it as "
                                + "'Authorization: Bearer <token>'.")
                        .license(new License().name("Open source")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
