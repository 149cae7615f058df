package ru.vmeste.portal.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import ru.vmeste.portal.PortalSettings;
import ru.vmeste.shared.web.PublicFigure;
import ru.vmeste.shared.web.PublicFigures;
import ru.vmeste.support.MovableClock;
import ru.vmeste.support.Settings;

import static org.assertj.core.api.Assertions.assertThat;

class HomeFiguresTests {

	private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));

	private final AtomicInteger counted = new AtomicInteger();

	private final PublicFigures ballots = () -> List.of(new PublicFigure("ballots", String.valueOf(counted.incrementAndGet()), 31));

	private final PublicFigures residents = () -> List.of(new PublicFigure("residents", "50 000", 10));

	private final HomeFigures figures = new HomeFigures(List.of(ballots, residents), clock,
			Settings.of(PortalSettings.class, "vmeste.home.figures-refresh", "30s"));

	@Test
	void gathersEveryModulesFiguresInTheirOrder() {
		assertThat(figures.current()).extracting(PublicFigure::labelKey).containsExactly("residents", "ballots");
	}

	@Test
	void countsAtMostOncePerRefreshPeriod() {
		assertThat(figures.current()).extracting(PublicFigure::value).contains("1");
		clock.advance(Duration.ofSeconds(29));
		assertThat(figures.current()).extracting(PublicFigure::value).contains("1");
		assertThat(counted).hasValue(1);
		clock.advance(Duration.ofSeconds(1));
		assertThat(figures.current()).extracting(PublicFigure::value).contains("2");
	}

}
