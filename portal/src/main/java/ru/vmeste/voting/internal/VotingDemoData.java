package ru.vmeste.voting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.voting.VoteId;
import ru.vmeste.voting.internal.ledger.BallotLeaf;

/**
 * The last of the demo inside a business module: last month's city budget, closed and published
 * with a real ledger, signed heads and result. Its ballots come from a synthetic electorate of
 * random voter ids (no accounts, no personal data), generated reproducibly; its history is
 * simulated in time — which no public operation does, so it cannot move to the demo module's
 * {@code VotingDemo} (which puts up the open and upcoming votes through
 * {@link ru.vmeste.voting.VoteOperator}) until voting can carry a past vote over honestly (e.g. an
 * audit-bundle import verified on import). It runs before the demo module's seeders (order 700,
 * after {@code DemoFoundation}) because the ideas' demo builds on it.
 */
@Component
@ConditionalOnBooleanProperty("vmeste.demo-data")
class VotingDemoData implements ApplicationRunner, Ordered {

	/** The size of the closed vote's synthetic electorate. */
	static final long DEMO_ELECTORATE = 1250;

	private static final Logger log = LoggerFactory.getLogger(VotingDemoData.class);

	private final VoteStore votes;

	private final Admissions admissions;

	private final BallotAppender appender;

	private final VoteLifecycle lifecycle;

	private final Residents residents;

	private final Clock clock;

	VotingDemoData(VoteStore votes, Admissions admissions, BallotAppender appender, VoteLifecycle lifecycle,
			Residents residents, Clock clock) {
		this.votes = votes;
		this.admissions = admissions;
		this.appender = appender;
		this.lifecycle = lifecycle;
		this.residents = residents;
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		return 700;
	}

	/** Each step in its own transactions, as for real: voters and their ballots never share one. */
	@Override
	public void run(ApplicationArguments args) {
		if (votes.count() > 0) {
			return;
		}
		UserId admin = residents.findByEmail("admin@demo.vmeste").orElseGet(UserId::random);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
		Random random = new Random(2026);
		publishedCityBudget(admin, now, random);
		log.info("Demo published vote created");
	}

	private void publishedCityBudget(UserId admin, Instant now, Random random) {
		Instant opens = now.minus(Duration.ofDays(60));
		Instant closes = now.minus(Duration.ofDays(30));
		VoteId id = insert(admin, now.minus(Duration.ofDays(65)), text("Народный бюджет Перми — 2026", "Perm people's budget 2026"),
				text("30 миллионов рублей на городские проекты жителей. Итоги подсчитаны методом равных долей.",
						"30 million roubles for residents' city projects, counted by the Method of Equal Shares."),
				VoteKind.BUDGET, BallotRule.WITHIN_BUDGET, null, 30_000_000L, Counting.EQUAL_SHARES, Set.of(), null, opens,
				closes);
		List<Long> costs = List.of(12_000_000L, 9_500_000L, 7_000_000L, 5_500_000L, 4_000_000L, 2_500_000L, 1_500_000L);
		List<UUID> projects = options(id, List.of(
				option("Реконструкция фонтана на Театральной площади", "Rebuilding the Theatre Square fountain", costs.get(0)),
				option("Скейт-парк в Мотовилихе", "Skate park in Motovilikha", costs.get(1)),
				option("Тропа здоровья в Черняевском лесу", "Health trail in Chernyaevsky forest", costs.get(2)),
				option("Пандусы у поликлиник", "Ramps at clinics", costs.get(3)),
				option("Общественные туалеты в парках", "Public toilets in parks", costs.get(4)),
				option("Книжные шкафы на остановках", "Book exchange cabinets at stops", costs.get(5)),
				option("Поилки для собак в скверах", "Dog water fountains in squares", costs.get(6))));
		open(id, admin, opens);
		int ballots = 412;
		List<List<UUID>> batch = new ArrayList<>();
		for (int i = 0; i < ballots; i++) {
			batch.add(withinBudget(projects, costs, 30_000_000L, random));
			if (i % 40 == 39 || i == ballots - 1) {
				Instant at = opens.plus(Duration.ofHours(12L * (i + 1) / 10));
				cast(id, batch, at);
				batch.clear();
				if (i % 40 == 39) {
					lifecycle.sign(id, at);
				}
			}
		}
		lifecycle.close(id, closes);
		lifecycle.sortRoll(id);
		votes.setEligibleCount(id, DEMO_ELECTORATE);
		votes.transition(id, VoteStatus.CLOSED, VoteStatus.PUBLISHED, closes.plus(Duration.ofDays(2)), admin);
	}

	/** A resident of the synthetic electorate picks projects in a random order while the money lasts. */
	private static List<UUID> withinBudget(List<UUID> projects, List<Long> costs, long budget, Random random) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < projects.size(); i++) {
			order.add(i);
		}
		Collections.shuffle(order, random);
		List<UUID> chosen = new ArrayList<>();
		long left = budget;
		int wanted = 1 + random.nextInt(projects.size());
		for (int index : order.subList(0, wanted)) {
			if (costs.get(index) <= left) {
				chosen.add(projects.get(index));
				left -= costs.get(index);
			}
		}
		return chosen;
	}

	/** Ballots of synthetic voters through the pipeline's two transactions: admission, then the appender. */
	private void cast(VoteId vote, List<List<UUID>> choices, Instant at) {
		Vote open = votes.find(vote).orElseThrow();
		admissions.admit(choices.stream()
			.map(choice -> new Submission(open, UserId.random(), at, BallotLeaf.of(vote.value(), choice).encode()))
			.toList());
		appender.appendPooled();
	}

	private void open(VoteId id, UserId admin, Instant at) {
		votes.transition(id, VoteStatus.DRAFT, VoteStatus.SCHEDULED, at.minus(Duration.ofDays(3)), admin);
		lifecycle.open(id, at);
	}

	private VoteId insert(UserId admin, Instant createdAt, LocalizedText title, LocalizedText description, VoteKind kind,
			BallotRule rule, @Nullable Integer maxChoices, @Nullable Long budget, Counting counting, Set<DistrictId> districts,
			@Nullable Integer minAge, Instant opens, Instant closes) {
		Vote vote = new Vote(VoteId.random(), title, description, kind, rule, maxChoices, budget, counting, false,
				new Eligibility(districts, minAge), opens, closes, VoteStatus.DRAFT, List.of(), null, null, null, admin,
				createdAt.minus(Duration.ofDays(5)));
		votes.insert(vote);
		votes.recordCreated(vote.id(), vote.createdAt(), admin);
		return vote.id();
	}

	private List<UUID> options(VoteId vote, List<VoteOption> options) {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < options.size(); i++) {
			VoteOption option = options.get(i);
			VoteOption placed = new VoteOption(option.id(), i + 1, option.title(), null, option.cost(), null, null);
			votes.insertOption(vote, placed);
			ids.add(placed.id());
		}
		return ids;
	}

	private static VoteOption option(String ru, String en, long cost) {
		return new VoteOption(UUID.randomUUID(), 0, text(ru, en), null, cost == 0 ? null : cost, null, null);
	}

	private static LocalizedText text(String ru, String en) {
		return new LocalizedText(ru, en);
	}

}
