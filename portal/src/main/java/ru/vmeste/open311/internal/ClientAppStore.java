package ru.vmeste.open311.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.open311.ClientApp;
import ru.vmeste.open311.ClientAppId;
import ru.vmeste.platform.db.Rows;

/**
 * The client apps' table.
 */
@Repository
class ClientAppStore {

	private static final String SELECT = """
			select c.*, (select count(*) from open311_submissions s where s.client_id = c.id) as submissions
			from open311_clients c
			""";

	private final JdbcClient jdbc;

	ClientAppStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ClientAppId id, String name, String contact, int rateLimit, String keyHash, String keyHint,
			Instant now) {
		jdbc.sql("""
				insert into open311_clients (id, name, contact, rate_limit, key_hash, key_hint, created_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""").params(id.value(), name, contact, rateLimit, keyHash, keyHint, Timestamp.from(now)).update();
	}

	Optional<ClientApp> find(ClientAppId id) {
		return jdbc.sql(SELECT + " where c.id = ?").param(id.value()).query(ClientAppStore::app).optional();
	}

	Optional<Caller> activeByKeyHash(String keyHash) {
		return jdbc.sql("select id, name, rate_limit from open311_clients where key_hash = ? and revoked_at is null")
			.param(keyHash)
			.query((rs, row) -> new Caller(new ClientAppId(rs.getObject("id", UUID.class)), rs.getString("name"),
					rs.getInt("rate_limit")))
			.optional();
	}

	boolean keyTaken(String keyHash) {
		return jdbc.sql("select count(*) from open311_clients where key_hash = ?").param(keyHash)
			.query(Long.class)
			.single() > 0;
	}

	/** Every app, newest first: a portal has a handful, so no paging. */
	List<ClientApp> all() {
		return jdbc.sql(SELECT + " order by c.created_at desc, c.id").query(ClientAppStore::app).list();
	}

	boolean revoke(ClientAppId id, Instant now) {
		return jdbc.sql("update open311_clients set revoked_at = ? where id = ? and revoked_at is null")
			.params(Timestamp.from(now), id.value())
			.update() > 0;
	}

	private static ClientApp app(ResultSet rs, int row) throws SQLException {
		return new ClientApp(new ClientAppId(rs.getObject("id", UUID.class)), rs.getString("name"),
				rs.getString("contact"), rs.getInt("rate_limit"), rs.getString("key_hint"),
				rs.getTimestamp("created_at").toInstant(), Rows.instant(rs, "revoked_at"), rs.getLong("submissions"));
	}

}
