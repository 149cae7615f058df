package ru.vmeste.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.identity.Role;
import ru.vmeste.identity.UserId;
import ru.vmeste.identity.internal.Accounts;
import ru.vmeste.identity.internal.Users;
import ru.vmeste.moderation.ContentModerated;
import ru.vmeste.organizations.MemberRole;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.organizations.internal.OrganizationAdministration;
import ru.vmeste.platform.journal.Journal;
import ru.vmeste.reports.AppealAnswered;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.Appeals;
import ru.vmeste.reports.Reporting;
import ru.vmeste.reports.Topics;
import ru.vmeste.reports.feedback.UnconfirmedClosing;
import ru.vmeste.reports.internal.Submissions;
import ru.vmeste.reports.workspace.Answers;
import ru.vmeste.statistics.internal.AppealFigures;
import ru.vmeste.statistics.internal.AppealTotals;
import ru.vmeste.statistics.internal.Interval;
import ru.vmeste.statistics.internal.Metric;
import ru.vmeste.statistics.internal.OrganizationFigures;
import ru.vmeste.statistics.internal.OrganizationTotals;
import ru.vmeste.statistics.internal.OverdueSweep;
import ru.vmeste.statistics.internal.RankingOrder;
import ru.vmeste.statistics.internal.StatisticsMaintenance;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.TestClock;
import ru.vmeste.support.TestMailServer;
import ru.vmeste.territory.Territory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics module in the whole portal (whose cached context the other tests share): the hand-computed fixture
 * ({@link AppealFixture}) published as real appeal events gives its figures through the
 * listener and the rollups, delivering it again changes nothing, rebuilding the rollups gives
 * the same, and an answer nobody confirms closes as not confirmed by the test clock.
 */
@PortalTest
class StatisticsFlowTests {

	static final Duration WAIT = Duration.ofSeconds(60);

	static final AppealFigures.Filter HOLIDAYS = new AppealFigures.Filter(LocalDate.parse("2024-12-01"),
			LocalDate.parse("2025-01-31"), null, null);

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AppealFigures appealFigures;

	@Autowired
	OrganizationFigures organizationFigures;

	@Autowired
	StatisticsMaintenance maintenance;

	@Autowired
	Organizations organizations;

	@Autowired
	OrganizationAdministration administration;

	@Autowired
	Topics topics;

	@Autowired
	Territory territory;

	@Autowired
	Accounts accounts;

	@Autowired
	Users users;

	@Autowired
	Submissions submissions;

	@Autowired
	Answers answers;

	@Autowired
	Appeals appeals;

	@Autowired
	UnconfirmedClosing unconfirmed;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Journal journal;

	@Autowired
	Clock clock;

	@Autowired
	OverdueSweep sweep;

	/** The demo's events of the start-up have all been taken in. */
	@BeforeEach
	void settled() {
		Awaitility.await().atMost(WAIT).until(this::idle);
	}

	@AfterEach
	void backToNow() {
		((TestClock) clock).reset();
	}

	@Test
	void theFixtureGivesItsHandComputedFiguresOnceHoweverOftenItIsDelivered() {
		List<Organization> two = organizations.all().stream().limit(2).toList();
		AppealFixture fixture = new AppealFixture(new AppealFixture.Ids(two.get(0).id(), two.get(1).id(),
				topics.byCode("pothole").orElseThrow().id(), territory.locate(Reporting.CENTRE).orElseThrow().id(),
				UserId.random()), Reporting.CENTRE);
		publish(fixture);
		Awaitility.await().atMost(WAIT).until(() -> appealFigures.totals(HOLIDAYS).submitted() == 6 && idle());

		assertFixtureFigures(two);
		long journal = journalRows(fixture);
		assertThat(journal).isEqualTo(fixture.all().size());
		List<String> brought = fixture.all().stream()
			.flatMap(event -> event instanceof AppealAnswered answered ? Stream.of(answered.text())
					: Stream.empty())
			.sorted()
			.toList();
		assertThat(answerTexts(fixture)).hasSize(6).isEqualTo(brought);

		publish(fixture);
		Awaitility.await().atMost(WAIT).until(this::idle);
		assertThat(journalRows(fixture)).isEqualTo(journal);
		assertThat(answerTexts(fixture)).isEqualTo(brought);
		assertFixtureFigures(two);

		List<Map<String, Object>> incremental = rollups();
		maintenance.rebuild();
		assertThat(rollups()).isEqualTo(incremental);
		assertFixtureFigures(two);
	}

	private void assertFixtureFigures(List<Organization> two) {
		AppealTotals totals = appealFigures.totals(HOLIDAYS);
		assertThat(totals.submitted()).isEqualTo(6);
		assertThat(totals.published()).isEqualTo(5);
		assertThat(totals.answered()).isEqualTo(4);
		assertThat(totals.answeredOnTimeShare()).isEqualTo(0.75);
		assertThat(totals.answeredWithinLegalShare()).isEqualTo(1.0);
		assertThat(totals.averageAnswerWorkingDays()).isEqualTo(9.25);
		assertThat(totals.confirmed()).isEqualTo(1);
		assertThat(totals.notConfirmed()).isEqualTo(1);
		assertThat(totals.disputed()).isEqualTo(1);
		assertThat(totals.awaiting()).isEqualTo(1);
		assertThat(totals.open()).isEqualTo(1);
		assertThat(totals.resolvedShare()).isEqualTo(0.2);
		assertThat(totals.overdueShare()).isEqualTo(0.6);
		assertThat(totals.reopenedShare()).isEqualTo(0.25);
		assertThat(totals.reroutedShare()).isEqualTo(0.2);
		assertThat(totals.averageRating()).isEqualTo(2.75);

		assertThat(appealFigures.series(Metric.ANSWERED, Interval.MONTH,
				new AppealFigures.Filter(LocalDate.parse("2024-12-01"), LocalDate.parse("2025-02-28"), null, null)))
			.extracting(AppealFigures.SeriesPoint::value)
			.containsExactly(0L, 4L, 2L);
		assertThat(appealFigures.series(Metric.NOT_CONFIRMED, Interval.DAY,
				new AppealFigures.Filter(LocalDate.parse("2025-02-04"), LocalDate.parse("2025-02-06"), null, null)))
			.extracting(AppealFigures.SeriesPoint::value)
			.containsExactly(0L, 1L, 0L);

		List<OrganizationTotals> ranking = organizationFigures.ranking(HOLIDAYS.from(), HOLIDAYS.to(), false,
				RankingOrder.ANSWERED_ON_TIME);
		assertThat(ranking).extracting(OrganizationTotals::id)
			.containsExactly(two.get(0).id().value(), two.get(1).id().value());
		assertThat(ranking.get(0)).satisfies(first -> {
			assertThat(first.received()).isEqualTo(4);
			assertThat(first.answeredOnTimeShare()).isEqualTo(0.75);
			assertThat(first.averageAnswerWorkingDays()).isEqualTo(8.75);
			assertThat(first.averageRating()).isEqualTo(2.75);
			assertThat(first.reopenedShare()).isEqualTo(0.25);
		});
		assertThat(ranking.get(1)).satisfies(second -> {
			assertThat(second.received()).isEqualTo(2);
			assertThat(second.reroutedAwayShare()).isEqualTo(0.5);
			assertThat(second.overdue()).isEqualTo(1);
		});
	}

	@Test
	void anAnswerNobodyConfirmsClosesAsNotConfirmedByTheTestClock() {
		AppealId id = publishedByTheResident("Не вывезен мусор у подъезда");
		Awaitility.await().atMost(WAIT).until(() -> appeals.find(id).orElseThrow().organization() != null);
		OrganizationId organization = appeals.find(id).orElseThrow().organization();
		String answer = "Мусор вывезен " + id.value();
		LocalDate today = LocalDate.now(clock);
		answers.answer(id, answer, List.of(), official(organization));
		Awaitility.await().atMost(WAIT).until(() -> "AWAITING".equals(category(id)));

		// the author is asked whether it is fixed, by which day, with the answer and the page's link
		String link = "/appeals/" + id.value();
		String asked = Awaitility.await()
			.atMost(WAIT)
			.until(() -> mailsTo(DemoAccounts.RESIDENT).stream().filter(body -> body.contains(answer)).toList(),
					bodies -> !bodies.isEmpty())
			.get(0);
		DateTimeFormatter day = DateTimeFormatter.ofPattern("dd.MM.yyyy");
		assertThat(asked).contains(link)
			.containsAnyOf(today.plusDays(14).format(day), LocalDate.now(clock).plusDays(14).format(day));

		((TestClock) clock).advance(Duration.ofDays(15));
		LocalDate closing = LocalDate.now(clock);
		unconfirmed.run();
		Awaitility.await().atMost(WAIT).until(() -> "NOT_CONFIRMED".equals(category(id)));
		assertThat(jdbc.sql("select closed_on from statistics_appeals where appeal_id = ?").param(id.value())
			.query(LocalDate.class).single()).isEqualTo(closing);
		assertThat(appealFigures.series(Metric.NOT_CONFIRMED, Interval.DAY,
				new AppealFigures.Filter(closing, closing, null, null)))
			.singleElement()
			.satisfies(point -> assertThat(point.value()).isPositive());
		// the answer reached the author once: the question replaces the followers' "answered" mail
		Awaitility.await().atMost(WAIT).until(this::idle);
		assertThat(mailsTo(DemoAccounts.RESIDENT)).filteredOn(body -> body.contains(answer)).hasSize(1);
	}

	/** No event says a deadline passed: the sweep works the open appeals out again the day after it. */
	@Test
	void theSweepFindsAnOpenAppealOverdueOnceItsDeadlineHasPassed() {
		AppealId id = publishedByTheResident("Открытый люк во дворе");
		Awaitility.await().atMost(WAIT).until(() -> deadline(id) != null && idle());
		assertThat(overdue(id)).isFalse();
		sweep.run();
		assertThat(overdue(id)).isFalse();

		((TestClock) clock).advance(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(clock), deadline(id)) + 1));
		sweep.run();
		assertThat(overdue(id)).isTrue();
		assertThat(category(id)).isEqualTo("OPEN");
		List<Map<String, Object>> swept = rollups();
		maintenance.rebuild();
		assertThat(rollups()).isEqualTo(swept);
	}

	/** An appeal of the demo resident's, let through by a moderator (it is routed next). */
	private AppealId publishedByTheResident(String text) {
		UserId resident = users.byEmail(DemoAccounts.RESIDENT).orElseThrow().id();
		AppealId id = submissions.submit(resident, new Submissions.Submission(topics.byCode("pothole").orElseThrow().id(),
				Reporting.CENTRE, null, text, Map.of()), List.of()).id();
		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(new ContentModerated(
				Submissions.MODERATION_KIND, id.toString(), true, null, null, null, UserId.random(), Instant.now())));
		return id;
	}

	private @Nullable LocalDate deadline(AppealId id) {
		return jdbc.sql("select deadline from statistics_appeals where appeal_id = ?").param(id.value())
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

	private boolean overdue(AppealId id) {
		return jdbc.sql("select overdue from statistics_appeals where appeal_id = ?").param(id.value())
			.query(Boolean.class)
			.single();
	}

	private static List<String> mailsTo(String email) {
		return TestMailServer.messagesTo(email).stream().map(mail -> {
			try {
				return String.valueOf(mail.getContent());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private String category(AppealId id) {
		return jdbc.sql("select category from statistics_appeals where appeal_id = ?")
			.param(id.value())
			.query(String.class)
			.optional()
			.orElse("");
	}

	private UserId official(OrganizationId organization) {
		String email = DemoAccounts.uniqueEmail();
		UserId id = accounts.register(email, "a-long-password", "Official Test", Locale.forLanguageTag("ru"),
				"https://vmeste.example");
		users.setRoles(id, EnumSet.of(Role.OFFICIAL));
		administration.addMember(organization, email, MemberRole.HEAD);
		return id;
	}

	private void publish(AppealFixture fixture) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> fixture.all().forEach(events::publishEvent));
	}

	/** Every event publication is complete (completed ones are deleted), and every journal consumer caught up. */
	private boolean idle() {
		return jdbc.sql("select count(*) from event_publication").query(Long.class).single() == 0
				&& journal.backlog() == 0;
	}

	private List<String> answerTexts(AppealFixture fixture) {
		return jdbc.sql("select text from statistics_answers where appeal_id in (:ids) order by text")
			.param("ids", fixture.appeals.values().stream().map(AppealId::value).toList())
			.query(String.class)
			.list();
	}

	private long journalRows(AppealFixture fixture) {
		return jdbc.sql("select count(*) from statistics_journal where appeal_id in (:ids)")
			.param("ids", fixture.appeals.values().stream().map(AppealId::value).toList())
			.query(Long.class)
			.single();
	}

	/**
	 * Every rollup row that counts something: an event taken in before the appeal's submission
	 * (they run in parallel) first counts under an unknown district, which the submission moves
	 * back to zero; the rebuild never writes such rows.
	 */
	private List<Map<String, Object>> rollups() {
		List<Map<String, Object>> rows = new java.util.ArrayList<>(jdbc.sql("""
				select 'day' as t, d.* from statistics_days d union all select 'month', m.* from statistics_months m
				order by 1, 2, 3, 4""").query().listOfRows());
		rows.addAll(jdbc.sql("""
				select 'day' as t, d.* from statistics_organization_days d
				union all select 'month', m.* from statistics_organization_months m order by 1, 2, 3""").query().listOfRows());
		rows.removeIf(row -> row.entrySet()
			.stream()
			.filter(column -> column.getValue() instanceof Long)
			.allMatch(column -> (Long) column.getValue() == 0));
		return rows;
	}

}
