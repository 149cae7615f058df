package ru.vmeste.voting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.vmeste.identity.Role;
import ru.vmeste.identity.UserId;
import ru.vmeste.identity.internal.ApiTokens;
import ru.vmeste.identity.internal.Users;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.District;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.territory.Territory;
import ru.vmeste.voting.internal.BallotRule;
import ru.vmeste.voting.internal.Counting;
import ru.vmeste.voting.internal.Eligibility;
import ru.vmeste.voting.internal.VoteAdministration;
import ru.vmeste.voting.internal.VoteDefinition;
import ru.vmeste.voting.internal.VoteKind;
import ru.vmeste.voting.internal.VotingJobs;
import ru.vmeste.voting.internal.ledger.Ledger;

/**
 * Votes and residents for voting tests, made through the portal's own services: a vote is
 * drafted, given options, scheduled and opened by the calendar job; residents are accounts
 * with an address in a district, verified or not.
 */
final class VotingFixtures {

	/** A test resident and a bearer token for them. */
	record Resident(UserId id, String bearer) {
	}

	private final VoteAdministration administration;

	private final VotingJobs jobs;

	private final Ledger ledger;

	private final JdbcClient jdbc;

	private final Users users;

	private final ApiTokens tokens;

	private final Territory territory;

	private final Clock clock;

	VotingFixtures(ApplicationContext context) {
		this.administration = context.getBean(VoteAdministration.class);
		this.jobs = context.getBean(VotingJobs.class);
		this.ledger = context.getBean(Ledger.class);
		this.jdbc = context.getBean(JdbcClient.class);
		this.users = context.getBean(Users.class);
		this.tokens = context.getBean(ApiTokens.class);
		this.territory = context.getBean(Territory.class);
		this.clock = context.getBean(Clock.class);
	}

	/** A vote being defined; {@link #open()} and {@link #scheduled()} make it. */
	final class Draft {

		private VoteKind kind = VoteKind.SINGLE_CHOICE;

		private BallotRule rule = BallotRule.ONE;

		private @Nullable Integer maxChoices;

		private @Nullable Long budget;

		private Counting counting = Counting.TOTALS;

		private boolean live;

		private Set<DistrictId> districts = Set.of();

		private @Nullable Integer minAge;

		private List<Long> costs = List.of(0L, 0L, 0L);

		private Duration lasting = Duration.ofDays(14);

		private Duration opensIn = Duration.ofDays(7);

		Draft budget(long money, BallotRule ballotRule, Counting by, Long... projectCosts) {
			kind = VoteKind.BUDGET;
			budget = money;
			rule = ballotRule;
			counting = by;
			maxChoices = ballotRule == BallotRule.UP_TO ? 2 : null;
			costs = List.of(projectCosts);
			return this;
		}

		Draft multiple(int upTo) {
			kind = VoteKind.MULTIPLE_CHOICE;
			maxChoices = upTo;
			return this;
		}

		Draft liveResults() {
			live = true;
			return this;
		}

		Draft in(String districtCode) {
			districts = Set.of(district(districtCode));
			return this;
		}

		/** Open for this long, e.g. to be the first to close. */
		Draft lasting(Duration duration) {
			lasting = duration;
			return this;
		}

		/** When scheduled, opens this long from now. */
		Draft opensIn(Duration duration) {
			opensIn = duration;
			return this;
		}

		Draft minAge(int years) {
			minAge = years;
			return this;
		}

		/** Scheduled to open in a week, or as {@link #opensIn} says. */
		VoteId scheduled() {
			return create(clock.instant().plus(opensIn));
		}

		/** A draft (three options, not scheduled) made by this user, so it belongs to their organization. */
		VoteId draftedBy(UserId manager) {
			VoteId vote = administration.create(new VoteDefinition(text("Черновик"), text("Для тестов"), kind, rule,
					maxChoices, budget, counting, live, new Eligibility(districts, minAge), clock.instant().plus(opensIn),
					clock.instant().plus(opensIn).plus(lasting)), manager);
			for (int i = 0; i < 3; i++) {
				administration.addOption(vote, text("Вариант " + (i + 1)), null, null, manager);
			}
			return vote;
		}

		/** Opened by the calendar job. */
		VoteId open() {
			VoteId vote = create(clock.instant().minus(Duration.ofMinutes(1)));
			jobs.openAndCloseOnTime();
			return vote;
		}

		private VoteId create(Instant opens) {
			UserId official = official();
			VoteId vote = administration.create(new VoteDefinition(text("Тестовое голосование"), text("Для тестов"), kind,
					rule, maxChoices, budget, counting, live, new Eligibility(districts, minAge), opens,
					opens.plus(lasting)), official);
			for (int i = 0; i < costs.size(); i++) {
				administration.addOption(vote, text("Вариант " + (i + 1)), null, costs.get(i) == 0 ? null : costs.get(i), official);
			}
			administration.schedule(vote, official);
			return vote;
		}

	}

	UserId official() {
		return users.byEmail("official@demo.vmeste").orElseThrow().id();
	}

	Draft vote() {
		return new Draft();
	}

	/** The option at this place (0-based) in the vote's list. */
	UUID option(VoteId vote, int index) {
		return administration.find(vote).options().get(index).id();
	}

	/** Time passes beyond the vote's closing; the calendar job closes it. */
	void close(VoteId vote) {
		jdbc.sql("update voting_votes set closes_at = ? where id = ?")
			.params(Timestamp.from(clock.instant().minusSeconds(1)), vote.value())
			.update();
		jobs.openAndCloseOnTime();
	}

	/** The tree's root at a size, from the ledger's stored nodes. */
	byte[] root(VoteId vote, long size) {
		return ledger.root(vote.value(), size);
	}

	/** The id of the demo's vote with this Russian title. */
	String demoVote(String title) {
		return jdbc.sql("select id from voting_votes where title_ru = ?").param(title).query(UUID.class).single().toString();
	}

	int optionCount(VoteId vote) {
		return administration.find(vote).options().size();
	}

	long treeSize(VoteId vote) {
		return ledger.headOrEmpty(vote.value()).size();
	}

	Resident resident(String districtCode, LocalDate birthDate, boolean verified) {
		UserId id = UserId.random();
		Instant now = clock.instant();
		users.insert(id, "voter-" + id + "@example.org", "{noop}unused", "Тестовый житель", Locale.forLanguageTag("ru"), now,
				Set.of(Role.RESIDENT));
		users.confirmEmail(id, now);
		users.updateProfile(id, "Тестовый житель", null, "Пермь", new GeoPoint(58.0, 56.2), district(districtCode),
				birthDate);
		if (verified) {
			users.verifyAddress(id, official(), now);
		}
		return new Resident(id, "Bearer " + tokens.issue(id).secret());
	}

	Resident resident(String districtCode) {
		return resident(districtCode, LocalDate.of(1980, 1, 1), true);
	}

	DistrictId district(String code) {
		return territory.districts().stream().filter(d -> d.code().equals(code)).map(District::id).findFirst().orElseThrow();
	}

	private static LocalizedText text(String ru) {
		return new LocalizedText(ru, null);
	}

}
