package ru.vmeste.statistics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.organizations.ProductionCalendar;

/**
 * Works out an appeal's figures from its events, whatever order they arrived in: the events are
 * put in the life cycle's order first, so a redelivered or late event gives the same result as
 * one taken in on time. Pure: the production calendar, the zone and "today" come in.
 */
final class AppealFold {

	/** 59-FZ, art. 12: 30 calendar days for an electronic appeal. */
	static final int LEGAL_DAYS = 30;

	/** The appeal's figures, its stays at organizations and its answers. */
	record Folded(AppealFacts facts, List<HandlingFacts> handlings, List<AnswerFact> answers) {
	}

	private final ProductionCalendar calendar;

	private final ZoneId zone;

	AppealFold(ProductionCalendar calendar, ZoneId zone) {
		this.calendar = calendar;
		this.zone = zone;
	}

	Folded fold(List<JournalEntry> events, LocalDate today) {
		if (events.isEmpty()) {
			throw new IllegalArgumentException("An appeal without events");
		}
		List<JournalEntry> ordered = events.stream().sorted(JournalEntry.ORDER).toList();
		State state = new State(ordered.getFirst().appeal(), day(ordered.getFirst().at()));
		ordered.forEach(event -> state.apply(event));
		return state.finish(today);
	}

	/**
	 * The 59-FZ limit: 30 calendar days from the day the appeal reached an organization, moved
	 * to the next working day when it falls on a day off (Civil Code, art. 193) — the rule
	 * reports' deadlines follow.
	 */
	LocalDate legalLimit(LocalDate start) {
		LocalDate limit = start.plusDays(LEGAL_DAYS);
		while (!calendar.isWorkingDay(limit)) {
			limit = limit.plusDays(1);
		}
		return limit;
	}

	private LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, zone);
	}

	/** A stay at an organization while it is being folded. */
	private static final class Stay {

		final int seq;

		final UUID organization;

		final LocalDate receivedOn;

		@Nullable UUID executor;

		@Nullable LocalDate deadline;

		@Nullable LocalDate pausedSince;

		@Nullable LocalDate firstAnsweredOn;

		@Nullable Integer answerWorkingDays;

		@Nullable Boolean onTime;

		@Nullable Boolean withinLegal;

		boolean late;

		boolean reroutedAway;

		int reopens;

		int ratings;

		int ratingSum;

		Stay(int seq, UUID organization, LocalDate receivedOn, @Nullable LocalDate deadline) {
			this.seq = seq;
			this.organization = organization;
			this.receivedOn = receivedOn;
			this.deadline = deadline;
		}

	}

	/** The appeal while its events are applied one by one. */
	private final class State {

		final UUID appeal;

		final LocalDate firstDay;

		long number;

		String status = "MODERATION";

		@Nullable String outcome;

		@Nullable UUID topic;

		@Nullable UUID topicGroup;

		@Nullable UUID district;

		@Nullable Double lat;

		@Nullable Double lon;

		@Nullable LocalDate submittedOn;

		@Nullable LocalDate publishedOn;

		@Nullable LocalDate closedOn;

		@Nullable LocalDate firstRoutedOn;

		@Nullable LocalDate legalDeadline;

		@Nullable LocalDate firstAnsweredOn;

		@Nullable Integer answerWorkingDays;

		@Nullable Boolean onTime;

		@Nullable Boolean withinLegal;

		boolean late;

		int reopens;

		int reroutes;

		int ratings;

		int ratingSum;

		final List<Stay> stays = new ArrayList<>();

		final List<AnswerFact> answers = new ArrayList<>();

		State(UUID appeal, LocalDate firstDay) {
			this.appeal = appeal;
			this.firstDay = firstDay;
		}

		@Nullable Stay current() {
			return stays.isEmpty() ? null : stays.getLast();
		}

		void apply(JournalEntry event) {
			number = event.number();
			status = event.status();
			LocalDate on = day(event.at());
			switch (event.kind()) {
				case SUBMITTED -> {
					submittedOn = on;
					place(event);
				}
				case PUBLISHED -> {
					publishedOn = on;
					place(event);
				}
				case ROUTED -> routed(event, on);
				case ASSIGNED -> whenAt(stay -> stay.executor = event.executor());
				case TAKEN -> whenAt(stay -> {
					if (stay.executor == null) {
						stay.executor = event.executor();
					}
				});
				case INFO_REQUESTED -> whenAt(stay -> stay.pausedSince = on);
				case INFO_PROVIDED -> whenAt(stay -> resumed(stay, on));
				case ANSWERED -> answered(event, on);
				case RATED -> rated(event);
				case REOPENED -> whenAt(stay -> {
					stay.reopens++;
					stay.deadline = event.deadline();
					reopens++;
				});
				case CLOSED -> {
					outcome = event.outcome();
					closedOn = on;
				}
				case RELEASED, REJECTED, MERGED -> {
					// the status says it all
				}
			}
		}

		private void place(JournalEntry event) {
			if (event.topic() != null) {
				topic = event.topic();
				topicGroup = event.topicGroup();
			}
			if (event.district() != null) {
				district = event.district();
			}
			if (event.lat() != null) {
				lat = event.lat();
				lon = event.lon();
			}
		}

		private void routed(JournalEntry event, LocalDate on) {
			Stay previous = current();
			if (previous != null) {
				previous.reroutedAway = true;
				if (previous.firstAnsweredOn == null && previous.deadline != null && on.isAfter(previous.deadline)) {
					previous.late = true;
					late = true;
				}
			}
			if (event.from() != null) {
				reroutes++;
			}
			if (firstRoutedOn == null) {
				firstRoutedOn = on;
				legalDeadline = legalLimit(on);
			}
			stays.add(new Stay(stays.size(), event.organization(), on, event.deadline()));
		}

		/** The clock stood still while the author was asked: the deadline moves on by the working days of the pause. */
		private void resumed(Stay stay, LocalDate on) {
			if (stay.pausedSince != null && stay.deadline != null) {
				stay.deadline = calendar.addWorkingDays(stay.deadline,
						(int) calendar.workingDaysBetween(stay.pausedSince, on));
			}
			stay.pausedSince = null;
		}

		private void answered(JournalEntry event, LocalDate on) {
			Stay stay = current();
			if (stay == null) {
				return;
			}
			boolean inTime = stay.deadline == null || !on.isAfter(stay.deadline);
			if (!inTime) {
				stay.late = true;
				late = true;
			}
			if (stay.firstAnsweredOn == null) {
				stay.firstAnsweredOn = on;
				stay.answerWorkingDays = (int) calendar.workingDaysBetween(stay.receivedOn, on);
				stay.onTime = inTime;
				stay.withinLegal = legalDeadline == null || !on.isAfter(legalDeadline);
			}
			if (firstAnsweredOn == null) {
				firstAnsweredOn = on;
				answerWorkingDays = (int) calendar.workingDaysBetween(firstRoutedOn == null ? on : firstRoutedOn, on);
				onTime = inTime;
				withinLegal = stay.withinLegal;
			}
			if (event.answer() != null) {
				answers.add(new AnswerFact(event.answer(), appeal, event.number(), stay.organization, event.at(), on));
			}
		}

		private void rated(JournalEntry event) {
			if (event.score() == null) {
				return;
			}
			ratings++;
			ratingSum += event.score();
			whenAt(stay -> {
				stay.ratings++;
				stay.ratingSum += event.score();
			});
		}

		private void whenAt(java.util.function.Consumer<Stay> change) {
			Stay stay = current();
			if (stay != null) {
				change.accept(stay);
			}
		}

		Folded finish(LocalDate today) {
			Category category = Category.of(status, outcome);
			boolean open = isOpen(status);
			Stay last = current();
			LocalDate deadline = last == null ? null : last.deadline;
			boolean pastDue = open && deadline != null && deadline.isBefore(today) && last.pausedSince == null;
			List<HandlingFacts> handlings = stays.stream()
				.map(stay -> {
					boolean here = open && stay == last;
					return new HandlingFacts(appeal, stay.seq, stay.organization, stay.executor, stay.receivedOn,
							stay.deadline, legalDeadline, stay.firstAnsweredOn, stay.answerWorkingDays, stay.onTime,
							stay.withinLegal, stay.reroutedAway, stay.reopens, stay.ratings, stay.ratingSum, here,
							stay.late || here && pastDue);
				})
				.toList();
			AppealFacts facts = new AppealFacts(appeal, number, topic, topicGroup, district, lat, lon, status, outcome,
					category, submittedOn == null ? firstDay : submittedOn, publishedOn, closedOn, firstRoutedOn,
					last == null ? null : last.organization, deadline, legalDeadline, firstAnsweredOn, answerWorkingDays,
					onTime, withinLegal, reopens, reroutes, ratings, ratingSum, open, late || pastDue, today);
			return new Folded(facts, handlings,
					answers.stream().sorted(Comparator.comparing(AnswerFact::answeredAt)).toList());
		}

	}

	/** The organization owes an answer: routed, in progress or reopened. */
	static boolean isOpen(String status) {
		return "ROUTED".equals(status) || "IN_PROGRESS".equals(status) || "REOPENED".equals(status);
	}

}
