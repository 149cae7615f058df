package ru.vmeste.reports.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import ru.vmeste.organizations.ProductionCalendar;
import ru.vmeste.organizations.WorkCalendar;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.internal.Handling;
import ru.vmeste.reports.internal.HandlingStore;
import ru.vmeste.reports.internal.HandlingStore.Dates;

/**
 * The clocks of an appeal's handling, in the region's time zone and working days: which
 * process version it follows and by when it is due, each stage's deadline, and the pause while
 * the resident is asked for information.
 */
@Service
public class Workflow {

	/** The process an appeal follows and its dates from the day it reached the organization. */
	public record Start(ProcessVersion version, Dates dates) {
	}

	private final Processes processes;

	private final WorkCalendar calendar;

	private final HandlingStore handling;

	private final Clock clock;

	Workflow(Processes processes, WorkCalendar calendar, HandlingStore handling, Clock clock) {
		this.processes = processes;
		this.calendar = calendar;
		this.handling = handling;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public LocalDate dayOf(Instant at) {
		return LocalDate.ofInstant(at, clock.getZone());
	}

	/** The version to follow (the one kept, or the topic's current one) and the dates counted from the instant. */
	public Start start(TopicId topic, @Nullable UUID keptVersion, Instant at) {
		ProcessVersion version = keptVersion == null ? processes.forTopic(topic) : processes.version(keptVersion);
		return new Start(version,
				Deadlines.from(calendar.current(), dayOf(at), version.totalDays(), version.remindPercent()));
	}

	public LocalDate stageDeadline(Stage stage, Instant at) {
		return calendar.current().addWorkingDays(dayOf(at), stage.days());
	}

	/** Stops the clock: the resident was asked for more information. */
	public void pause(Handling appeal, Instant at) {
		handling.pause(appeal.appeal(), dayOf(at));
	}

	/** Starts the clock again, every deadline moved on by the working days of the pause. */
	public void resume(Handling appeal, Instant at) {
		LocalDate since = appeal.pausedSince();
		if (since == null) {
			return;
		}
		ProductionCalendar days = calendar.current();
		LocalDate today = dayOf(at);
		handling.resume(appeal.appeal(), moved(days, appeal.deadline(), since, today),
				moved(days, appeal.stageDeadline(), since, today), moved(days, appeal.remindOn(), since, today));
	}

	private static @Nullable LocalDate moved(ProductionCalendar days, @Nullable LocalDate date, LocalDate since,
			LocalDate today) {
		return date == null ? null : Deadlines.afterPause(days, date, since, today);
	}

}
