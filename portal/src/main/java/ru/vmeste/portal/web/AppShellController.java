package ru.vmeste.portal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The installable app around the portal: the web app manifest, the service worker (served from
 * the root so it may control every page), the page shown offline and the accessibility statement.
 */
@Controller
class AppShellController {

	static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");

	static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

	private final MessageSource messages;

	private final String serviceWorker;

	AppShellController(MessageSource messages) {
		this.messages = messages;
		try {
			this.serviceWorker = new ClassPathResource("static/sw.js").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/manifest.webmanifest")
	ResponseEntity<Map<String, Object>> manifest(Locale locale) {
		Map<String, Object> manifest = Map.ofEntries(Map.entry("id", "/"),
				Map.entry("name", text("app.name", locale)), Map.entry("short_name", text("app.short-name", locale)),
				Map.entry("description", text("app.description", locale)), Map.entry("lang", locale.getLanguage()),
				Map.entry("start_url", "/?source=app"), Map.entry("scope", "/"), Map.entry("display", "standalone"),
				Map.entry("orientation", "any"), Map.entry("background_color", "#ffffff"),
				Map.entry("theme_color", "#1f5fa8"),
				Map.entry("icons", List.of(icon("/img/icon-192.png", "192x192", "any"),
						icon("/img/icon-512.png", "512x512", "any"),
						icon("/img/icon-maskable-512.png", "512x512", "maskable"))),
				Map.entry("shortcuts", List.of(shortcut(text("app.shortcut.report", locale), "/appeals/new"),
						shortcut(text("app.shortcut.mine", locale), "/appeals/mine"))));
		return ResponseEntity.ok().contentType(MANIFEST).cacheControl(CacheControl.noCache()).body(manifest);
	}

	@GetMapping("/sw.js")
	ResponseEntity<String> serviceWorker() {
		// no-cache: browsers look for a new worker on every visit, so a release reaches every phone
		return ResponseEntity.ok()
			.contentType(JAVASCRIPT)
			.cacheControl(CacheControl.noCache())
			.header("Service-Worker-Allowed", "/")
			.body(serviceWorker);
	}

	@GetMapping("/offline")
	String offline() {
		return "portal/offline";
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "portal/accessibility";
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static Map<String, String> icon(String src, String sizes, String purpose) {
		return Map.of("src", src, "sizes", sizes, "type", "image/png", "purpose", purpose);
	}

	private static Map<String, Object> shortcut(String name, String url) {
		return Map.of("name", name, "short_name", name, "url", url,
				"icons", List.of(icon("/img/icon-192.png", "192x192", "any")));
	}

}
