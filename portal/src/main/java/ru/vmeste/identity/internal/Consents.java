package ru.vmeste.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.identity.UserId;

/**
 * Residents' consents to processing their personal data (152-FZ, art. 9), one per policy
 * version: when, and through which channel it was given.
 */
@Repository
public class Consents {

	/** Where the resident saw the policy and agreed to it. */
	public enum Channel {

		/** the registration page's checkbox */
		WEB,
		/** an API client (the mobile app) that showed the policy before registering */
		API

	}

	/** One consent as stored and exported. */
	public record Consent(String policyVersion, Channel channel, Instant givenAt) {
	}

	private final JdbcClient jdbc;

	Consents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(UserId user, String policyVersion, Channel channel, Instant at) {
		jdbc.sql("""
				insert into identity_consents (user_id, policy_version, channel, given_at) values (?, ?, ?, ?)
				on conflict do nothing""")
			.params(user.value(), policyVersion, channel.name(), Timestamp.from(at))
			.update();
	}

	public List<Consent> of(UserId user) {
		return jdbc.sql("select * from identity_consents where user_id = ? order by given_at")
			.param(user.value())
			.query((rs, row) -> new Consent(rs.getString("policy_version"), Channel.valueOf(rs.getString("channel")),
					rs.getTimestamp("given_at").toInstant()))
			.list();
	}

}
