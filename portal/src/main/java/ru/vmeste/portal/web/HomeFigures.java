package ru.vmeste.portal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.vmeste.portal.PortalSettings;
import ru.vmeste.shared.web.PublicFigure;
import ru.vmeste.shared.web.PublicFigures;

/**
 * The home page's public figures, gathered from every module at most once per
 * {@code vmeste.home.figures-refresh} (30 s): the home page is the most read page, during a
 * city-wide vote by far, and its counts (ballots, residents) must not cost a count over a
 * growing table per visitor.
 */
@Component
class HomeFigures {

	private record Snapshot(Instant takenAt, List<PublicFigure> figures) {
	}

	private final List<PublicFigures> contributors;

	private final Clock clock;

	private final Duration refresh;

	private volatile Snapshot snapshot = new Snapshot(Instant.MIN, List.of());

	HomeFigures(List<PublicFigures> contributors, Clock clock, PortalSettings settings) {
		this.contributors = contributors;
		this.clock = clock;
		this.refresh = settings.home().figuresRefresh();
	}

	List<PublicFigure> current() {
		Instant now = clock.instant();
		Snapshot taken = snapshot;
		if (!taken.takenAt().plus(refresh).isAfter(now)) {
			taken = new Snapshot(now, contributors.stream()
				.flatMap(contributor -> contributor.figures().stream())
				.sorted(Comparator.comparingInt(PublicFigure::order))
				.toList());
			snapshot = taken;
		}
		return taken.figures();
	}

}
