package ru.vmeste.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * Public page reads as anonymous visitors make them: the home page, and published appeals'
 * pages (a different appeal each time).
 */
final class PageReads {

	private final HttpClient http;

	private final PortalProcess portal;

	private final BenchDatabase database;

	PageReads(HttpClient http, PortalProcess portal, BenchDatabase database) {
		this.http = http;
		this.portal = portal;
		this.database = database;
	}

	void measure(BenchSettings settings, Report report) throws Exception {
		System.out.println("Page reads");
		for (int clients : settings.concurrency()) {
			report.addWithoutBaseline(Load.run("home page read (GET /)", "portal", clients, settings.warmUp(), settings.window(),
					settings.maxOperations(), (client, sequence) -> get("/") == 200));
		}
		List<String> appeals = database.queryStrings("""
				select id::text from reports_appeals where status in ('ROUTED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED', 'REOPENED')
				order by id limit 2000""");
		for (int clients : settings.concurrency()) {
			report.addWithoutBaseline(Load.run("appeal page read (GET /appeals/{id})", "portal", clients, settings.warmUp(),
					settings.window(), settings.maxOperations(),
					(client, sequence) -> get("/appeals/" + appeals.get((int) (sequence % appeals.size()))) == 200));
		}
	}

	private int get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(portal.baseUrl() + path)).header("Accept", "text/html").build();
		return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
