package ru.vmeste.reports.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;
import org.springframework.util.unit.DataSize;

import ru.vmeste.reports.ReportsSettings;
import ru.vmeste.reports.Topic;
import ru.vmeste.reports.TopicId;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.support.MovableClock;
import ru.vmeste.territory.Territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;

/**
 * The topic catalog is read from the database once and then from memory: again after a change
 * on this instance has completed, and after the refresh time for another instance's changes.
 */
class TopicsServiceTests {

	private static final Topic POTHOLE = new Topic(new TopicId(UUID.randomUUID()), "pothole", null,
			new LocalizedText("Яма", "Pothole"), 1, true);

	private final TopicStore store = mock(TopicStore.class);

	private final Territory territory = mock(Territory.class);

	private final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T10:00:00Z"));

	private TopicsService topics;

	@BeforeEach
	void catalog() {
		given(territory.currentRegion()).willReturn(Optional.empty());
		given(store.all(any())).willReturn(List.of(POTHOLE));
		topics = new TopicsService(store, territory, clock, new ReportsSettings(new ReportsSettings.Duplicates(100, 0.2),
				DataSize.ofMegabytes(10), DataSize.ofMegabytes(10), 2, 2, Duration.ofMinutes(15), Duration.ofDays(14),
				Duration.ofSeconds(30)));
	}

	@Test
	void readsTheCatalogOnceForEveryQuestion() {
		assertThat(topics.all()).containsExactly(POTHOLE);
		assertThat(topics.find(POTHOLE.id())).contains(POTHOLE);
		assertThat(topics.byCode("pothole")).contains(POTHOLE);
		assertThat(topics.byCode("nothing")).isEmpty();
		then(store).should(times(1)).all(any());
	}

	@Test
	void readsItAgainOnceAChangeHereCompletes() {
		topics.all();
		TransactionSynchronizationManager.initSynchronization();
		try {
			topics.changed();
			topics.all();
			TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(),
					TransactionSynchronization.STATUS_COMMITTED);
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		topics.all();
		then(store).should(times(3)).all(any());
	}

	@Test
	void anotherInstancesChangeShowsAfterTheRefreshTime() {
		topics.all();
		clock.advance(Duration.ofSeconds(29));
		topics.all();
		then(store).should(times(1)).all(any());
		clock.advance(Duration.ofSeconds(2));
		topics.all();
		then(store).should(times(2)).all(any());
	}

}
