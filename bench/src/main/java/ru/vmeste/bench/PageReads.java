package ru.vmeste.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Public page reads: the home page, as anonymous visitors load it.
 */
final class PageReads {

	private final HttpClient http;

	private final PortalProcess portal;

	PageReads(HttpClient http, PortalProcess portal) {
		this.http = http;
		this.portal = portal;
	}

	void measure(BenchSettings settings, Report report) throws Exception {
		System.out.println("Page reads");
		HttpRequest home = HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/")).header("Accept", "text/html").build();
		for (int clients : settings.concurrency()) {
			report.add(Load.run("home page read", "portal", clients, settings.warmUp(), settings.window(),
					settings.maxOperations(),
					(client, sequence) -> http.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200));
		}
	}

}
