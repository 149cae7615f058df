package ru.vmeste.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The public map's viewport API on a growing registry (10k, 100k, 1M objects) at three zooms —
 * the whole city, a district, a street — beside the raw indexed bbox SELECT on a table of the
 * same size. Objects are generated in the database, through the registry's cluster trigger
 * like any import.
 */
final class ViewportScenarios {

	/** Whole city and a district (clusters), a street (single objects, or the finest clusters above 500 on a screen). */
	private static final List<Integer> ZOOMS = List.of(11, 14, 18);

	private static final double P99_TARGET_MILLIS = 25;

	private final HttpClient http;

	private final PortalProcess portal;

	private final BenchDatabase database;

	ViewportScenarios(HttpClient http, PortalProcess portal, BenchDatabase database) {
		this.http = http;
		this.portal = portal;
		this.database = database;
	}

	void measure(BenchSettings settings, RawBaselines raw, Report report) throws Exception {
		for (int objects : settings.objectCounts()) {
			System.out.println("Map viewport on " + objects + " objects");
			long started = System.nanoTime();
			long total = growRegistry(objects);
			raw.fillObjects(total);
			report.fact("objectsGenerated" + objects + "Seconds", (System.nanoTime() - started) / 1_000_000_000L);
			String size = String.format(Locale.ROOT, "%,d objects", total);
			Map<Integer, Measurement> baselines = new HashMap<>();
			for (int clients : settings.concurrency()) {
				baselines.put(clients, raw.bboxSelect(settings, clients, "raw PostgreSQL, " + size));
				report.add(baselines.get(clients));
			}
			for (int zoom : ZOOMS) {
				for (int clients : settings.concurrency()) {
					Measurement measured = Load.run("viewport zoom " + zoom + ", " + size, "portal", clients,
							settings.viewportWarmUp(), settings.viewportWindow(), settings.maxOperations(),
							(client, sequence) -> viewport(zoom) == 200);
					report.compare(measured, baselines.get(clients),
							objects == 1_000_000 ? Target.p99Within(P99_TARGET_MILLIS) : Target.NONE);
				}
			}
		}
	}

	/**
	 * Adds generated point objects of the demo types, owner and districts until {@code generated}
	 * of them exist beside the demo city's own objects; returns the registry's whole size.
	 */
	private long growRegistry(int generated) throws SQLException {
		long present = database.queryLong("select count(*) from objects_objects where source = 'bench'");
		database.execute("""
				insert into objects_objects (id, type_id, name_ru, name_en, address, geometry, lat, lon, extent, owner_id,
				    district_id, status, attributes, source, search_text, content_hash, created_at, updated_at)
				select gen_random_uuid(), t.ids[1 + i %% cardinality(t.ids)], 'Объект ' || i, 'Object ' || i, 'ул. Ленина, ' || (i %% 300),
				       jsonb_build_object('type', 'Point', 'coordinates', jsonb_build_array(lon, lat)), lat, lon,
				       box(point(lon, lat), point(lon, lat)), t.owner, t.districts[1 + i %% cardinality(t.districts)], 'ACTIVE', '{}', 'bench',
				       'объект ' || i, md5(i::text), now(), now()
				from (select i, %f + random() * %f as lon, %f + random() * %f as lat
				      from generate_series(%d, %d) i) g,
				     (select array_agg(id order by code) as ids,
				             (select owner_id from objects_objects where source <> 'bench' limit 1) as owner,
				             (select array_agg(distinct district_id) from objects_objects where source <> 'bench') as districts
				      from objects_types) t
				""".formatted(Screen.CITY_MIN_LON, Screen.CITY_MAX_LON - Screen.CITY_MIN_LON, Screen.CITY_MIN_LAT,
				Screen.CITY_MAX_LAT - Screen.CITY_MIN_LAT, present + 1, generated));
		database.execute("analyze objects_objects");
		database.execute("analyze objects_clusters");
		return database.queryLong("select count(*) from objects_objects");
	}

	private int viewport(int zoom) throws Exception {
		String bbox = Screen.somewhereAt(zoom).bbox();
		HttpRequest request = HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/api/v1/objects?zoom=" + zoom + "&bbox=" + bbox))
			.header("Accept", "application/geo+json, application/json")
			.build();
		return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
