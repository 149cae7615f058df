package ru.vmeste.platform;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The portal's public address, for absolute links (e-mails, receipts, feeds). It is
 * {@code vmeste.public-url} when set (required in production); without it, during a request
 * the address the visitor used, else this instance on localhost (the demo).
 */
@Component
public class PublicUrl implements ApplicationListener<WebServerInitializedEvent> {

	private static final int DEFAULT_PORT = 8080;

	private final @Nullable String configured;

	private volatile int port = DEFAULT_PORT;

	public PublicUrl(PlatformSettings settings) {
		this.configured = settings.publicUrl();
	}

	/** The absolute address of a page of the portal, e.g. {@code of("/appeals/" + id)}. */
	public String of(String path) {
		if (!path.isEmpty() && !path.startsWith("/")) {
			throw new IllegalArgumentException("A portal path starts with a slash: " + path);
		}
		return base() + path;
	}

	/** The address of the portal's root, without a trailing slash. */
	public String base() {
		if (configured != null) {
			return configured;
		}
		if (RequestContextHolder.getRequestAttributes() != null) {
			return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString().replaceAll("/+$", "");
		}
		return "http://localhost:" + port;
	}

	/** Whether {@code vmeste.public-url} is set, i.e. links do not depend on the request. */
	public boolean isConfigured() {
		return configured != null;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() == null) {
			port = event.getWebServer().getPort();
		}
	}

}
