package ru.vmeste.statistics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.CalendarDay;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.ProductionCalendar;
import ru.vmeste.reports.AppealEvent;
import ru.vmeste.reports.Topic;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.Topics;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.statistics.AppealFixture;
import ru.vmeste.territory.DistrictId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure of the hand-computed fixture ({@link AppealFixture}): what the fold makes of each
 * appeal's events, in any order, and what the appeals add up to.
 */
class AppealFoldTests {

	static final ProductionCalendar CALENDAR = new ProductionCalendar(Stream
		.concat(Stream.of(new CalendarDay(LocalDate.parse("2024-12-28"), CalendarDay.Kind.WORKING, "moved")),
				Stream.iterate(LocalDate.parse("2024-12-30"), day -> day.plusDays(1))
					.limit(10)
					.map(day -> new CalendarDay(day, CalendarDay.Kind.NON_WORKING, "New Year")))
		.toList());

	static final LocalDate TODAY = LocalDate.parse("2025-02-10");

	final TopicId group = new TopicId(UUID.randomUUID());

	final TopicId pothole = new TopicId(UUID.randomUUID());

	final OrganizationId org1 = new OrganizationId(UUID.randomUUID());

	final OrganizationId org2 = new OrganizationId(UUID.randomUUID());

	final DistrictId district = new DistrictId(UUID.randomUUID());

	final AppealFixture fixture = new AppealFixture(
			new AppealFixture.Ids(org1, org2, pothole, district, UserId.random()), new GeoPoint(58.01049, 56.24237));

	final AppealJournalIntake intake = new AppealJournalIntake(null, null, topics());

	final AppealFold fold = new AppealFold(CALENDAR, AppealFixture.PERM);

	@Test
	void answeredAtTheDeadlinesLastMinuteAcrossTheHolidaysIsOnTime() {
		AppealFold.Folded a = fold("A");
		assertThat(a.facts().deadline()).isEqualTo("2025-01-21");
		assertThat(a.facts().answeredOnTime()).isTrue();
		assertThat(a.facts().answerWorkingDays()).isEqualTo(10);
		assertThat(a.facts().legalDeadline()).isEqualTo("2025-01-27");
		assertThat(a.facts().answeredWithinLegal()).isTrue();
		assertThat(a.facts().category()).isEqualTo(Category.CONFIRMED);
		assertThat(a.facts().overdue()).isFalse();
		assertThat(a.facts().closedOn()).isEqualTo("2025-01-22");
	}

	@Test
	void answeredAMinuteAfterTheDeadlineIsLateAndUnratedClosesNotConfirmed() {
		AppealFold.Folded b = fold("B");
		assertThat(b.facts().answeredOnTime()).isFalse();
		assertThat(b.facts().answerWorkingDays()).isEqualTo(11);
		assertThat(b.facts().answeredWithinLegal()).isTrue();
		assertThat(b.facts().category()).isEqualTo(Category.NOT_CONFIRMED);
		assertThat(b.facts().overdue()).isTrue();
		assertThat(b.handlings()).singleElement().satisfies(stay -> assertThat(stay.overdue()).isTrue());
	}

	@Test
	void reopenedTwiceAndLateTheThirdTimeIsDisputedAndOverdue() {
		AppealFold.Folded c = fold("C");
		assertThat(c.facts().reopens()).isEqualTo(2);
		assertThat(c.facts().answeredOnTime()).isTrue();
		assertThat(c.facts().answerWorkingDays()).isEqualTo(2);
		assertThat(c.facts().deadline()).isEqualTo("2025-02-04");
		assertThat(c.facts().overdue()).isTrue();
		assertThat(c.facts().category()).isEqualTo(Category.DISPUTED);
		assertThat(c.facts().ratings()).isEqualTo(3);
		assertThat(c.facts().ratingSum()).isEqualTo(6);
		assertThat(c.answers()).hasSize(3);
		assertThat(c.handlings()).singleElement().satisfies(stay -> {
			assertThat(stay.reopens()).isEqualTo(2);
			assertThat(stay.ratings()).isEqualTo(3);
			assertThat(stay.open()).isFalse();
		});
	}

	@Test
	void sentOnOnceCountsTwoStaysAndThePauseMovesTheDeadline() {
		AppealFold.Folded d = fold("D");
		assertThat(d.facts().reroutes()).isEqualTo(1);
		assertThat(d.facts().organization()).isEqualTo(org1.value());
		assertThat(d.facts().deadline()).isEqualTo("2025-02-04");
		assertThat(d.facts().answeredOnTime()).isTrue();
		assertThat(d.facts().answerWorkingDays()).isEqualTo(14);
		assertThat(d.facts().legalDeadline()).isEqualTo("2025-02-13");
		assertThat(d.facts().category()).isEqualTo(Category.AWAITING);
		assertThat(d.handlings()).hasSize(2);
		HandlingFacts atOrg2 = d.handlings().get(0);
		assertThat(atOrg2.organization()).isEqualTo(org2.value());
		assertThat(atOrg2.reroutedAway()).isTrue();
		assertThat(atOrg2.firstAnsweredOn()).isNull();
		assertThat(atOrg2.overdue()).isFalse();
		HandlingFacts atOrg1 = d.handlings().get(1);
		assertThat(atOrg1.receivedOn()).isEqualTo("2025-01-16");
		assertThat(atOrg1.answerWorkingDays()).isEqualTo(12);
		assertThat(atOrg1.answeredOnTime()).isTrue();
		assertThat(atOrg1.executor()).isNotNull();
	}

	@Test
	void unansweredPastItsDeadlineIsOpenAndOverdue() {
		AppealFold.Folded e = fold("E");
		assertThat(e.facts().category()).isEqualTo(Category.OPEN);
		assertThat(e.facts().open()).isTrue();
		assertThat(e.facts().overdue()).isTrue();
		assertThat(fold.fold(entries("E"), LocalDate.parse("2025-02-03")).facts().overdue()).isFalse();
	}

	@Test
	void aRejectedAppealIsNeverPublished() {
		assertThat(fold("F").facts().category()).isEqualTo(Category.NOT_PUBLISHED);
		assertThat(fold("F").facts().submittedOn()).isEqualTo("2025-01-21");
	}

	@Test
	void theOrderEventsArriveInChangesNothing() {
		for (String name : fixture.events.keySet()) {
			List<JournalEntry> shuffled = new ArrayList<>(entries(name));
			Collections.reverse(shuffled);
			assertThat(fold.fold(shuffled, TODAY)).isEqualTo(fold.fold(entries(name), TODAY));
		}
	}

	@Test
	void theFixtureAddsUpToTheHandComputedFigures() {
		AppealTotals totals = totals(sum().days.values());
		assertThat(totals.submitted()).isEqualTo(6);
		assertThat(totals.published()).isEqualTo(5);
		assertThat(totals.routed()).isEqualTo(5);
		assertThat(totals.answered()).isEqualTo(4);
		assertThat(totals.answeredOnTime()).isEqualTo(3);
		assertThat(totals.answeredWithinLegal()).isEqualTo(4);
		assertThat(totals.averageAnswerWorkingDays()).isEqualTo(9.25);
		assertThat(totals.confirmed()).isEqualTo(1);
		assertThat(totals.notConfirmed()).isEqualTo(1);
		assertThat(totals.disputed()).isEqualTo(1);
		assertThat(totals.awaiting()).isEqualTo(1);
		assertThat(totals.open()).isEqualTo(1);
		assertThat(totals.overdue()).isEqualTo(3);
		assertThat(totals.overdueShare()).isEqualTo(0.6);
		assertThat(totals.resolvedShare()).isEqualTo(0.2);
		assertThat(totals.reopenedShare()).isEqualTo(0.25);
		assertThat(totals.reroutedShare()).isEqualTo(0.2);
		assertThat(totals.averageRating()).isEqualTo(2.75);
		assertThat(totals.get(AppealCounter.ANSWERED_FLOW)).isEqualTo(6);
		assertThat(totals.get(AppealCounter.RESOLVED_FLOW)).isEqualTo(1);
		assertThat(totals.get(AppealCounter.NOT_CONFIRMED_FLOW)).isEqualTo(1);
	}

	@Test
	void theOrganizationsAddUpToTheHandComputedFigures() {
		Contributions sum = sum();
		OrganizationTotals first = organization(sum, org1);
		assertThat(first.received()).isEqualTo(4);
		assertThat(first.answered()).isEqualTo(4);
		assertThat(first.answeredOnTimeShare()).isEqualTo(0.75);
		assertThat(first.answeredWithinLegalShare()).isEqualTo(1.0);
		assertThat(first.averageAnswerWorkingDays()).isEqualTo(8.75);
		assertThat(first.reopenedShare()).isEqualTo(0.25);
		assertThat(first.reroutedAwayShare()).isZero();
		assertThat(first.averageRating()).isEqualTo(2.75);
		assertThat(first.overdue()).isEqualTo(2);
		OrganizationTotals second = organization(sum, org2);
		assertThat(second.received()).isEqualTo(2);
		assertThat(second.answered()).isZero();
		assertThat(second.reroutedAwayShare()).isEqualTo(0.5);
		assertThat(second.open()).isEqualTo(1);
		assertThat(second.overdue()).isEqualTo(1);
		assertThat(second.averageAnswerWorkingDays()).isNull();
	}

	@Test
	void aChangeAddsItsDifferenceOnly() {
		List<JournalEntry> d = entries("D");
		AppealFold.Folded before = fold.fold(d.subList(0, d.size() - 1), TODAY);
		AppealFold.Folded after = fold.fold(d, TODAY);
		Contributions delta = contributions(after).minus(contributions(before));
		assertThat(Contributions.sum(List.of(contributions(before), delta)).days)
			.usingRecursiveComparison()
			.isEqualTo(contributions(after).days);
		assertThat(contributions(after).minus(contributions(after)).isEmpty()).isTrue();
	}

	@Test
	void pointsAreKeptOnlyOnTheOpenDataGrid() {
		AppealFold.Folded a = fold("A");
		assertThat(a.facts().lat()).isEqualTo(58.010);
		assertThat(a.facts().lon()).isEqualTo(56.242);
		assertThat(CoarsePoint.round(56.2431, CoarsePoint.LON_STEP)).isEqualTo(56.244);
	}

	private Contributions sum() {
		return Contributions.sum(fixture.events.keySet().stream().map(name -> contributions(fold(name))).toList());
	}

	private static Contributions contributions(AppealFold.Folded folded) {
		return Contributions.of(folded.facts(), folded.handlings(), folded.answers());
	}

	private static AppealTotals totals(java.util.Collection<long[]> rows) {
		long[] total = new long[AppealCounter.SIZE];
		rows.forEach(row -> {
			for (int i = 0; i < row.length; i++) {
				total[i] += row[i];
			}
		});
		return new AppealTotals(total);
	}

	private static OrganizationTotals organization(Contributions sum, OrganizationId organization) {
		long[] total = new long[OrganizationCounter.SIZE];
		sum.organizations.forEach((key, row) -> {
			if (key.organization().equals(organization.value())) {
				for (int i = 0; i < row.length; i++) {
					total[i] += row[i];
				}
			}
		});
		return new OrganizationTotals(organization.value(), null, total);
	}

	private AppealFold.Folded fold(String name) {
		return fold.fold(entries(name), TODAY);
	}

	private List<JournalEntry> entries(String name) {
		return fixture.events.get(name).stream().map((AppealEvent event) -> intake.entry(event)).toList();
	}

	private Topics topics() {
		Topic roads = new Topic(group, "roads", null, new LocalizedText("Дороги", "Roads"), 1, true);
		Topic hole = new Topic(pothole, "pothole", group, new LocalizedText("Яма", "Pothole"), 2, true);
		return new Topics() {

			@Override
			public List<Topic> all() {
				return List.of(roads, hole);
			}

			@Override
			public Optional<Topic> find(TopicId id) {
				return all().stream().filter(topic -> topic.id().equals(id)).findFirst();
			}

			@Override
			public Optional<Topic> byCode(String code) {
				return all().stream().filter(topic -> topic.code().equals(code)).findFirst();
			}

		};
	}

}
