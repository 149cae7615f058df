package ru.vmeste.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.AccountDeleted;
import ru.vmeste.identity.PersonalDataSource;
import ru.vmeste.identity.UserId;
import ru.vmeste.notifications.MailKind;
import ru.vmeste.notifications.MailMode;
import ru.vmeste.notifications.NotificationsSettings;

/**
 * How each person wants each {@link MailKind} (at once unless they chose otherwise) and the
 * one-click unsubscribe tokens of their mails; both in "download my data", both forgotten with
 * the account. A token is forgotten too once it is older than
 * {@code vmeste.mail.unsubscribe-links-kept} (one row per mail sent must not pile up forever).
 */
@Component
public class MailPreferences implements PersonalDataSource {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final NotificationsSettings settings;

	MailPreferences(JdbcClient jdbc, Clock clock, NotificationsSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	/** Forgets the unsubscribe links older than they are kept; answers how many. */
	@Scheduled(cron = "0 40 3 * * *", zone = "${vmeste.time-zone:Europe/Moscow}")
	@SchedulerLock(name = "notifications-unsubscribe-links", lockAtLeastFor = "5m", lockAtMostFor = "1h")
	public int forgetExpiredLinks() {
		return jdbc.sql("delete from notifications_unsubscribe_links where created_at < ?")
			.param(Timestamp.from(clock.instant().minus(settings.unsubscribeLinksKept())))
			.update();
	}

	/** Every kind with the person's choice. */
	public Map<MailKind, MailMode> of(UserId user) {
		Map<MailKind, MailMode> modes = new EnumMap<>(MailKind.class);
		for (MailKind kind : MailKind.values()) {
			modes.put(kind, MailMode.IMMEDIATE);
		}
		jdbc.sql("select kind, mode from notifications_preferences where user_id = ?")
			.param(user.value())
			.query((rs, row) -> Map.entry(MailKind.valueOf(rs.getString(1)), MailMode.valueOf(rs.getString(2))))
			.list()
			.forEach(choice -> modes.put(choice.getKey(), choice.getValue()));
		return modes;
	}

	MailMode of(UserId user, MailKind kind) {
		return jdbc.sql("select mode from notifications_preferences where user_id = ? and kind = ?")
			.params(user.value(), kind.name())
			.query((rs, row) -> MailMode.valueOf(rs.getString(1)))
			.optional()
			.orElse(MailMode.IMMEDIATE);
	}

	@Transactional
	public void choose(UserId user, MailKind kind, MailMode mode) {
		jdbc.sql("""
				insert into notifications_preferences (user_id, kind, mode) values (?, ?, ?)
				on conflict (user_id, kind) do update set mode = excluded.mode
				""").params(user.value(), kind.name(), mode.name()).update();
	}

	/** A new unsubscribe token for one mail of the kind to the person. */
	String unsubscribeToken(UserId user, MailKind kind) {
		return token(user, kind.name());
	}

	/** A new unsubscribe token for one daily or weekly digest to the person. */
	String unsubscribeToken(UserId user, MailMode digest) {
		return token(user, digest.name());
	}

	/**
	 * A fresh random token (32 bytes, base64url) for one mail; only its SHA-256 is stored, with
	 * the person and the scope it turns off.
	 */
	private String token(UserId user, String scope) {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		jdbc.sql("insert into notifications_unsubscribe_links (token_hash, user_id, kind, created_at) values (?, ?, ?, ?)")
			.params(hash(token), user.value(), scope, Timestamp.from(clock.instant()))
			.update();
		return token;
	}

	/**
	 * What an unsubscribe link stops: the mails of its kind, or every kind that comes in its
	 * digest.
	 */
	public Optional<Unsubscription> byToken(String token) {
		return jdbc.sql("select user_id, kind from notifications_unsubscribe_links where token_hash = ?")
			.param(hash(token))
			.query((rs, row) -> new Unsubscription(new UserId(rs.getObject(1, UUID.class)), rs.getString(2)))
			.optional();
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Turns off what the link names; nothing when the link is unknown. */
	@Transactional
	public Optional<Unsubscription> unsubscribe(String token) {
		Optional<Unsubscription> link = byToken(token);
		link.ifPresent(found -> {
			for (MailKind kind : found.kinds(of(found.user()))) {
				choose(found.user(), kind, MailMode.OFF);
			}
		});
		return link;
	}

	/**
	 * An unsubscribe link: the person and its scope, a {@link MailKind} or a digest's
	 * {@link MailMode}.
	 */
	public record Unsubscription(UserId user, String scope) {

		/** The kinds it turns off, given the person's choices. */
		public List<MailKind> kinds(Map<MailKind, MailMode> modes) {
			if (scope.equals(MailMode.DAILY.name()) || scope.equals(MailMode.WEEKLY.name())) {
				return modes.entrySet()
					.stream()
					.filter(choice -> choice.getValue().name().equals(scope))
					.map(Map.Entry::getKey)
					.toList();
			}
			return List.of(MailKind.valueOf(scope));
		}

	}

	@Override
	public String section() {
		return "mailPreferences";
	}

	@Override
	public Object collect(UserId user) {
		return of(user);
	}

	@ApplicationModuleListener
	void on(AccountDeleted deleted) {
		for (String table : new String[] { "notifications_preferences", "notifications_unsubscribe_links",
				"notifications_digest_items" }) {
			jdbc.sql("delete from " + table + " where user_id = ?").param(deleted.user().value()).update();
		}
	}

}
