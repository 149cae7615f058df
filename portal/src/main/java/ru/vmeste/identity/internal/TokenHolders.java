package ru.vmeste.identity.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.IdentitySettings;
import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.ResidentStatus;
import ru.vmeste.identity.UserId;
import ru.vmeste.platform.AfterCompletion;

/**
 * Who holds which API bearer token, and the statuses of accounts seen lately (what eligibility to
 * vote and an appeal's hold depend on), kept in memory for {@code vmeste.api.holders-kept-for}
 * so that an API request reads neither its token nor its user from the database (issue #20).
 * Every change to a token or an account ({@link #tokenChanged}, {@link #accountChanged}, called by
 * the stores that make it) makes every instance forget it: this one when the change commits, the
 * others through PostgreSQL's {@code NOTIFY}, which the database delivers to each instance's
 * listening connection when the change commits. A holder read before a change it has not seen is
 * never kept or served (each is stamped with the change count when its read began). While an
 * instance is not listening (starting, or after losing its connection) it keeps nothing and reads
 * every token from the database, so a notification it may have missed never leaves a revoked
 * token working. The listening connection is its own, opened with the pool's settings (its
 * address, account and properties, the instance's application name among them) but not taken
 * from it, so that listening for good costs the pool none of its connections; it proves itself
 * alive every {@value #PING_SECONDS} seconds by a notification to itself, and one that does not
 * come back within {@value #PING_SECONDS} seconds counts as a lost connection.
 */
@Component
class TokenHolders implements SmartLifecycle {

	/** A token's holder: the principal, until the token expires, and the account's status. */
	record Holder(PortalUser user, Instant expiresAt, ResidentStatus status) {
	}

	/** A holder as kept: read when the change count was {@code readAt}. */
	private record Kept(Holder holder, long readAt) {
	}

	/** An account's status as kept: read when the change count was {@code readAt}. */
	private record KeptStatus(ResidentStatus status, long readAt) {
	}

	static final String CHANNEL = "vmeste_identity";

	static final int PING_SECONDS = 5;

	private static final String PING = "ping";

	private static final Logger log = LoggerFactory.getLogger(TokenHolders.class);

	private final boolean enabled;

	private final Cache<String, Kept> holders;

	private final Cache<UserId, KeptStatus> statuses;

	/** The change count when each recently changed token or account changed, kept as long as a holder. */
	private final Cache<String, Long> changed;

	private final AtomicLong changes = new AtomicLong();

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private volatile boolean running;

	/** Whether this instance said it is not listening since it last listened. */
	private volatile boolean warned;

	/** The change count when this instance last began to listen; -1 while it does not listen. */
	private volatile long listeningSince = -1;

	private @Nullable Thread listener;

	TokenHolders(IdentitySettings settings, DataSource dataSource, JdbcClient jdbc) {
		Duration keptFor = settings.api().holdersKeptFor();
		this.enabled = !keptFor.isZero();
		this.holders = Caffeine.newBuilder().expireAfterWrite(keptFor).maximumSize(100_000).build();
		this.statuses = Caffeine.newBuilder().expireAfterWrite(keptFor).maximumSize(100_000).build();
		this.changed = Caffeine.newBuilder().expireAfterWrite(keptFor).build();
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/**
	 * The holder of the token with this hash while the token is valid: kept, or read (and then kept).
	 *
	 * @param read reads the token's holder from the database
	 */
	Optional<PortalUser> holder(byte[] hash, Instant now, Supplier<Optional<Holder>> read) {
		String token = "t:" + HexFormat.of().formatHex(hash);
		Kept kept = holders.getIfPresent(token);
		if (kept == null || !current(token, kept)) {
			long since = listeningSince;
			long readAt = changes.get();
			Optional<Holder> found = read.get();
			if (found.isEmpty()) {
				return Optional.empty();
			}
			kept = new Kept(found.get(), readAt);
			if (since >= 0) {
				holders.put(token, kept);
				if (!current(token, kept)) {
					holders.invalidate(token);
				}
				keep(new KeptStatus(found.get().status(), readAt));
			}
		}
		Holder holder = kept.holder();
		return holder.expiresAt().isAfter(now) ? Optional.of(holder.user()) : Optional.empty();
	}

	/**
	 * The status of an account: kept, or read (and then kept).
	 *
	 * @param read reads the account's status from the database
	 */
	Optional<ResidentStatus> status(UserId user, Supplier<Optional<ResidentStatus>> read) {
		KeptStatus kept = statuses.getIfPresent(user);
		if (kept != null && current(user, kept.readAt())) {
			return Optional.of(kept.status());
		}
		long since = listeningSince;
		long readAt = changes.get();
		Optional<ResidentStatus> found = read.get();
		if (found.isPresent() && since >= 0) {
			keep(new KeptStatus(found.get(), readAt));
		}
		return found;
	}

	/** Keeps a status unless a change to its account came since it was read (the mark comes first, see {@link #forget}). */
	private void keep(KeptStatus kept) {
		UserId user = kept.status().user();
		statuses.put(user, kept);
		if (!current(user, kept.readAt())) {
			statuses.invalidate(user);
		}
	}

	/** A token changed (revoked): every instance forgets its holder once the change commits. */
	void tokenChanged(byte[] hash) {
		announce("t:" + HexFormat.of().formatHex(hash));
	}

	/**
	 * An account changed (roles, profile, deletion, all its tokens revoked): every instance stops
	 * serving the holders of its tokens read before the change.
	 */
	void accountChanged(UserId user) {
		announce("u:" + user.value());
	}

	/** Whether a kept holder was read after every change to its token and account this instance knows of. */
	private boolean current(String token, Kept kept) {
		Long tokenChanged = changed.getIfPresent(token);
		return current(kept.holder().user().id(), kept.readAt())
				&& (tokenChanged == null || tokenChanged <= kept.readAt());
	}

	/** Whether what was read of an account at {@code readAt} is after every change to it this instance knows of. */
	private boolean current(UserId user, long readAt) {
		long since = listeningSince;
		if (since < 0 || readAt < since) {
			return false;
		}
		Long accountChanged = changed.getIfPresent("u:" + user.value());
		return accountChanged == null || accountChanged <= readAt;
	}

	private void announce(String change) {
		if (!enabled) {
			return;
		}
		jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, change).query().singleRow();
		AfterCompletion.run(() -> forget(change));
	}

	/**
	 * Marks the token or account changed; a holder read before the mark is no longer current. (The
	 * mark comes first: a holder stored after it is dropped by its own check in {@link #holder}.)
	 */
	private void forget(String change) {
		if (change.startsWith("t:") || change.startsWith("u:")) {
			changed.put(change, changes.incrementAndGet());
		}
		if (change.startsWith("t:")) {
			holders.invalidate(change);
		}
	}

	@Override
	public void start() {
		running = true;
		if (enabled) {
			Thread thread = Thread.ofPlatform().name("token-holders").daemon().unstarted(this::listen);
			listener = thread;
			thread.start();
		}
	}

	@Override
	public void stop() {
		running = false;
		listeningSince = -1;
		Thread thread = listener;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(Duration.ofSeconds(3));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void listen() {
		while (running) {
			try (Connection connection = listeningConnection()) {
				try {
					listenOn(connection);
				}
				finally {
					listeningSince = -1;
					holders.invalidateAll();
					statuses.invalidateAll();
					unlisten(connection);
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (running && !warned) {
					log.warn("Not listening for changes to API tokens ({}): they are read from the database until it listens again",
							ex.getMessage());
					warned = true;
				}
				pause();
			}
		}
	}

	/**
	 * A connection of its own with the pool's settings; a data source that is not a Hikari pool
	 * configured by address (one of an application server, say) lends one of its connections.
	 */
	private Connection listeningConnection() throws SQLException {
		if (dataSource.isWrapperFor(HikariDataSource.class)) {
			HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
			if (pool.getJdbcUrl() != null) {
				Properties properties = new Properties();
				properties.putAll(pool.getDataSourceProperties());
				if (pool.getUsername() != null) {
					properties.setProperty("user", pool.getUsername());
				}
				if (pool.getPassword() != null) {
					properties.setProperty("password", pool.getPassword());
				}
				return DriverManager.getConnection(pool.getJdbcUrl(), properties);
			}
		}
		return dataSource.getConnection();
	}

	/** Listens until stopped; throws when the connection fails or a ping does not come back. */
	private void listenOn(Connection connection) throws SQLException {
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			statement.execute("listen " + CHANNEL);
			PGConnection notifications = connection.unwrap(PGConnection.class);
			listeningSince = changes.incrementAndGet();
			warned = false;
			long pingSent = System.nanoTime() - TimeUnit.SECONDS.toNanos(PING_SECONDS) - 1;
			boolean pingAwaited = false;
			while (running) {
				long now = System.nanoTime();
				if (!pingAwaited && now - pingSent > TimeUnit.SECONDS.toNanos(PING_SECONDS)) {
					statement.execute("select pg_notify('" + CHANNEL + "', '" + PING + "')");
					pingSent = now;
					pingAwaited = true;
				}
				else if (pingAwaited && now - pingSent > TimeUnit.SECONDS.toNanos(PING_SECONDS)) {
					throw new SQLException("the connection's own notification did not come back");
				}
				PGNotification[] received = notifications.getNotifications(1_000);
				for (PGNotification notification : received == null ? new PGNotification[0] : received) {
					if (PING.equals(notification.getParameter())) {
						pingAwaited = false;
					}
					else {
						forget(notification.getParameter());
					}
				}
			}
		}
	}

	/** Stops listening, for a connection that goes back to a pool (or is broken, which the pool finds out). */
	private static void unlisten(Connection connection) {
		try (Statement statement = connection.createStatement()) {
			statement.execute("unlisten *");
		}
		catch (SQLException ex) {
			log.debug("Could not stop listening on a connection going back to the pool", ex);
		}
	}

	private void pause() {
		try {
			Thread.sleep(1_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}

}
