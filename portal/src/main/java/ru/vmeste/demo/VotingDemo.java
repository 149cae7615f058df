package ru.vmeste.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.territory.District;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.territory.Territory;
import ru.vmeste.voting.VoteArchive;
import ru.vmeste.voting.VoteId;
import ru.vmeste.voting.VoteOperator;
import ru.vmeste.voting.VoteOperator.Kind;
import ru.vmeste.voting.VoteOperator.NewOption;
import ru.vmeste.voting.VoteOperator.NewVote;
import ru.vmeste.voting.VoteOperator.Summary;

/**
 * The demo's votes, as a region's operator brings them: last month's city budget, counted by Equal
 * Shares and published, carried over from its audit bundle ({@value #PAST_BUDGET}) through
 * {@link VoteArchive} — which verifies every ballot, head, signature and the tally before storing
 * it, so the demo holds a real ledger, signed heads, roll and result without simulating a past on
 * this portal's clock; and, put up by the demo administrator through {@link VoteOperator} on the
 * portal's clock, an open single-choice vote for the whole city and an open participatory budget of
 * Leninsky district (the demo resident may vote in both and has not yet — the API contract's
 * promise), and a vote on the new footbridge's name that opens in ten days. Nobody has voted in the
 * open ones yet: ballots are residents' own, cast on the portal.
 *
 * <p>The bundle was exported from a portal that ran the vote with a synthetic electorate: random
 * voter ids without accounts (no personal data), 1,250 eligible, 412 ballots with twelve signed
 * heads. Its heads stay signed by that portal's key ({@value #PAST_BUDGET_KEY}), which the demo
 * names as the key it trusts: the import takes no bundle on the bundle's own word.
 *
 * <p>Each vote is seeded unless a vote of its title is there, so a start that failed halfway
 * finishes the seeding on the next one.
 */
@Component
@ConditionalOnBooleanProperty(DemoData.ENABLED)
class VotingDemo implements Seeder {

	static final String SQUARE = "Какой сквер благоустроить в 2027 году?";

	static final String LENINSKY_BUDGET = "Народный бюджет Ленинского района — 2027";

	static final String BRIDGE = "Как назвать новый пешеходный мост?";

	static final String PAST_BUDGET = "demo/voting/perm-people-budget-2026.json";

	static final String PAST_BUDGET_TITLE = "Народный бюджет Перми — 2026";

	/** The public key of the installation that ran the past budget (X.509, base64), as its bundle names it. */
	static final String PAST_BUDGET_KEY = "MCowBQYDK2VwAyEA5hOcEdMvVKAuweobZm2auRgL679/EVAa2jF93K8isx0=";

	private final VoteOperator operator;

	private final VoteArchive archive;

	private final Residents residents;

	private final Territory territory;

	private final Clock clock;

	VotingDemo(VoteOperator operator, VoteArchive archive, Residents residents, Territory territory, Clock clock) {
		this.operator = operator;
		this.archive = archive;
		this.residents = residents;
		this.territory = territory;
		this.clock = clock;
	}

	@Override
	public void seed() {
		UserId admin = residents.findByEmail("admin@demo.vmeste")
			.orElseThrow(() -> new IllegalStateException("The votes' demo needs the demo administrator"));
		Set<String> seeded = titles(admin);
		if (!seeded.contains(PAST_BUDGET_TITLE)) {
			pastBudget(admin);
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
		if (!seeded.contains(SQUARE)) {
			squareVote(admin, now);
		}
		if (!seeded.contains(LENINSKY_BUDGET)) {
			districtBudget(admin, now);
		}
		if (!seeded.contains(BRIDGE)) {
			bridgeVote(admin, now);
		}
	}

	/** The (Russian) titles of the votes there are, among however many came since the demo's. */
	private Set<String> titles(UserId admin) {
		Set<String> titles = new HashSet<>();
		Paged<Summary> page = operator.managedBy(admin, PageQuery.of(0, PageQuery.MAX_SIZE));
		page.items().forEach(vote -> titles.add(vote.title().ru()));
		while (page.hasNext()) {
			page = operator.managedBy(admin, PageQuery.of(page.page() + 1, PageQuery.MAX_SIZE));
			page.items().forEach(vote -> titles.add(vote.title().ru()));
		}
		return titles;
	}

	private void pastBudget(UserId admin) {
		try (InputStream bundle = new ClassPathResource(PAST_BUDGET).getInputStream()) {
			archive.importBundle(bundle, Base64.getDecoder().decode(PAST_BUDGET_KEY),
					text("30 миллионов рублей на городские проекты жителей. Итоги подсчитаны методом равных долей.",
							"30 million roubles for residents' city projects, counted by the Method of Equal Shares."),
					Set.of(), admin);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void squareVote(UserId admin, Instant now) {
		put(admin, new NewVote(text(SQUARE, "Which square should be renewed in 2027?"),
				text("Город обновит один сквер. Выберите, какой именно: победивший вариант войдёт в план работ на 2027 год.",
						"The city will renew one square. Choose which: the winner goes into the 2027 works plan."),
				Kind.SINGLE_CHOICE, null, null, Set.of(), null, now, now.plus(Duration.ofDays(30)),
				List.of(option("Сквер у Органного зала", "Organ Hall square", null),
						option("Сад Декабристов", "Decembrists' Garden", null),
						option("Сквер на Комсомольском проспекте", "Komsomolsky Avenue square", null),
						option("Сквер имени Чкалова", "Chkalov square", null))));
	}

	private void districtBudget(UserId admin, Instant now) {
		DistrictId leninsky = territory.districts().stream().filter(district -> "leninsky".equals(district.code()))
			.map(District::id).findFirst()
			.orElseThrow(() -> new IllegalStateException("The votes' demo needs Leninsky district"));
		put(admin, new NewVote(text(LENINSKY_BUDGET, "Leninsky district people's budget 2027"),
				text("10 миллионов рублей на проекты жителей района. Отметьте проекты, которые хотите видеть: общая стоимость не больше бюджета.",
						"10 million roubles for residents' projects. Tick the projects you want: their total cost may not exceed the budget."),
				Kind.BUDGET_GREEDY, null, 10_000_000L, Set.of(leninsky), 16, now, now.plus(Duration.ofDays(21)),
				List.of(option("Детская площадка во дворе на ул. Ленина, 50", "Playground in the yard at 50 Lenin Street", 3_500_000L),
						option("Освещение набережной Камы", "Lighting for the Kama embankment", 4_200_000L),
						option("Скамейки и урны на Комсомольском проспекте", "Benches and bins on Komsomolsky Avenue", 1_200_000L),
						option("Велопарковки у школ", "Bicycle racks at schools", 800_000L),
						option("Ремонт тротуара на ул. Пермской", "New pavement on Permskaya Street", 2_900_000L),
						option("Сенсорный сад для детей с особыми потребностями", "Sensory garden for children with special needs",
								2_300_000L))));
	}

	private void bridgeVote(UserId admin, Instant now) {
		put(admin, new NewVote(text(BRIDGE, "What should the new footbridge be called?"),
				text("Мост через Егошиху откроется летом. Выберите до двух названий.",
						"The footbridge over the Egoshikha opens in summer. Choose up to two names."),
				Kind.MULTIPLE_CHOICE, 2, null, Set.of(), null, now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(24)),
				List.of(option("Егошихинский", "Egoshikhinsky", null), option("Мост Дягилева", "Diaghilev Bridge", null),
						option("Мост Встреч", "Bridge of Meetings", null))));
	}

	/** Drafts the vote and schedules it: it opens at once when its time has come. */
	private VoteId put(UserId admin, NewVote vote) {
		VoteId id = operator.create(vote, admin).vote();
		operator.schedule(id, admin);
		return id;
	}

	private static NewOption option(String ru, String en, @Nullable Long cost) {
		return new NewOption(text(ru, en), null, cost);
	}

	private static LocalizedText text(String ru, String en) {
		return new LocalizedText(ru, en);
	}

}
