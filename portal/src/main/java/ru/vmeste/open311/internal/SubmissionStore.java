package ru.vmeste.open311.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.open311.ClientAppId;
import ru.vmeste.reports.AppealId;

/**
 * Appeals posted through Open311: by which app, under which token.
 */
@Repository
class SubmissionStore {

	/** A posted appeal and the token it was answered with. */
	record Submission(AppealId appeal, String token) {
	}

	private final JdbcClient jdbc;

	SubmissionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AppealId appeal, ClientAppId client, String token, String fingerprint, @Nullable String mediaUrl,
			Instant now) {
		jdbc.sql("""
				insert into open311_submissions (appeal_id, client_id, token, fingerprint, media_url, created_at)
				values (?, ?, ?, ?, ?, ?)
				""").params(appeal.value(), client.value(), token, fingerprint, mediaUrl, Timestamp.from(now)).update();
	}

	/** The app's latest appeal posted with the same request since the instant. */
	Optional<Submission> repeated(ClientAppId client, String fingerprint, Instant since) {
		return jdbc.sql("""
				select appeal_id, token from open311_submissions
				where client_id = ? and fingerprint = ? and created_at >= ?
				order by created_at desc limit 1
				""")
			.params(client.value(), fingerprint, Timestamp.from(since))
			.query((rs, row) -> new Submission(new AppealId(rs.getObject("appeal_id", UUID.class)), rs.getString("token")))
			.optional();
	}

	Optional<AppealId> byToken(String token) {
		return jdbc.sql("select appeal_id from open311_submissions where token = ?").param(token)
			.query((rs, row) -> new AppealId(rs.getObject("appeal_id", UUID.class)))
			.optional();
	}

}
