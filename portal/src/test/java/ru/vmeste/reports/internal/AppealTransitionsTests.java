package ru.vmeste.reports.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.internal.AppealTransitions.Transition;
import ru.vmeste.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.vmeste.reports.AppealStatus.ANSWERED;
import static ru.vmeste.reports.AppealStatus.CLOSED;
import static ru.vmeste.reports.AppealStatus.HELD;
import static ru.vmeste.reports.AppealStatus.IN_PROGRESS;
import static ru.vmeste.reports.AppealStatus.MERGED;
import static ru.vmeste.reports.AppealStatus.MODERATION;
import static ru.vmeste.reports.AppealStatus.PUBLISHED;
import static ru.vmeste.reports.AppealStatus.REJECTED;
import static ru.vmeste.reports.AppealStatus.REOPENED;
import static ru.vmeste.reports.AppealStatus.ROUTED;

/**
 * The appeal's transition table, spelled out here by hand from the life cycle's rules (not read
 * back from the code): every move listed is allowed, and every other combination of status
 * before, change and status after — all {@code 11 × 23 × 10} of them — is refused.
 */
class AppealTransitionsTests {

	/** The life cycle as the issue and docs/reports.md describe it. */
	static final Set<Transition> EXPECTED = expected();

	private static Set<Transition> expected() {
		Set<Transition> moves = new LinkedHashSet<>();
		move(moves, null, AppealChange.SUBMITTED, HELD);
		move(moves, null, AppealChange.SUBMITTED, MODERATION);
		move(moves, HELD, AppealChange.RELEASED, MODERATION);
		move(moves, MODERATION, AppealChange.TEXT_EDITED, MODERATION);
		move(moves, MODERATION, AppealChange.PUBLISHED, PUBLISHED);
		move(moves, MODERATION, AppealChange.REJECTED, REJECTED);
		move(moves, MODERATION, AppealChange.MERGED, MERGED);
		move(moves, PUBLISHED, AppealChange.ROUTED, ROUTED);
		move(moves, ROUTED, AppealChange.REROUTED, ROUTED);
		move(moves, IN_PROGRESS, AppealChange.REROUTED, ROUTED);
		move(moves, REOPENED, AppealChange.REROUTED, ROUTED);
		move(moves, ROUTED, AppealChange.TAKEN, IN_PROGRESS);
		move(moves, REOPENED, AppealChange.TAKEN, IN_PROGRESS);
		for (AppealStatus open : List.of(ROUTED, IN_PROGRESS, REOPENED)) {
			move(moves, open, AppealChange.ASSIGNED, open);
			move(moves, open, AppealChange.INFO_REQUESTED, open);
			move(moves, open, AppealChange.INFO_PROVIDED, open);
			move(moves, open, AppealChange.COMMENT, open);
			move(moves, open, AppealChange.REMINDED, open);
			move(moves, open, AppealChange.OVERDUE, open);
			move(moves, open, AppealChange.ANSWERED, ANSWERED);
		}
		move(moves, IN_PROGRESS, AppealChange.STAGE, IN_PROGRESS);
		move(moves, IN_PROGRESS, AppealChange.PROMISED, IN_PROGRESS);
		move(moves, ANSWERED, AppealChange.RATED_SOLVED, ANSWERED);
		move(moves, ANSWERED, AppealChange.RATED_NOT_SOLVED, ANSWERED);
		move(moves, ANSWERED, AppealChange.REOPENED, REOPENED);
		move(moves, ANSWERED, AppealChange.CLOSED_SOLVED, CLOSED);
		move(moves, ANSWERED, AppealChange.CLOSED_NOT_SOLVED, CLOSED);
		move(moves, ANSWERED, AppealChange.CLOSED_NOT_CONFIRMED, CLOSED);
		return moves;
	}

	private static void move(Set<Transition> moves, @Nullable AppealStatus from, AppealChange change, AppealStatus to) {
		moves.add(new Transition(from, change, to));
	}

	static Stream<Transition> allowed() {
		return EXPECTED.stream();
	}

	/** Every combination the table must refuse. */
	static Stream<Transition> forbidden() {
		List<AppealStatus> before = new ArrayList<>();
		before.add(null);
		before.addAll(Arrays.asList(AppealStatus.values()));
		List<Transition> refused = new ArrayList<>();
		for (AppealStatus from : before) {
			for (AppealChange change : AppealChange.values()) {
				for (AppealStatus to : AppealStatus.values()) {
					Transition move = new Transition(from, change, to);
					if (!EXPECTED.contains(move)) {
						refused.add(move);
					}
				}
			}
		}
		return refused.stream();
	}

	@ParameterizedTest
	@MethodSource("allowed")
	void allowsEveryMoveOfTheLifeCycle(Transition move) {
		assertThat(AppealTransitions.allows(move.from(), move.change(), move.to())).isTrue();
		assertThat(AppealTransitions.check(move.from(), move.change(), move.to())).isEqualTo(move);
	}

	@ParameterizedTest
	@MethodSource("forbidden")
	void refusesEveryOtherMove(Transition move) {
		assertThat(AppealTransitions.allows(move.from(), move.change(), move.to())).isFalse();
		assertThatThrownBy(() -> AppealTransitions.check(move.from(), move.change(), move.to()))
			.isInstanceOfSatisfying(DomainException.class,
					refusal -> assertThat(refusal.kind()).isEqualTo(DomainException.Kind.CONFLICT));
	}

	@Test
	void theTableHoldsExactlyTheExpectedMoves() {
		assertThat(AppealTransitions.all()).containsExactlyInAnyOrderElementsOf(EXPECTED);
		assertThat(forbidden()).hasSize(11 * AppealChange.values().length * AppealStatus.values().length - EXPECTED.size());
	}

	@Test
	void noMoveLeavesAFinalStatus() {
		assertThat(AppealTransitions.all()).noneMatch(move -> move.from() != null && Set.of(REJECTED, MERGED, CLOSED).contains(move.from()));
	}

	@Test
	void everyStepPublishesAnEventAndEveryRecordKeepsTheStatus() {
		for (Transition move : AppealTransitions.all()) {
			if (!move.change().isStep()) {
				assertThat(move.to()).as(move.change() + " is a record").isEqualTo(move.from());
			}
			else {
				assertThat(move.change().event()).as(move.change() + " names its event").isNotNull();
			}
		}
		assertThat(Arrays.stream(AppealChange.values())).allMatch(change -> AppealTransitions.all()
			.stream()
			.anyMatch(move -> move.change() == change), "every change has a place in the table");
	}

}
