package ru.vmeste.statistics.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One stay of an appeal at an organization, from the day it was routed or sent there (a row of
 * {@code statistics_handlings}); what the organization's figures count.
 *
 * @param seq 0 for the first organization, 1 for the one it was sent on to, …
 * @param executor the official working on it last (staff statistics only)
 * @param answerWorkingDays working days from the day it arrived to the organization's first answer
 * @param answeredOnTime whether that answer came by the working-day deadline then in force
 * @param answeredWithinLegal whether it came within the 59-FZ limit
 * @param reroutedAway the organization sent it on to another
 * @param reopens how often the author's "not solved" reopened it here
 * @param open the organization owes an answer now
 * @param overdue answered late at least once, sent on after its deadline, or open past it
 */
record HandlingFacts(UUID appeal, int seq, UUID organization, @Nullable UUID executor, LocalDate receivedOn,
		@Nullable LocalDate deadline, @Nullable LocalDate legalDeadline, @Nullable LocalDate firstAnsweredOn,
		@Nullable Integer answerWorkingDays, @Nullable Boolean answeredOnTime, @Nullable Boolean answeredWithinLegal,
		boolean reroutedAway, int reopens, int ratings, int ratingSum, boolean open, boolean overdue) {
}
