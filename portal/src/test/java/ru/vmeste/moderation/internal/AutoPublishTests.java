package ru.vmeste.moderation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.vmeste.identity.UserId;
import ru.vmeste.moderation.ContentModerated;
import ru.vmeste.moderation.ModerationRequested;
import ru.vmeste.moderation.ModerationSettings;
import ru.vmeste.support.Settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * With {@code vmeste.moderation.auto-publish} on, content that passes every check is published
 * at once; anything a check flags still waits for a moderator.
 */
class AutoPublishTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC);

	private final ItemStore items = mock(ItemStore.class);

	private final List<Object> events = new ArrayList<>();

	private final ModerationSettings settings = Settings.of(ModerationSettings.class, "vmeste.moderation.auto-publish",
			"true");

	private final ModerationVocabulary vocabulary = mock(ModerationVocabulary.class);

	private final ModerationQueue queue = new ModerationQueue(items, new TextChecks(vocabulary, items, clock, settings),
			events::add, clock, settings);

	@BeforeEach
	void theBuiltInVocabulary() {
		given(vocabulary.current()).willReturn(Vocabulary.standard());
		given(items.authorHistory(any(), anyString(), any(), any())).willReturn(new ItemStore.AuthorHistory(false, 0));
	}

	@Test
	void publishesCleanContentAtOnce() {
		given(items.insert(any())).willReturn(true);
		queue.take(new ModerationRequested("APPEAL", "a-1", "Яма на улице Пушкина, просим устранить", UserId.random()));
		then(items).should().decide(any(), eq(ModerationItem.State.PUBLISHED), any());
		assertThat(events).singleElement().isInstanceOfSatisfying(ContentModerated.class, event -> {
			assertThat(event.published()).isTrue();
			assertThat(event.moderator()).isNull();
		});
	}

	@Test
	void leavesFlaggedContentToAModerator() {
		given(items.insert(any())).willReturn(true);
		queue.take(new ModerationRequested("APPEAL", "a-2", "Звоните 8 912 345 67 89 и 8 912 345 67 80", UserId.random()));
		then(items).should(never()).decide(any(), any(), any());
		assertThat(events).isEmpty();
	}

	@Test
	void doesNothingForARequestAlreadyInTheQueue() {
		given(items.insert(any())).willReturn(false);
		queue.take(new ModerationRequested("APPEAL", "a-3", "Яма у дома", UserId.random()));
		then(items).should(never()).decide(any(), any(), any());
	}

}
