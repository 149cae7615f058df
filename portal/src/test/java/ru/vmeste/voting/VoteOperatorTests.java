package ru.vmeste.voting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.voting.VoteOperator.Created;
import ru.vmeste.voting.VoteOperator.Kind;
import ru.vmeste.voting.VoteOperator.NewOption;
import ru.vmeste.voting.VoteOperator.NewVote;
import ru.vmeste.voting.internal.BallotBox;
import ru.vmeste.voting.internal.BallotRule;
import ru.vmeste.voting.internal.Counting;
import ru.vmeste.voting.internal.Vote;
import ru.vmeste.voting.internal.VoteAdministration;
import ru.vmeste.voting.internal.VoteStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The operator's public steps, each with what it publishes and what it refuses: create a draft with
 * options (all or nothing), schedule it (opening at once when due), close it early, publish it.
 */
@PortalTest
@RecordApplicationEvents
class VoteOperatorTests {

	@Autowired
	VoteOperator operator;

	@Autowired
	VoteAdministration administration;

	@Autowired
	BallotBox ballotBox;

	@Autowired
	Residents residents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEvents events;

	VotingFixtures fixtures;

	UserId admin;

	@BeforeEach
	void setUp() {
		fixtures = new VotingFixtures(context);
		admin = residents.findByEmail(DemoAccounts.ADMIN).orElseThrow();
	}

	@Test
	void createsADraftWithItsOptionsInOrderThatThePublicDoesNotSee() {
		Created created = operator.create(budget("Черновик бюджета", clock.instant().plus(Duration.ofDays(3)), 600, 300L,
				200L), admin);
		Vote draft = administration.find(created.vote());
		assertThat(draft.status()).isEqualTo(VoteStatus.DRAFT);
		assertThat(draft.counting()).isEqualTo(Counting.EQUAL_SHARES);
		assertThat(draft.rule()).isEqualTo(BallotRule.WITHIN_BUDGET);
		assertThat(draft.options()).extracting(option -> option.id()).containsExactlyElementsOf(created.options());
		assertThat(draft.options()).extracting(option -> option.cost()).containsExactly(300L, 200L);
		assertThat(mvc.get().uri("/api/v1/votes/{id}", created.vote())).hasStatus4xxClientError();
	}

	@Test
	void refusesWhoManagesNoVotesAndAProjectWithoutACostStoringNothing() {
		UserId resident = residents.findByEmail(DemoAccounts.RESIDENT).orElseThrow();
		String title = "Отказ " + System.nanoTime();
		assertThatThrownBy(() -> operator.create(budget(title, clock.instant().plus(Duration.ofDays(3)), 600, 300L), resident))
			.isInstanceOfSatisfying(DomainException.class,
					refused -> assertThat(refused.messageCode()).isEqualTo("voting.manage.not-yours"));
		NewVote noCost = new NewVote(text(title), text("Проект без стоимости"), Kind.BUDGET_GREEDY, null, 600L, Set.of(),
				null, clock.instant().plus(Duration.ofDays(3)), clock.instant().plus(Duration.ofDays(10)),
				List.of(new NewOption(text("Есть стоимость"), null, 100L), new NewOption(text("Нет стоимости"), null, null)));
		assertThatThrownBy(() -> operator.create(noCost, admin)).isInstanceOfSatisfying(DomainException.class,
				refused -> assertThat(refused.messageCode()).isEqualTo("voting.option.cost-required"));
		assertThat(jdbc.sql("select count(*) from voting_votes where title_ru = ?").param(title).query(Long.class).single())
			.as("the refused vote left no draft behind")
			.isZero();
	}

	@Test
	void schedulesAnUpcomingVoteAndOpensADueOneAtOnce() {
		VoteId upcoming = operator.create(budget("Будущий бюджет", clock.instant().plus(Duration.ofDays(3)), 600, 300L,
				200L), admin).vote();
		operator.schedule(upcoming, admin);
		assertThat(administration.find(upcoming).status()).isEqualTo(VoteStatus.SCHEDULED);
		assertThat(mvc.get().uri("/api/v1/votes/{id}", upcoming)).hasStatusOk();

		VoteId due = operator.create(budget("Текущий бюджет", clock.instant(), 600, 300L, 200L), admin).vote();
		operator.schedule(due, admin);
		assertThat(administration.find(due).status()).isEqualTo(VoteStatus.OPEN);
		assertThat(mvc.get().uri("/api/v1/votes/{id}/ledger/sth", due)).bodyJson()
			.extractingPath("$.treeSize")
			.isEqualTo(0);
		assertThatThrownBy(() -> operator.schedule(due, admin)).isInstanceOfSatisfying(DomainException.class,
				refused -> assertThat(refused.messageCode()).isEqualTo("voting.not-a-draft"));
	}

	@Test
	void refusesToScheduleAVoteWithOneOptionOrAProjectOverTheBudget() {
		VoteId single = operator.create(budget("Один проект", clock.instant(), 600, 300L), admin).vote();
		assertThatThrownBy(() -> operator.schedule(single, admin)).isInstanceOfSatisfying(DomainException.class,
				refused -> assertThat(refused.messageCode()).isEqualTo("voting.schedule.too-few-options"));
		VoteId dear = operator.create(budget("Дорогой проект", clock.instant(), 600, 300L, 700L), admin).vote();
		assertThatThrownBy(() -> operator.schedule(dear, admin)).isInstanceOfSatisfying(DomainException.class,
				refused -> assertThat(refused.messageCode()).isEqualTo("voting.schedule.cost-over-budget"));
		assertThat(administration.find(single).status()).isEqualTo(VoteStatus.DRAFT);
		assertThat(administration.find(dear).status()).isEqualTo(VoteStatus.DRAFT);
	}

	@Test
	void closesAnOpenVoteEarlyCountsItAndPublishesItsResult() {
		Created created = operator.create(budget("Досрочно закрытый бюджет", clock.instant(), 600, 300L, 200L, 250L),
				admin);
		VoteId vote = created.vote();
		operator.schedule(vote, admin);
		assertThatThrownBy(() -> operator.publish(vote, admin)).isInstanceOfSatisfying(DomainException.class,
				refused -> assertThat(refused.messageCode()).isEqualTo("voting.wrong-status"));
		ballotBox.cast(vote, fixtures.resident("leninsky").id(), List.of(created.options().get(0)), false);
		ballotBox.cast(vote, fixtures.resident("motovilikhinsky").id(),
				List.of(created.options().get(0), created.options().get(1)), false);
		UserId resident = residents.findByEmail(DemoAccounts.RESIDENT).orElseThrow();
		assertThatThrownBy(() -> operator.close(vote, resident)).isInstanceOfSatisfying(DomainException.class,
				refused -> assertThat(refused.messageCode()).isEqualTo("voting.manage.not-yours"));

		Instant before = clock.instant();
		operator.close(vote, admin);
		Vote closed = administration.find(vote);
		assertThat(closed.status()).isEqualTo(VoteStatus.CLOSED);
		assertThat(closed.closesAt()).as("its closing time is when it closed").isBetween(before, clock.instant());
		assertThat(mvc.get().uri("/api/v1/votes/{id}/ledger/sth", vote)).bodyJson().satisfies(json -> {
			json.assertThat().extractingPath("$.treeSize").isEqualTo(2);
			json.assertThat().extractingPath("$.final").isEqualTo(true);
		});
		assertThat(jdbc.sql("select by_user from voting_vote_history where vote_id = ? and status = 'CLOSED'")
			.param(vote.value())
			.query(java.util.UUID.class)
			.single()).isEqualTo(admin.value());
		assertThatThrownBy(() -> ballotBox.cast(vote, fixtures.resident("leninsky").id(), List.of(created.options().get(1)),
				false))
			.isInstanceOfSatisfying(DomainException.class,
					refused -> assertThat(refused.messageCode()).isEqualTo("voting.closed"));
		assertThatThrownBy(() -> operator.close(vote, admin)).isInstanceOfSatisfying(DomainException.class,
				refused -> assertThat(refused.messageCode()).isEqualTo("voting.wrong-status"));
		assertThat(events.stream(VoteResultPublished.class).filter(event -> event.vote().equals(vote))).isEmpty();

		operator.publish(vote, admin);
		assertThat(administration.find(vote).status()).isEqualTo(VoteStatus.PUBLISHED);
		assertThat(events.stream(VoteResultPublished.class).filter(event -> event.vote().equals(vote)))
			.singleElement()
			.satisfies(published -> {
				assertThat(published.options()).containsExactlyInAnyOrderElementsOf(created.options());
				assertThat(published.selected()).contains(created.options().get(0))
					.doesNotContain(created.options().get(2));
			});
		assertThatThrownBy(() -> operator.publish(vote, admin)).isInstanceOfSatisfying(DomainException.class,
				refused -> assertThat(refused.messageCode()).isEqualTo("voting.wrong-status"));
	}

	private static NewVote budget(String title, Instant opens, long money, Long... costs) {
		return new NewVote(text(title), text("Для тестов оператора"), Kind.BUDGET_EQUAL_SHARES, null, money, Set.of(), null,
				opens, opens.plus(Duration.ofDays(14)),
				java.util.Arrays.stream(costs).map(cost -> new NewOption(text("Проект за " + cost), null, cost)).toList());
	}

	private static LocalizedText text(String ru) {
		return new LocalizedText(ru, ru);
	}

}
