package ru.vmeste.ideas;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ru.vmeste.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.vmeste.ideas.CampaignPhase.FINISHED;
import static ru.vmeste.ideas.CampaignPhase.IMPLEMENTATION;
import static ru.vmeste.ideas.CampaignPhase.PROPOSALS;
import static ru.vmeste.ideas.CampaignPhase.REVIEW;
import static ru.vmeste.ideas.CampaignPhase.SUPPORT;
import static ru.vmeste.ideas.CampaignPhase.VOTING;

/**
 * What may happen in which phase of a campaign, and how the calendar reads its schedule.
 */
class CampaignPhaseTests {

	@ParameterizedTest
	@EnumSource(CampaignPhase.class)
	void residentsProposeOnlyWhileTheCampaignTakesProposals(CampaignPhase phase) {
		assertThat(phase.acceptsProposals()).isEqualTo(phase == PROPOSALS);
	}

	@ParameterizedTest
	@EnumSource(CampaignPhase.class)
	void residentsSupportWhileProposingAndInTheSupportPhaseOnly(CampaignPhase phase) {
		assertThat(phase.acceptsSupports()).isEqualTo(Set.of(PROPOSALS, SUPPORT).contains(phase));
	}

	@ParameterizedTest
	@EnumSource(CampaignPhase.class)
	void expertsReviewOnlyInTheReviewPhase(CampaignPhase phase) {
		assertThat(phase.acceptsReviews()).isEqualTo(phase == REVIEW);
	}

	@ParameterizedTest
	@EnumSource(CampaignPhase.class)
	void theVoteStartsAfterReviewAndBeforeImplementation(CampaignPhase phase) {
		assertThat(phase.mayStartVote()).isEqualTo(Set.of(REVIEW, VOTING).contains(phase));
	}

	@ParameterizedTest
	@EnumSource(CampaignPhase.class)
	void worksAreOrderedOnceTheVoteIsUnderWayOrOver(CampaignPhase phase) {
		assertThat(phase.mayStartWorks()).isEqualTo(Set.of(VOTING, IMPLEMENTATION).contains(phase));
	}

	@ParameterizedTest
	@EnumSource(CampaignPhase.class)
	void commentsCloseWithTheCampaign(CampaignPhase phase) {
		assertThat(phase.acceptsComments()).isEqualTo(phase != FINISHED);
	}

	@Test
	void aCampaignMovesOnlyForward() {
		for (CampaignPhase from : CampaignPhase.values()) {
			for (CampaignPhase to : CampaignPhase.values()) {
				assertThat(from.mayMoveTo(to)).as("%s → %s", from, to).isEqualTo(to.ordinal() > from.ordinal());
			}
		}
	}

	@Test
	void theCalendarSaysThePhaseWhoseStartHasComeLast() {
		Instant start = Instant.parse("2027-03-01T00:00:00Z");
		CampaignSchedule schedule = weekly(start);
		assertThat(schedule.phaseAt(start.minusSeconds(1))).isEqualTo(PROPOSALS);
		assertThat(schedule.phaseAt(start)).isEqualTo(PROPOSALS);
		assertThat(schedule.phaseAt(start.plus(Duration.ofDays(7)))).isEqualTo(SUPPORT);
		assertThat(schedule.phaseAt(start.plus(Duration.ofDays(20)))).isEqualTo(REVIEW);
		assertThat(schedule.phaseAt(start.plus(Duration.ofDays(36)))).isEqualTo(FINISHED);
		assertThat(schedule.endOf(REVIEW)).isEqualTo(schedule.startOf(VOTING));
		assertThat(schedule.endOf(FINISHED)).isNull();
		assertThat(schedule.windows()).extracting(CampaignSchedule.Window::phase).containsExactly(CampaignPhase.values());
	}

	@Test
	void aScheduleNamesEveryPhaseInOrder() {
		Instant start = Instant.parse("2027-03-01T00:00:00Z");
		Map<CampaignPhase, Instant> missing = new EnumMap<>(weekly(start).starts());
		missing.remove(VOTING);
		assertThatThrownBy(() -> new CampaignSchedule(missing)).isInstanceOf(DomainException.class)
			.hasMessage("ideas.campaign.schedule.missing");
		Map<CampaignPhase, Instant> swapped = new EnumMap<>(weekly(start).starts());
		swapped.put(SUPPORT, start.plus(Duration.ofDays(30)));
		assertThatThrownBy(() -> new CampaignSchedule(swapped)).isInstanceOf(DomainException.class)
			.hasMessage("ideas.campaign.schedule.order");
	}

	@Test
	void ideasOutsideTheTransitionTableAreRefused() {
		assertThat(IdeaStatus.MODERATION.canMoveTo(IdeaStatus.PUBLISHED)).isTrue();
		assertThat(IdeaStatus.MODERATION.canMoveTo(IdeaStatus.FEASIBLE)).isFalse();
		assertThat(IdeaStatus.PUBLISHED.canMoveTo(IdeaStatus.FEASIBLE)).as("review needs the threshold").isFalse();
		assertThat(IdeaStatus.THRESHOLD_REACHED.canMoveTo(IdeaStatus.PUBLISHED)).as("the threshold stays reached").isFalse();
		assertThat(IdeaStatus.FEASIBLE.canMoveTo(IdeaStatus.ON_BALLOT)).isTrue();
		assertThat(IdeaStatus.ON_BALLOT.canMoveTo(IdeaStatus.IN_WORK)).as("only a selected project").isFalse();
		assertThat(IdeaStatus.SELECTED.canMoveTo(IdeaStatus.IN_WORK)).isTrue();
		assertThat(IdeaStatus.IN_WORK.canMoveTo(IdeaStatus.DONE)).isTrue();
		for (IdeaStatus end : EnumSet.of(IdeaStatus.DONE, IdeaStatus.MERGED, IdeaStatus.REJECTED, IdeaStatus.NOT_SELECTED)) {
			for (IdeaStatus to : IdeaStatus.values()) {
				assertThat(end.canMoveTo(to)).as("%s is final", end).isFalse();
			}
		}
	}

	@ParameterizedTest
	@EnumSource(IdeaStatus.class)
	void supportsAreOpenWhilePublishedOrOverTheThreshold(IdeaStatus status) {
		assertThat(status.acceptsSupports())
			.isEqualTo(status == IdeaStatus.PUBLISHED || status == IdeaStatus.THRESHOLD_REACHED);
	}

	private static CampaignSchedule weekly(Instant start) {
		Map<CampaignPhase, Instant> starts = new EnumMap<>(CampaignPhase.class);
		for (CampaignPhase phase : CampaignPhase.values()) {
			starts.put(phase, start.plus(Duration.ofDays(7L * phase.ordinal())));
		}
		return new CampaignSchedule(starts);
	}

}
