package ru.vmeste.platform.instances;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;

import ru.vmeste.identity.EmailConfirmationRequested;
import ru.vmeste.identity.UserId;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event publication left unfinished by an instance that died is handed to its listener again
 * within seconds, by whichever instance notices first; one that a live instance is processing
 * stays with it. Every connection of this instance carries its name, which the registry records.
 */
@PortalTest
class OrphanedPublicationsTests {

	private static final String LISTENER = "ru.vmeste.notifications.internal.AccountMails.on(ru.vmeste.identity.EmailConfirmationRequested)";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventSerializer serializer;

	@Autowired
	OrphanedPublications orphans;

	@Autowired
	PortalInstance instance;

	@Test
	void theConnectionsOfThisInstanceCarryItsName() {
		assertThat(jdbc.sql("select current_setting('application_name')").query(String.class).single())
			.isEqualTo("vmeste/" + instance.id());
		assertThat(jdbc.sql("select heartbeat_at > now() - interval '1 minute' from platform_instances where id = ?")
			.param(instance.id()).query(Boolean.class).single()).isTrue();
	}

	@Test
	void aPublicationOfADeadInstanceReachesItsListenerWithinSeconds() {
		String link = "https://vmeste.test/confirm/" + UUID.randomUUID();
		UUID publication = orphan(new EmailConfirmationRequested(resident(), link), UUID.randomUUID());

		await().atMost(Duration.ofSeconds(20)).until(() -> TestMailServer.messagesTo("resident@demo.vmeste").stream()
			.anyMatch(message -> body(message).contains(link)));
		await().atMost(Duration.ofSeconds(10)).until(() -> !exists(publication));
	}

	@Test
	void aPublicationOfALiveInstanceIsLeftToIt() {
		UUID other = UUID.randomUUID();
		jdbc.sql("insert into platform_instances (id, name) values (?, 'another instance')").param(other).update();
		UUID publication = orphan(new EmailConfirmationRequested(resident(), "https://vmeste.test/live"), other);
		try {
			orphans.takeUp();
			orphans.takeUp();
			assertThat(jdbc.sql("select status from event_publication where id = ?").param(publication)
				.query(String.class).single()).isEqualTo("PUBLISHED");
		}
		finally {
			jdbc.sql("delete from event_publication where id = ?").param(publication).update();
			jdbc.sql("delete from platform_instances where id = ?").param(other).update();
		}
	}

	@Test
	void aPublicationForAListenerThisInstanceLacksIsLeftAlone() {
		UUID publication = orphan(new EmailConfirmationRequested(resident(), "https://vmeste.test/elsewhere"),
				UUID.randomUUID(), "ru.vmeste.elsewhere.Mails.on(ru.vmeste.identity.EmailConfirmationRequested)");
		try {
			orphans.takeUp();
			assertThat(jdbc.sql("select status from event_publication where id = ?").param(publication)
				.query(String.class).single()).isEqualTo("PUBLISHED");
		}
		finally {
			jdbc.sql("delete from event_publication where id = ?").param(publication).update();
		}
	}

	private UUID orphan(Object event, UUID owner) {
		return orphan(event, owner, LISTENER);
	}

	private UUID orphan(Object event, UUID owner, String listener) {
		UUID id = UUID.randomUUID();
		Timestamp published = Timestamp.from(Instant.now().minusSeconds(2));
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				                               completion_attempts, last_resubmission_date, owner)
				values (?, ?, ?, ?, ?, 'PUBLISHED', 1, ?, ?)""")
			.params(id, listener, event.getClass().getName(), serializer.serialize(event).toString(), published,
					published, owner)
			.update();
		return id;
	}

	private boolean exists(UUID publication) {
		return jdbc.sql("select count(*) from event_publication where id = ?").param(publication).query(Integer.class)
			.single() > 0;
	}

	private UserId resident() {
		return new UserId(jdbc.sql("select id from identity_users where email = 'resident@demo.vmeste'")
			.query(UUID.class).single());
	}

	private static String body(jakarta.mail.internet.MimeMessage message) {
		try {
			return new String(message.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
					+ String.valueOf(message.getContent());
		}
		catch (Exception ex) {
			return "";
		}
	}

}
