package ru.vmeste.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What PostgreSQL itself does on this machine, without the portal: single-row INSERTs of an
 * appeal-shaped row (one transaction each, from N connections) and indexed bounding-box
 * SELECTs over an objects-shaped table. Every portal figure is reported as a ratio to these.
 */
final class RawBaselines {

	/** The zoom of the street screens the baseline selects: single objects, not clusters. */
	static final int STREET_ZOOM = 18;

	private final BenchDatabase database;

	/** Server processor ticks and rows of every raw INSERT run so far. */
	private long insertTicks;

	private long insertedRows;

	RawBaselines(BenchDatabase database) throws SQLException {
		this.database = database;
		database.execute("""
				create table if not exists bench_raw_appeals (
				    id uuid primary key, author_id uuid not null, topic_id uuid not null, lat double precision not null,
				    lon double precision not null, location point not null, text text not null, status text not null,
				    created_at timestamptz not null);
				create index if not exists bench_raw_appeals_location_idx on bench_raw_appeals using gist (location);
				create index if not exists bench_raw_appeals_author_idx on bench_raw_appeals (author_id, created_at);
				create index if not exists bench_raw_appeals_status_idx on bench_raw_appeals (status, topic_id);
				create table if not exists bench_raw_objects (
				    id bigint primary key, type_id int not null, lat double precision not null,
				    lon double precision not null, location point not null, name text not null);
				create index if not exists bench_raw_objects_location_idx on bench_raw_objects using gist (location);
				""");
	}

	/** One appeal-shaped INSERT per operation, each its own transaction, from per-client connections. */
	Measurement insert(BenchSettings settings, int clients) throws SQLException, InterruptedException {
		UUID topic = UUID.randomUUID();
		long rowsBefore = database.queryLong("select count(*) from bench_raw_appeals");
		try (Statements statements = new Statements(clients, """
				insert into bench_raw_appeals (id, author_id, topic_id, lat, lon, location, text, status, created_at)
				values (?, ?, ?, ?, ?, point(?, ?), ?, 'MODERATION', ?)""")) {
			CpuTime before = statements.cpuTime();
			Measurement measured = Load.run("raw INSERT (appeal-shaped)", "raw PostgreSQL", clients, settings.warmUp(), settings.window(),
					settings.maxOperations(), (client, sequence) -> {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			double lat = random.nextDouble(Screen.CITY_MIN_LAT, Screen.CITY_MAX_LAT);
			double lon = random.nextDouble(Screen.CITY_MIN_LON, Screen.CITY_MAX_LON);
			PreparedStatement statement = statements.of(client);
			statement.setObject(1, UUID.randomUUID());
			statement.setObject(2, UUID.randomUUID());
			statement.setObject(3, topic);
			statement.setDouble(4, lat);
			statement.setDouble(5, lon);
			statement.setDouble(6, lon);
			statement.setDouble(7, lat);
			statement.setString(8, "Яма на проезжей части напротив дома " + sequence + ", глубина около 10 см");
			statement.setTimestamp(9, Timestamp.from(Instant.now()));
			return statement.executeUpdate() == 1;
			});
			insertTicks += statements.cpuTime().postgresTicks() - before.postgresTicks();
			insertedRows += database.queryLong("select count(*) from bench_raw_appeals") - rowsBefore;
			return measured;
		}
	}

	/** PostgreSQL's processor time per raw INSERT over every run so far. */
	String insertProcessorTime() {
		return new CpuTime(0, 0, insertTicks).perOperationSince(new CpuTime(0, 0, 0), insertedRows);
	}

	/** Fills the objects-shaped table with {@code count} points spread over the city. */
	void fillObjects(long count) throws SQLException {
		database.execute("truncate bench_raw_objects");
		database.execute("""
				insert into bench_raw_objects (id, type_id, lat, lon, location, name)
				select g, g %% 10, lat, lon, point(lon, lat), 'Объект ' || g
				from (select g, %f + random() * %f as lat, %f + random() * %f as lon from generate_series(1, %d) g) p
				""".formatted(Screen.CITY_MIN_LAT, Screen.CITY_MAX_LAT - Screen.CITY_MIN_LAT, Screen.CITY_MIN_LON,
						Screen.CITY_MAX_LON - Screen.CITY_MIN_LON, count));
		database.execute("analyze bench_raw_objects");
	}

	/** An indexed bounding-box SELECT of a street screen (zoom 18), at most 500 rows. */
	Measurement bboxSelect(BenchSettings settings, int clients, String variant) throws SQLException, InterruptedException {
		try (Statements statements = new Statements(clients, """
				select id, type_id, lat, lon, name from bench_raw_objects
				where location <@ box(point(?, ?), point(?, ?)) limit 500""")) {
			return Load.run("raw bbox SELECT", variant, clients, settings.warmUp(), settings.window(),
					settings.maxOperations(), (client, sequence) -> {
			Screen viewport = Screen.somewhereAt(STREET_ZOOM);
			PreparedStatement statement = statements.of(client);
			statement.setDouble(1, viewport.minLon());
			statement.setDouble(2, viewport.minLat());
			statement.setDouble(3, viewport.maxLon());
			statement.setDouble(4, viewport.maxLat());
			int rows = 0;
			try (var result = statement.executeQuery()) {
				while (result.next()) {
					rows++;
				}
			}
			return rows >= 0;
			});
		}
	}

	/** A GROUP BY count over a whole table, the way a figure would be computed without rollups. */
	Measurement groupByCount(BenchSettings settings, int clients, String variant, String sql)
			throws SQLException, InterruptedException {
		try (Statements statements = new Statements(clients, sql)) {
			return Load.run("raw SELECT count(*) GROUP BY", variant, clients, settings.warmUp(), settings.window(),
					settings.maxOperations(), (client, sequence) -> {
						int rows = 0;
						try (var result = statements.of(client).executeQuery()) {
							while (result.next()) {
								rows++;
							}
						}
						return rows > 0;
					});
		}
	}

	/** A connection (and its server process) and a prepared statement per client, closed after the measurement. */
	private final class Statements implements AutoCloseable {

		private final Connection[] connections;

		private final PreparedStatement[] statements;

		private final List<Long> serverPids = new ArrayList<>();

		Statements(int clients, String sql) throws SQLException {
			connections = new Connection[clients];
			statements = new PreparedStatement[clients];
			for (int i = 0; i < clients; i++) {
				connections[i] = database.unpooledConnection();
				statements[i] = connections[i].prepareStatement(sql);
				try (var pid = connections[i].createStatement().executeQuery("select pg_backend_pid()")) {
					pid.next();
					serverPids.add(pid.getLong(1));
				}
			}
		}

		CpuTime cpuTime() {
			return CpuTime.of(0, serverPids);
		}

		PreparedStatement of(int client) {
			return statements[client];
		}

		@Override
		public void close() throws SQLException {
			for (Connection connection : connections) {
				connection.close();
			}
		}

	}

}
