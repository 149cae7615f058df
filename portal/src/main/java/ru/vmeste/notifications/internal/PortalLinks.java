package ru.vmeste.notifications.internal;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute links to the portal's pages for mails.
 */
@Component
class PortalLinks {

	private final Environment environment;

	PortalLinks(Environment environment) {
		this.environment = environment;
	}

	/** The address of a page, e.g. {@code to("/appeals/" + id)}. */
	String to(String path) {
		return siteUrl() + path;
	}

	/** {@code vmeste.public-url}, or this instance (its port is known once the server runs) for the demo. */
	private String siteUrl() {
		String publicUrl = environment.getProperty("vmeste.public-url", "");
		return publicUrl.isBlank() ? "http://localhost:"
				+ environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"))
				: publicUrl.replaceAll("/+$", "");
	}

}
