package ru.vmeste.drills;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.vmeste.VmesteApplication;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.ExifJpeg;
import ru.vmeste.support.TestJvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The restore drill: a loaded portal (demo data, fresh appeals with photos, a ballot) is backed
 * up with {@code ops/backup} while it serves, restored with {@code ops/restore} into a new, empty
 * portal, and the new one has the same rows in every table, the same ledger roots and the same
 * files byte for byte. Its portals are its own, so it runs beside the other integration tests
 * (never beside one that measures this JVM's heap).
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(TestJvm.HEAP)
class RestoreDrillIT {

	@TempDir
	Path work;

	@Test
	void aLoadedPortalRestoresIntoAnEmptyOneWithTheSameRowsRootsAndFiles() throws Exception {
		Path backup = work.resolve("backup");
		Map<String, Long> counts;
		Map<String, String> roots;
		Map<String, String> files;
		List<String> photos;
		Instant backupStarted;
		try (ConfigurableApplicationContext portal = start("old", true)) {
			PortalClient client = new PortalClient(base(portal));
			String resident = client.token(DemoAccounts.RESIDENT, DemoAccounts.PASSWORD);
			photos = load(client, resident);
			JdbcClient jdbc = portal.getBean(JdbcClient.class);
			await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(DrillDatabase.UNFINISHED_EVENTS)
				.query(Long.class).single() == 0);
			counts = counts(jdbc);
			roots = roots(client);
			files = checksums(work.resolve("old/files"));
			backupStarted = Instant.now();
			OpsScript.run("backup", backup.toString(), "--data-dir", work.resolve("old/pg").toString(), "--files-dir",
					work.resolve("old/files").toString());
		}
		Duration backupTook = Duration.between(backupStarted, Instant.now());

		try (ConfigurableApplicationContext empty = start("new", false)) {
			assertThat(empty.getBean(JdbcClient.class).sql("select count(*) from reports_appeals").query(Long.class)
				.single()).isZero();
		}
		Instant restoreStarted = Instant.now();
		OpsScript.run("restore", backup.toString(), "--data-dir", work.resolve("new/pg").toString(), "--files-dir",
				work.resolve("new/files").toString());
		Duration restoreTook = Duration.between(restoreStarted, Instant.now());

		try (ConfigurableApplicationContext restored = start("new", false)) {
			PortalClient client = new PortalClient(base(restored));
			Map<String, Long> restoredCounts = counts(restored.getBean(JdbcClient.class));
			Map<String, String> restoredRoots = roots(client);
			Map<String, String> restoredFiles = checksums(work.resolve("new/files"));
			String resident = client.token(DemoAccounts.RESIDENT, DemoAccounts.PASSWORD);
			for (String photo : photos) {
				assertThat(client.bytes(photo, resident)).isNotEmpty();
			}
			System.out.printf("Restore drill: %d tables, %d rows, %d votes' ledger roots, %d files (%d photos served); "
					+ "backup %d ms, restore %d ms%n", counts.size(), counts.values().stream().mapToLong(Long::longValue).sum(),
					roots.size(), files.size(), photos.size(), backupTook.toMillis(), restoreTook.toMillis());
			assertThat(restoredCounts).isEqualTo(counts);
			assertThat(restoredRoots).isEqualTo(roots).isNotEmpty();
			assertThat(restoredFiles).isEqualTo(files).isNotEmpty();
		}
	}

	private ConfigurableApplicationContext start(String name, boolean demo) {
		return SpringApplication.run(VmesteApplication.class,
				"--vmeste.db.embedded.data-dir=" + work.resolve(name + "/pg"), "--vmeste.db.embedded.clean=false",
				"--vmeste.files.dir=" + work.resolve(name + "/files"), "--server.port=0", "--vmeste.demo-data=" + demo,
				"--vmeste.scheduling.enabled=false");
	}

	/** Appeals with photos and, where the resident may still vote, a ballot. */
	private static List<String> load(PortalClient client, String resident) throws Exception {
		String topic = client.topic();
		List<String> photos = new java.util.ArrayList<>();
		for (int i = 0; i < 3; i++) {
			PortalClient.Answer appeal = client.post("/api/v1/appeals", resident,
					"{\"topicId\":\"%s\",\"lat\":58.01%d,\"lon\":56.24%d,\"text\":\"Яма во дворе, номер %d для проверки восстановления\"}"
						.formatted(topic, i, i, i));
			assertThat(appeal.status()).as(appeal.body()).isEqualTo(201);
			PortalClient.Answer photo = client.upload("/api/v1/appeals/" + appeal.json().path("id").asString() + "/photos",
					resident, "yard-" + i + ".jpg", "image/jpeg", ExifJpeg.withGps(160, 120, 1));
			assertThat(photo.status()).as(photo.body()).isEqualTo(201);
			photos.add(photo.json().path("url").asString());
		}
		for (String vote : client.votes("OPEN")) {
			String option = client.get("/api/v1/votes/" + vote, null).json().path("options").get(0).path("id").asString();
			client.post("/api/v1/votes/" + vote + "/ballots", resident, "{\"optionIds\":[\"" + option + "\"]}");
		}
		return photos;
	}

	/**
	 * Rows per table, but for the tables of the running instance itself (instances, sessions, locks)
	 * and the events' bookkeeping (taken journal events are deleted when the instance gets to it).
	 */
	private static Map<String, Long> counts(JdbcClient jdbc) {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : jdbc.sql("select tablename from pg_tables where schemaname = 'public'").query(String.class)
			.list()) {
			if (!List.of("platform_instances", "spring_session", "spring_session_attributes", "shedlock",
					"event_publication", "platform_journal").contains(table)) {
				counts.put(table, jdbc.sql("select count(*) from public.\"" + table + "\"").query(Long.class).single());
			}
		}
		return counts;
	}

	private static Map<String, String> roots(PortalClient client) {
		Map<String, String> roots = new TreeMap<>();
		for (String status : List.of("OPEN", "CLOSED")) {
			for (String vote : client.votes(status)) {
				PortalClient.Answer sth = client.get("/api/v1/votes/" + vote + "/ledger/sth", null);
				if (sth.status() == 200) {
					roots.put(vote, sth.json().path("treeSize").asLong() + ":" + sth.json().path("rootHash").asString());
				}
			}
		}
		return roots;
	}

	private static Map<String, String> checksums(Path root) throws IOException {
		Map<String, String> sums = new TreeMap<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					MessageDigest sha = MessageDigest.getInstance("SHA-256");
					sums.put(root.relativize(file).toString(), HexFormat.of().formatHex(sha.digest(in.readAllBytes())));
				}
				catch (java.security.NoSuchAlgorithmException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		return sums;
	}

	private static String base(ConfigurableApplicationContext portal) {
		return "http://127.0.0.1:" + portal.getEnvironment().getProperty("local.server.port");
	}

}
