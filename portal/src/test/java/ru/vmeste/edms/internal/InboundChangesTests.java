package ru.vmeste.edms.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import ru.vmeste.edms.connector.DocumentChange;
import ru.vmeste.edms.connector.FileLink;
import ru.vmeste.edms.internal.ChangeLog.Source;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.platform.files.Upload;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.ExternalHandling;
import ru.vmeste.shared.DomainException;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes from the EDMS are taken once each, mapped onto portal statuses by the settings'
 * table, and never move an appeal back.
 */
@PortalTest
class InboundChangesTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ChangeLog changes;

	@Autowired
	DocumentStore documents;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Organizations organizations;

	private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));

	private final RecordingActions actions = new RecordingActions();

	private AppealId appeal;

	private InboundChanges inbound;

	@BeforeEach
	void setUp() {
		EdmsTables.clear(jdbc);
		appeal = EdmsTables.appeals(jdbc, 1).getFirst();
		OrganizationId organization = organizations.all().getFirst().id();
		documents.enter(appeal, 1, organization, clock.instant());
		inbound = new InboundChanges(EdmsTables.settings(50, 10), changes, documents, actions, new ScriptedConnector(),
				transactions, clock);
	}

	@AfterEach
	void clear() {
		EdmsTables.clear(jdbc);
	}

	@Test
	void takesEachChangeOnceWhetherByWebhookOrByPoll() {
		DocumentChange assigned = change("chg-2", "ASSIGNED", "2026-03-02T09:02:00Z", null);

		assertThat(inbound.take(List.of(change("chg-1", "REGISTERED", "2026-03-02T09:00:00Z", null), assigned), Source.WEBHOOK))
			.isEqualTo(new InboundChanges.Taken(2, 0));
		assertThat(inbound.take(List.of(assigned), Source.POLL)).isEqualTo(new InboundChanges.Taken(0, 1));
		assertThat(inbound.take(List.of(assigned), Source.WEBHOOK)).isEqualTo(new InboundChanges.Taken(0, 1));

		assertThat(actions.calls).containsExactly("take");
		DocumentStore.Document document = documents.find(appeal).orElseThrow();
		assertThat(document.number()).isEqualTo("ОГ-2026-000001");
		assertThat(document.status()).isEqualTo("ASSIGNED");
		assertThat(document.official()).isEqualTo("Петрова А. В.");
		assertThat(document.deadline()).isEqualTo(LocalDate.of(2026, 3, 30));
		assertThat(changes.ofAppeal(appeal)).extracting(ChangeLog.Entry::outcome)
			.containsExactly("APPLIED ROUTED", "APPLIED IN_PROGRESS");
	}

	@Test
	void anAnswerGoesThroughTheAnswerFlowWithItsLetter() {
		inbound.take(List.of(change("chg-5", "ANSWERED", "2026-03-03T10:00:00Z",
				new DocumentChange.Answer("Яму заделали.", List.of(new FileLink("answer.pdf", "application/pdf",
						URI.create("http://edms.test/documents/1/answer.pdf")))))), Source.WEBHOOK);

		assertThat(actions.calls).containsExactly("answer Яму заделали. [answer.pdf]");
	}

	@Test
	void aChangeOlderThanTheLastOneTakenIsRecordedButMovesNothing() {
		inbound.take(List.of(change("chg-7", "ANSWERED", "2026-03-03T10:00:00Z", new DocumentChange.Answer("Готово.", List.of()))),
				Source.WEBHOOK);
		inbound.take(List.of(change("chg-6", "IN_WORK", "2026-03-03T09:00:00Z", null)), Source.POLL);

		assertThat(actions.calls).containsExactly("answer Готово. []");
		assertThat(documents.find(appeal).orElseThrow().status()).isEqualTo("ANSWERED");
		assertThat(changes.ofAppeal(appeal)).extracting(ChangeLog.Entry::outcome).contains("STALE");
	}

	@Test
	void aChangeThePortalRefusesIsRecordedAsIgnoredAndNotOfferedAgain() {
		actions.refuse = true;
		DocumentChange answered = change("chg-8", "ANSWERED", "2026-03-03T10:00:00Z", new DocumentChange.Answer("Готово.", List.of()));

		assertThat(inbound.take(List.of(answered), Source.WEBHOOK).applied()).isEqualTo(1);
		assertThat(inbound.take(List.of(answered), Source.POLL).duplicates()).isEqualTo(1);
		assertThat(changes.ofAppeal(appeal)).extracting(ChangeLog.Entry::outcome).containsExactly("IGNORED reports.case.closed");
		assertThat(documents.find(appeal).orElseThrow().status()).isEqualTo("ANSWERED");
	}

	@Test
	void aQuestionOfTheOrganizationIsAskedOnce() {
		DocumentChange asked = new DocumentChange("chg-10", appeal.toString(), "ОГ-2026-000001", "IN_WORK",
				Instant.parse("2026-03-03T10:00:00Z"), null, null, null, null, "Уточните номер подъезда");

		inbound.take(List.of(asked), Source.WEBHOOK);
		inbound.take(List.of(asked), Source.POLL);

		assertThat(actions.calls).containsExactly("ask Уточните номер подъезда", "take");
	}

	@Test
	void statusesTheTableDoesNotListAreRecordedOnly() {
		inbound.take(List.of(change("chg-9", "НА_СОГЛАСОВАНИИ", "2026-03-03T10:00:00Z", null)), Source.POLL);

		assertThat(actions.calls).isEmpty();
		assertThat(documents.find(appeal).orElseThrow().status()).isEqualTo("НА_СОГЛАСОВАНИИ");
	}

	private DocumentChange change(String id, String status, String at, DocumentChange.Answer answer) {
		return new DocumentChange(id, appeal.toString(), "ОГ-2026-000001", status, Instant.parse(at),
				Instant.parse("2026-03-02T09:00:00Z"), status.equals("REGISTERED") ? null : "Петрова А. В.",
				LocalDate.of(2026, 3, 30), answer, null);
	}

	/** Records what the changes asked of the appeal; refuses like a closed appeal when told to. */
	static class RecordingActions implements ExternalHandling {

		final List<String> calls = new ArrayList<>();

		boolean refuse;

		@Override
		public void take(AppealId appeal, OrganizationId organization) {
			calls.add("take");
		}

		@Override
		public UUID answer(AppealId appeal, OrganizationId organization, String text, List<Upload> files) {
			if (refuse) {
				throw DomainException.conflict("reports.case.closed");
			}
			calls.add("answer " + text + " " + files.stream().map(Upload::name).toList());
			return UUID.randomUUID();
		}

		@Override
		public void ask(AppealId appeal, OrganizationId organization, String question) {
			calls.add("ask " + question);
		}

		@Override
		public Optional<String> informationReply(AppealId appeal, Instant at) {
			return Optional.empty();
		}

		@Override
		public List<Photo> photos(AppealId appeal) {
			return List.of();
		}

	}

}
