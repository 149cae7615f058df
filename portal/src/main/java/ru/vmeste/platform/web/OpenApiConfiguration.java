package ru.vmeste.platform.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the public REST API for OpenAPI clients and Swagger UI. Every operation is named
 * after its controller and method ({@code appealsList}, {@code votesCast}), so generated clients
 * get stable, readable method names rather than {@code list_3}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI vmesteOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Vmeste API")
				.version("v1")
				.description("Public API of the Vmeste portal: appeals, works, votes, open data. "
						+ "Errors are RFC 9457 problem+json; lists are paged with ?page=&size= (size <= 200).")
				.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
						.description("Token from POST /api/v1/auth/token")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"))
			// relative: the document is the same wherever the portal runs (clients set their base URL)
			.servers(List.of(new Server().url("/").description("This portal")));
	}

	@Bean
	OperationCustomizer operationIds() {
		return (operation, handler) -> operation.operationId(operationId(handler.getBeanType().getSimpleName(),
				handler.getMethod().getName()));
	}

	/** {@code AppealsApiController} + {@code list} → {@code appealsList}. */
	static String operationId(String controller, String method) {
		String owner = controller.replaceFirst("(Api)?Controller$", "");
		return Character.toLowerCase(owner.charAt(0)) + owner.substring(1) + Character.toUpperCase(method.charAt(0))
				+ method.substring(1);
	}

}
