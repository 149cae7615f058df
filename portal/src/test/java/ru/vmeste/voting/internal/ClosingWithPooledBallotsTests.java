package ru.vmeste.voting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.support.PortalTest;
import ru.vmeste.voting.VoteId;
import ru.vmeste.voting.internal.ledger.BallotLeaf;
import ru.vmeste.voting.internal.ledger.Ledger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A vote closes while ballots are recorded but still pooled (their voters admitted, the appender
 * not yet there): closing appends them before the final head, so every recorded voter has a leaf,
 * the roll lists one pseudonym per leaf, and a ballot admitted after closing is refused.
 */
@PortalTest
class ClosingWithPooledBallotsTests {

	@Autowired
	VoteAdministration administration;

	@Autowired
	VotingJobs jobs;

	@Autowired
	Admissions admissions;

	@Autowired
	VoteStore votes;

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Residents residents;

	@Test
	void closingAppendsWhatIsStillPooledAndAdmitsNothingAfter() {
		VoteId id = openVote();
		Vote vote = votes.find(id).orElseThrow();
		UUID option = vote.options().getFirst().id();
		Instant castAt = clock.instant();
		Admissions.Admission admitted = admissions.admit(List.of(submission(vote, option, castAt),
				submission(vote, option, castAt), submission(vote, option, castAt)));
		assertThat(admitted.recorded()).hasSize(3);
		assertThat(ledger.headOrEmpty(id.value()).size()).as("not appended yet").isZero();

		jdbc.sql("update voting_votes set closes_at = ? where id = ?")
			.params(Timestamp.from(clock.instant().minusSeconds(1)), id.value())
			.update();
		jobs.openAndCloseOnTime();

		assertThat(ledger.headOrEmpty(id.value()).size()).isEqualTo(3);
		assertThat(ledger.latestSignedHead(id.value()).orElseThrow()).satisfies(head -> {
			assertThat(head.last()).isTrue();
			assertThat(head.treeSize()).isEqualTo(3);
		});
		assertThat(jdbc.sql("select count(*) from voting_ballot_pool where vote_id = ?").param(id.value())
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from voting_participation where vote_id = ?").param(id.value())
			.query(Long.class).single()).isEqualTo(3);

		Admissions.Admission late = admissions.admit(List.of(submission(votes.find(id).orElseThrow(), option, castAt)));
		assertThat(late.recorded()).isEmpty();
		assertThat(late.refused().values()).singleElement()
			.satisfies(reason -> assertThat(reason.messageCode()).isEqualTo("voting.closed"));
	}

	private VoteId openVote() {
		UserId official = residents.findByEmail("admin@demo.vmeste").orElseThrow();
		Instant opens = clock.instant().minus(Duration.ofMinutes(1));
		VoteId id = administration.create(new VoteDefinition(new LocalizedText("Закрытие с пулом", null),
				new LocalizedText("Тест", null), VoteKind.SINGLE_CHOICE, BallotRule.ONE, null, null, Counting.TOTALS, false,
				new Eligibility(Set.of(), null), opens, opens.plus(Duration.ofDays(1))), official);
		administration.addOption(id, new LocalizedText("Да", null), null, null, official);
		administration.addOption(id, new LocalizedText("Нет", null), null, null, official);
		administration.schedule(id, official);
		jobs.openAndCloseOnTime();
		return id;
	}

	private static Submission submission(Vote vote, UUID option, Instant castAt) {
		return new Submission(vote, UserId.random(), castAt, BallotLeaf.of(vote.id().value(), List.of(option)).encode());
	}

}
