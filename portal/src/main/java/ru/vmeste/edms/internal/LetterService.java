package ru.vmeste.edms.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.edms.EdmsSettings;
import ru.vmeste.edms.LetterToOrganization;
import ru.vmeste.edms.OrganizationLetters;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.platform.PublicUrl;
import ru.vmeste.reports.AppealId;

/**
 * Letters to organizations on the e-mail channel ({@code edms_letters}): each carries a random
 * token that opens the reply page for that appeal, until it expires or the appeal is answered.
 * The mail itself is written by the notifications module when it hears {@link LetterToOrganization}.
 */
@Service
@Transactional(readOnly = true)
public class LetterService implements OrganizationLetters {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** A letter as its reply page needs it. */
	public record Stored(UUID id, String token, AppealId appeal, long number, OrganizationId organization,
			Instant expiresAt, @Nullable Instant answeredAt) {
	}

	private final JdbcClient jdbc;

	private final EdmsSettings settings;

	private final PublicUrl publicUrl;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LetterService(JdbcClient jdbc, EdmsSettings settings, PublicUrl publicUrl, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.publicUrl = publicUrl;
		this.events = events;
		this.clock = clock;
	}

	/** Writes a letter for the appeal routed to the organization, once per routing. */
	@Transactional
	void issue(AppealId appeal, long number, OrganizationId organization, Instant routedAt) {
		Instant now = clock.instant();
		UUID id = UUID.randomUUID();
		byte[] secret = new byte[24];
		RANDOM.nextBytes(secret);
		int written = jdbc.sql("""
				insert into edms_letters (id, token, appeal_id, appeal_number, organization_id, created_at, expires_at, event_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (appeal_id, organization_id, event_at) do nothing""")
			.params(id, Base64.getUrlEncoder().withoutPadding().encodeToString(secret), appeal.value(), number,
					organization.value(), Timestamp.from(now), Timestamp.from(now.plus(settings.letterValidity())),
					Timestamp.from(routedAt))
			.update();
		if (written == 1) {
			events.publishEvent(new LetterToOrganization(id, appeal, number, organization, now));
		}
	}

	@Override
	public Optional<Letter> find(UUID letter) {
		return jdbc.sql("select * from edms_letters where id = ?").param(letter)
			.query(LetterService::stored)
			.optional()
			.map(stored -> new Letter(stored.id(), stored.appeal(), stored.number(), stored.organization(),
					publicUrl.of("/letters/" + stored.token()), stored.expiresAt()));
	}

	/** The letter whose reply link this is, while it works. */
	public Optional<Stored> byToken(String token) {
		return jdbc.sql("select * from edms_letters where token = ? and expires_at > ? and answered_at is null")
			.params(token, Timestamp.from(clock.instant()))
			.query(LetterService::stored)
			.optional();
	}

	@Transactional
	public void answered(UUID letter) {
		jdbc.sql("update edms_letters set answered_at = ? where id = ?").params(Timestamp.from(clock.instant()), letter)
			.update();
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		Timestamp answered = rs.getTimestamp("answered_at");
		return new Stored(rs.getObject("id", UUID.class), rs.getString("token"),
				new AppealId(rs.getObject("appeal_id", UUID.class)), rs.getLong("appeal_number"),
				new OrganizationId(rs.getObject("organization_id", UUID.class)), rs.getTimestamp("expires_at").toInstant(),
				answered == null ? null : answered.toInstant());
	}

}
