package ru.vmeste.edms.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import ru.vmeste.edms.EdmsSettings;
import ru.vmeste.edms.connector.EdmsRefused;
import ru.vmeste.edms.connector.EdmsUnavailable;
import ru.vmeste.edms.internal.Outbox.Kind;
import ru.vmeste.edms.internal.Outbox.Message;
import ru.vmeste.edms.internal.Outbox.State;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.Appeals;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbound queue on the database: order per appeal, back-off, dead letters, bounded batches
 * and stopping when the EDMS is unreachable, against a scripted EDMS and a clock moved by hand.
 */
@PortalTest
class OutboundSenderTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Outbox outbox;

	@Autowired
	DocumentStore documents;

	@Autowired
	DocumentComposer composer;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Appeals appeals;

	@Autowired
	Organizations organizations;

	private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));

	private final ScriptedConnector edms = new ScriptedConnector();

	private OrganizationId organization;

	@BeforeEach
	void clear() {
		EdmsTables.clear(jdbc);
		organization = organizations.all().getFirst().id();
	}

	@AfterEach
	void leaveNothing() {
		EdmsTables.clear(jdbc);
	}

	@Test
	void aFailedMessageHoldsBackTheLaterMessagesOfItsAppealOnly() {
		List<AppealId> two = EdmsTables.appeals(jdbc, 2);
		AppealId first = two.get(0);
		AppealId second = two.get(1);
		queue(first, Kind.REGISTER);
		queue(first, Kind.RATED);
		queue(second, Kind.REGISTER);
		edms.failNext(() -> new EdmsRefused("HTTP 422"));
		OutboundSender sender = sender(EdmsTables.settings(50, 10));

		OutboundSender.Outcome outcome = sender.send(() -> true);

		assertThat(outcome.delivered()).isEqualTo(1);
		assertThat(edms.received).containsExactly(second + " REGISTER#1");
		assertThat(outbox.ofAppeal(first)).extracting(Message::state, Message::attempts)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(State.PENDING, 1), org.assertj.core.groups.Tuple.tuple(State.PENDING, 0));

		clock.advance(Duration.ofMinutes(10));
		sender.send(() -> true);

		assertThat(edms.received).containsExactly(second + " REGISTER#1", first + " REGISTER#1", first + " RATED#2");
		assertThat(documents.find(first).orElseThrow().number()).isEqualTo("ОГ-2026-000002");
		assertThat(outbox.counts()).isEqualTo(new Outbox.Counts(0, 3, 0));
	}

	@Test
	void waitsLongerAfterEachFailureAndMakesADeadLetterOfTheLastOne() {
		AppealId appeal = EdmsTables.appeals(jdbc, 1).getFirst();
		queue(appeal, Kind.REGISTER);
		queue(appeal, Kind.RATED);
		OutboundSender sender = sender(EdmsTables.settings(50, 3));
		Instant start = clock.instant();

		edms.failNext(() -> new EdmsRefused("HTTP 400"));
		sender.send(() -> true);
		Instant second = outbox.ofAppeal(appeal).getFirst().nextAttemptAt();
		clock.advance(Duration.between(clock.instant(), second));
		edms.failNext(() -> new EdmsRefused("HTTP 400"));
		sender.send(() -> true);
		Instant third = outbox.ofAppeal(appeal).getFirst().nextAttemptAt();
		clock.advance(Duration.between(clock.instant(), third));
		edms.failNext(() -> new EdmsRefused("HTTP 400"));
		sender.send(() -> true);

		assertThat(Duration.between(start, second)).isEqualTo(Duration.ofMinutes(5));
		assertThat(Duration.between(second, third)).isEqualTo(Duration.ofMinutes(15));
		assertThat(outbox.ofAppeal(appeal)).extracting(Message::state).containsExactly(State.DEAD, State.PENDING);
		assertThat(outbox.attemptsOf(appeal)).extracting(Outbox.Attempt::outcome).containsExactly("FAILED", "FAILED", "DEAD");

		clock.advance(Duration.ofDays(1));
		sender.send(() -> true);
		assertThat(edms.received).as("the rating waits behind the dead registration").isEmpty();

		assertThat(outbox.retry(outbox.ofAppeal(appeal).getFirst().id(), clock.instant())).isTrue();
		sender.send(() -> true);
		assertThat(edms.received).containsExactly(appeal + " REGISTER#1", appeal + " RATED#2");
	}

	@Test
	void stopsAtTheFirstSignThatTheEdmsIsUnreachable() {
		List<AppealId> three = EdmsTables.appeals(jdbc, 3);
		three.forEach(appeal -> queue(appeal, Kind.REGISTER));
		edms.failNext(() -> new EdmsUnavailable("connection refused"));

		OutboundSender.Outcome outcome = sender(EdmsTables.settings(50, 10)).send(() -> true);

		assertThat(outcome.unavailable()).isTrue();
		assertThat(outcome.lastError()).isEqualTo("connection refused");
		assertThat(outbox.attemptsOf(three.get(0))).hasSize(1);
		assertThat(outbox.attemptsOf(three.get(1))).isEmpty();
		assertThat(outbox.attemptsOf(three.get(2))).isEmpty();
	}

	@Test
	void sendsAtMostABatchPerSync() {
		EdmsTables.appeals(jdbc, 5).forEach(appeal -> queue(appeal, Kind.REGISTER));

		OutboundSender.Outcome outcome = sender(EdmsTables.settings(3, 10)).send(() -> true);

		assertThat(outcome.delivered()).isEqualTo(3);
		assertThat(outbox.counts()).isEqualTo(new Outbox.Counts(2, 3, 0));
	}

	private void queue(AppealId appeal, Kind kind) {
		documents.enter(appeal, appeals.find(appeal).orElseThrow().number(), organization, clock.instant());
		int sequence = documents.nextSequence(appeal);
		outbox.add(appeal, sequence, kind, kind == Kind.RATED ? "{\"score\":4,\"solved\":true}" : "{}",
				clock.instant().plusMillis(sequence), clock.instant());
	}

	private OutboundSender sender(EdmsSettings settings) {
		return new OutboundSender(settings, outbox, documents, composer, edms, transactions, clock);
	}

}
