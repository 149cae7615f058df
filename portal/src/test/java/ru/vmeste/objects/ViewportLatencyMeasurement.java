package ru.vmeste.objects;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.vmeste.shared.geo.MapGrid;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the viewport API on a million objects (run on demand; the figures are in
 * {@code docs/objects.md}): adds a million objects of the demo types and districts spread
 * evenly over the city, through the cluster trigger like any import, then times
 * single-client requests over HTTP for a 1280 x 800 px screen at random places, at each zoom.
 *
 * <pre>./mvnw -B verify -Dtest=ViewportLatencyMeasurement -Dvmeste.measure=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@PortalTest
@EnabledIfSystemProperty(named = "vmeste.measure", matches = "true")
class ViewportLatencyMeasurement {

	static final int OBJECTS = 1_000_000;

	static final int REQUESTS = 300;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void measuresViewportLatencyAtEveryZoom() throws Exception {
		long started = System.nanoTime();
		jdbc.sql("""
				insert into objects_objects (id, type_id, name_ru, name_en, address, geometry, lat, lon, extent, owner_id,
				    district_id, status, attributes, source, search_text, content_hash, created_at, updated_at)
				select gen_random_uuid(), t.ids[1 + i % 10], 'Объект ' || i, 'Object ' || i, 'ул. Ленина, ' || (i % 300),
				       jsonb_build_object('type', 'Point', 'coordinates', jsonb_build_array(lon, lat)), lat, lon,
				       box(point(lon, lat), point(lon, lat)), t.owner, t.districts[1 + i % 7], 'ACTIVE', '{}', 'measurement',
				       'объект ' || i, md5(i::text), now(), now()
				from (select i, 55.95 + random() * 0.47 as lon, 57.93 + random() * 0.19 as lat
				      from generate_series(1, ?) i) g,
				     (select array_agg(id) as ids, (select owner_id from objects_objects limit 1) as owner,
				             (select array_agg(distinct district_id) from objects_objects) as districts from objects_types) t
				""").param(OBJECTS).update();
		jdbc.sql("analyze objects_objects").update();
		jdbc.sql("analyze objects_clusters").update();
		System.out.printf("Generated %d objects in %d s; %d cluster cells%n", OBJECTS, (System.nanoTime() - started) / 1_000_000_000,
				jdbc.sql("select count(*) from objects_clusters").query(Long.class).single());
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		for (int i = 0; i < 1000; i++) {
			int zoom = 10 + i % 9;
			http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/objects?zoom=" + zoom + "&bbox="
					+ screen(zoom))).build(), HttpResponse.BodyHandlers.discarding());
		}
		System.out.println("zoom   p50 ms   p99 ms   max ms   features (mean)");
		for (int zoom = 10; zoom <= 18; zoom++) {
			long[] nanos = new long[REQUESTS];
			long features = 0;
			for (int i = -50; i < REQUESTS; i++) {
				String bbox = screen(zoom);
				long start = System.nanoTime();
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
						"http://127.0.0.1:" + port + "/api/v1/objects?zoom=" + zoom + "&bbox=" + bbox)).build(),
						HttpResponse.BodyHandlers.ofString());
				long took = System.nanoTime() - start;
				assertThat(response.statusCode()).isEqualTo(200);
				if (i >= 0) {
					nanos[i] = took;
					features += response.body().split("\"Feature\"", -1).length - 1;
				}
			}
			Arrays.sort(nanos);
			System.out.printf(Locale.ROOT, "%4d %8.2f %8.2f %8.2f %10d%n", zoom, nanos[REQUESTS / 2] / 1e6,
					nanos[REQUESTS * 99 / 100] / 1e6, nanos[REQUESTS - 1] / 1e6, features / REQUESTS);
		}
	}

	/** A 1280 x 800 px screen at the zoom, somewhere over the city. */
	private static String screen(int zoom) {
		double width = MapGrid.cellDegrees(zoom) * 1280 / 64;
		double height = width * 800 / 1280 * Math.cos(Math.toRadians(58));
		ThreadLocalRandom random = ThreadLocalRandom.current();
		double lon = random.nextDouble(55.95, 56.42) - width / 2;
		double lat = random.nextDouble(57.93, 58.12) - height / 2;
		return String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", lon, lat, lon + width, lat + height);
	}

}
