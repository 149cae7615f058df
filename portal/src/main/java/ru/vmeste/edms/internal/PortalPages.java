package ru.vmeste.edms.internal;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses of the portal's pages for the EDMS (the appeal's page in a registration).
 */
@Component
class PortalPages {

	private final Environment environment;

	PortalPages(Environment environment) {
		this.environment = environment;
	}

	String of(String path) {
		String base = environment.getProperty("vmeste.public-url", "");
		if (base.isBlank()) {
			base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
		}
		return base.replaceAll("/+$", "") + path;
	}

}
