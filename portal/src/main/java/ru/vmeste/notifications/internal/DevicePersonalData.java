package ru.vmeste.notifications.internal;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.AccountDeleted;
import ru.vmeste.identity.PersonalDataSource;
import ru.vmeste.identity.UserId;

/**
 * The devices on which the resident turned notifications on, in "download my data"; they are
 * forgotten when the account is deleted.
 */
@Component
class DevicePersonalData implements PersonalDataSource {

	record Device(String endpoint, Instant since) {
	}

	private final JdbcClient jdbc;

	DevicePersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "pushDevices";
	}

	@Override
	public Object collect(UserId user) {
		return jdbc.sql("select endpoint, created_at from notifications_push_subscriptions where user_id = ? order by created_at")
			.param(user.value())
			.query((rs, row) -> new Device(rs.getString(1), rs.getTimestamp(2).toInstant()))
			.list();
	}

	@ApplicationModuleListener
	void on(AccountDeleted deleted) {
		jdbc.sql("delete from notifications_push_subscriptions where user_id = ?").param(deleted.user().value()).update();
	}

}
