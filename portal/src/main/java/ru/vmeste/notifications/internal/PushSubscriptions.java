package ru.vmeste.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.identity.UserId;

/**
 * The devices on which people turned Web Push on: one browser subscription per row.
 */
@Repository
public class PushSubscriptions {

	/** A device's subscription, as the browser's PushSubscription gives it. */
	public record Subscription(String endpoint, String p256dh, String auth) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	PushSubscriptions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Turns notifications on for the device; a device another account used moves to this one. */
	public void subscribe(UserId user, Subscription subscription) {
		jdbc.sql("""
				insert into notifications_push_subscriptions (endpoint, user_id, p256dh, auth, created_at)
				values (?, ?, ?, ?, ?)
				on conflict (endpoint) do update set user_id = excluded.user_id, p256dh = excluded.p256dh, auth = excluded.auth
				""").params(subscription.endpoint(), user.value(), subscription.p256dh(), subscription.auth(),
					Timestamp.from(clock.instant())).update();
	}

	public void unsubscribe(UserId user, String endpoint) {
		jdbc.sql("delete from notifications_push_subscriptions where endpoint = ? and user_id = ?")
			.params(endpoint, user.value())
			.update();
	}

	/** Forgets a device the push service no longer knows (404 or 410). */
	void gone(String endpoint) {
		jdbc.sql("delete from notifications_push_subscriptions where endpoint = ?").param(endpoint).update();
	}

	List<Subscription> of(UserId user) {
		return jdbc.sql("select endpoint, p256dh, auth from notifications_push_subscriptions where user_id = ?")
			.param(user.value())
			.query((rs, row) -> new Subscription(rs.getString("endpoint"), rs.getString("p256dh"), rs.getString("auth")))
			.list();
	}

	public boolean has(UserId user, String endpoint) {
		return jdbc.sql("select count(*) from notifications_push_subscriptions where user_id = ? and endpoint = ?")
			.params(user.value(), endpoint)
			.query(Long.class)
			.single() > 0;
	}

}
