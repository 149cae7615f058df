package ru.vmeste.ideas;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The support threshold: the support that reaches it moves a published idea on, once; nothing
 * else moves because of supports.
 */
class SupportThresholdTests {

	private final SupportThreshold threshold = new SupportThreshold(3);

	@Test
	void theSupportThatReachesTheThresholdMovesThePublishedIdea() {
		assertThat(threshold.statusAfter(IdeaStatus.PUBLISHED, 2)).isEqualTo(IdeaStatus.PUBLISHED);
		assertThat(threshold.statusAfter(IdeaStatus.PUBLISHED, 3)).isEqualTo(IdeaStatus.THRESHOLD_REACHED);
		assertThat(threshold.statusAfter(IdeaStatus.PUBLISHED, 4)).isEqualTo(IdeaStatus.THRESHOLD_REACHED);
	}

	@Test
	void supportsTakenBackDoNotUndoTheThreshold() {
		assertThat(threshold.statusAfter(IdeaStatus.THRESHOLD_REACHED, 1)).isEqualTo(IdeaStatus.THRESHOLD_REACHED);
	}

	@ParameterizedTest
	@EnumSource(value = IdeaStatus.class, names = "PUBLISHED", mode = EnumSource.Mode.EXCLUDE)
	void onlyAPublishedIdeaMovesBecauseOfSupports(IdeaStatus status) {
		assertThat(threshold.statusAfter(status, 1_000)).isEqualTo(status);
	}

	@Test
	void progressIsInWholePercentCappedAtTheThreshold() {
		assertThat(threshold.percent(0)).isZero();
		assertThat(threshold.percent(1)).isEqualTo(33);
		assertThat(threshold.percent(3)).isEqualTo(100);
		assertThat(threshold.percent(30)).isEqualTo(100);
		assertThat(new SupportThreshold(1_000_000).percent(Integer.MAX_VALUE)).isEqualTo(100);
	}

	@Test
	void aThresholdIsAtLeastOneSupport() {
		assertThatThrownBy(() -> new SupportThreshold(0)).isInstanceOf(IllegalArgumentException.class);
		assertThat(new SupportThreshold(1).reachedBy(1)).isTrue();
	}

}
