package ru.vmeste.moderation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import ru.vmeste.identity.UserId;
import ru.vmeste.moderation.internal.ItemStore;
import ru.vmeste.moderation.internal.ModerationItem;
import ru.vmeste.moderation.internal.ModerationQueue;
import ru.vmeste.moderation.internal.ModerationQueue.Decision;
import ru.vmeste.moderation.internal.ModerationQueue.Verdict;
import ru.vmeste.moderation.internal.SpamSignals.Reason;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The moderation module on its own: any module's content, e.g. a rating of completed works,
 * enters the same queue with the same checks, and the decision comes back as an event.
 */
@ApplicationModuleTest(extraIncludes = "platform")
class ModerationModuleTests {

	@Autowired
	ItemStore items;

	@Autowired
	ModerationQueue queue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void queuesAnotherModulesContentWithTheChecksAndAnnouncesTheDecision(Scenario scenario) {
		String rating = UUID.randomUUID().toString();
		UserId author = UserId.random();
		scenario.publish(new ModerationRequested("WORK_RATING", rating, "Ремонт — х.у.й.ня, звоните 8 912 345 67 89 и +7 342 200 00 01", author))
			.andWaitAtMost(Duration.ofSeconds(10))
			.andWaitForStateChange(() -> items.find("WORK_RATING", rating))
			.andVerify(item -> {
				assertThat(item).hasValueSatisfying(queued -> {
					assertThat(queued.state()).isEqualTo(ModerationItem.State.PENDING);
					assertThat(queued.profanity()).extracting(match -> match.fragment()).containsExactly("х.у.й.ня,");
					assertThat(queued.spam()).containsExactly(Reason.PHONE_NUMBERS);
				});
			});

		UserId moderator = UserId.random();
		scenario.stimulate(() -> queue.decide("WORK_RATING", rating,
				new Decision(Verdict.REJECT, "Оскорбительные выражения", null, null), moderator))
			.andWaitForEventOfType(ContentModerated.class)
			.matching(event -> event.subjectId().equals(rating))
			.toArriveAndVerify(event -> {
				assertThat(event.kind()).isEqualTo("WORK_RATING");
				assertThat(event.published()).isFalse();
				assertThat(event.reason()).isEqualTo("Оскорбительные выражения");
				assertThat(event.moderator()).isEqualTo(moderator);
			});
		assertThat(items.decisions(items.find("WORK_RATING", rating).orElseThrow().id())).singleElement()
			.satisfies(decision -> assertThat(decision.decidedBy()).isEqualTo(moderator));
	}

	@Test
	void flagsATextItsAuthorSentBeforeAndAnAuthorWhoSendsTooManyAnHour(Scenario scenario) {
		UserId author = UserId.random();
		List<String> texts = List.of("Спасибо за новую детскую площадку во дворе",
				"Асфальт на парковке положили ровно и быстро", "Фонари вдоль аллеи теперь горят всю ночь",
				"Скамейки у подъезда покрасили, стало уютно", "Ливневку прочистили, лужи после дождя ушли");
		for (String text : texts) {
			assertThat(queued(scenario, author, text).spam()).as(text).isEmpty();
		}
		assertThat(queued(scenario, author, texts.getFirst()).spam()).as("the sixth text in an hour, the first again")
			.containsExactly(Reason.REPEATED_TEXT, Reason.SUBMISSION_RATE);
	}

	@Test
	void looksForTheSameTextOverThirtyDaysAndCountsTextsOverAnHour(Scenario scenario) {
		UserId author = UserId.random();
		String twoHoursAgo = "Спасибо за новую детскую площадку во дворе";
		String monthAgo = "Асфальт на парковке положили ровно и быстро";
		for (int n = 0; n < 5; n++) {
			sentEarlier(author, n == 0 ? twoHoursAgo : "Другой отзыв номер " + n, Duration.ofHours(2));
		}
		sentEarlier(author, monthAgo, Duration.ofDays(31));
		assertThat(queued(scenario, author, twoHoursAgo).spam()).as("sent again two hours later, five texts ago")
			.containsExactly(Reason.REPEATED_TEXT);
		assertThat(queued(scenario, author, monthAgo).spam()).as("sent again a month later").isEmpty();
	}

	/** A text the author sent for moderation that long ago, decided since. */
	private void sentEarlier(UserId author, String text, Duration ago) {
		jdbc.sql("""
				insert into moderation_items (id, kind, subject_id, author_id, text, state, flagged, requested_at)
				values (?, 'WORK_RATING', ?, ?, ?, 'PUBLISHED', false, ?)""")
			.params(UUID.randomUUID(), UUID.randomUUID().toString(), author.value(), text,
					Timestamp.from(clock.instant().minus(ago)))
			.update();
	}

	private ModerationItem queued(Scenario scenario, UserId author, String text) {
		String subject = UUID.randomUUID().toString();
		AtomicReference<ModerationItem> queued = new AtomicReference<>();
		scenario.publish(new ModerationRequested("WORK_RATING", subject, text, author))
			.andWaitAtMost(Duration.ofSeconds(10))
			.andWaitForStateChange(() -> items.find("WORK_RATING", subject))
			.andVerify(item -> queued.set(item.orElseThrow()));
		return queued.get();
	}

}
