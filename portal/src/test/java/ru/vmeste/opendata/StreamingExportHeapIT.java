package ru.vmeste.opendata;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.objects.AttributeDefinition;
import ru.vmeste.objects.AttributeType;
import ru.vmeste.objects.GeometryKind;
import ru.vmeste.objects.ObjectType;
import ru.vmeste.objects.ObjectTypeId;
import ru.vmeste.objects.internal.ObjectTypeCatalog;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.TestJvm;
import ru.vmeste.territory.Territory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dataset of a million objects downloads through the real HTTP server while the portal's
 * heap stays bounded: rows stream from a database cursor to the socket, and nothing holds them.
 * The heap is sampled after a full collection every 64 MB of the download; keeping the
 * rows (or the document) in memory would take well over a gigabyte.
 */
@PortalTest
@ResourceLock(TestJvm.HEAP)
class StreamingExportHeapIT {

	static final int OBJECTS = 1_000_000;

	private static final int WRITERS = 2;

	static final long HEAP_BOUND = 96L * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(StreamingExportHeapIT.class);

	private static final byte[] FEATURE = "{\"type\":\"Feature\"".getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectTypeCatalog types;

	@Autowired
	Organizations organizations;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Territory territory;

	private final String typeCode = "heap-test-" + UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void removeTheMillion() {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql("delete from objects_objects where type_id = (select id from objects_types where code = ?)")
				.param(typeCode)
				.update();
		});
		// the million dead rows would otherwise slow every later test that reads or counts objects
		jdbc.sql("vacuum objects_objects").update();
	}

	@Test
	void exportsAMillionObjectsWithBoundedHeap() throws Exception {
		generate();
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long baseline = memory.getHeapMemoryUsage().getUsed();
		long peak = 0;
		long bytes = 0;
		long features = 0;
		int matched = 0;
		long nextSample = 0;
		long started = System.nanoTime();
		HttpResponse<InputStream> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/opendata/datasets/objects-" + typeCode + ".geojson"))
				.build(), HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		try (InputStream body = response.body()) {
			byte[] buffer = new byte[64 * 1024];
			for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
				for (int i = 0; i < read; i++) {
					matched = buffer[i] == FEATURE[matched] ? matched + 1 : buffer[i] == FEATURE[0] ? 1 : 0;
					if (matched == FEATURE.length) {
						features++;
						matched = 0;
					}
				}
				bytes += read;
				if (bytes >= nextSample) {
					System.gc();
					peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed() - baseline);
					nextSample = bytes + 64L * 1024 * 1024;
				}
			}
		}
		log.info("Exported {} objects as {} MB of GeoJSON in {} s; heap above baseline at most {} MB", features,
				bytes / 1024 / 1024, (System.nanoTime() - started) / 1_000_000_000, peak / 1024 / 1024);
		assertThat(features).isEqualTo(OBJECTS);
		assertThat(bytes).isGreaterThan(150L * 1024 * 1024);
		assertThat(peak).isLessThan(HEAP_BOUND);
	}

	/**
	 * A million street-light-like points in a type of their own, written by the database in two
	 * statements at once (one per processor). The map's cluster trigger is skipped for these
	 * transactions (and for the removal): exports never read clusters, and the rows are gone again
	 * after the test. Ordered ids, names and positions keep the indexes' work sequential, so the
	 * setup takes seconds, not minutes.
	 */
	private void generate() throws Exception {
		long started = System.nanoTime();
		types.save(new ObjectType(new ObjectTypeId(UUID.randomUUID()), typeCode, new LocalizedText("Проверка памяти", "Heap check"),
				"lightbulb", GeometryKind.POINT, List.of(new AttributeDefinition("power_w",
						new LocalizedText("Мощность", "Power"), AttributeType.NUMBER, false, List.of()))));
		UUID owner = organizations.all().getFirst().id().value();
		UUID district = territory.districts().getFirst().id().value();
		try (ExecutorService writers = Executors.newFixedThreadPool(WRITERS)) {
			List<Future<?>> parts = new ArrayList<>();
			for (int part = 0; part < WRITERS; part++) {
				int first = part * OBJECTS / WRITERS + 1;
				int last = (part + 1) * OBJECTS / WRITERS;
				parts.add(writers.submit(() -> insert(owner, district, first, last)));
			}
			for (Future<?> part : parts) {
				part.get();
			}
		}
		log.info("Generated {} objects in {} s", OBJECTS, (System.nanoTime() - started) / 1_000_000_000);
	}

	private void insert(UUID owner, UUID district, int first, int last) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql("""
					insert into objects_objects (id, type_id, name_ru, name_en, address, geometry, lat, lon, extent,
					    owner_id, district_id, status, attributes, source, search_text, content_hash, created_at, updated_at)
					select uuidv7(), t.id, 'Опора № ' || lpad(i::text, 7, '0'), 'Light No. ' || i, 'ул. Ленина, ' || (i % 300),
					       jsonb_build_object('type', 'Point', 'coordinates', jsonb_build_array(lon, lat)), lat, lon,
					       box(point(lon, lat), point(lon, lat)), ?, ?, 'ACTIVE', jsonb_build_object('power_w', 100),
					       'heap-test', 'опора', md5(i::text), now(), now()
					from objects_types t,
					     lateral (select i, 56.2 + (i % 1000) * 0.00005 as lon, 58.0 + (i / 1000) * 0.00005 as lat
					              from generate_series(?, ?) i) g
					where t.code = ?
					""").params(owner, district, first, last, typeCode).update();
		});
	}

}
