package ru.vmeste.reports;

import java.time.Instant;

/**
 * One change of an appeal's life cycle, published exactly once per change by the life cycle
 * (never by anyone else), in the transaction that made it. A consumer that wants every change
 * listens to this interface; one that wants a kind listens to its record. Events carry ids and
 * facts, never names or contacts; the full appeal is {@link Appeals#find}.
 * <p>
 * Every change is also appended to the journal stream {@link #JOURNAL} in its transaction:
 * consumers that take every change at the rate appeals come (statistics, the followers' mails
 * and pushes, Open311) read it in batches as a {@code platform.journal.JournalConsumer} instead
 * of listening one event at a time.
 */
public sealed interface AppealEvent permits AppealSubmitted, AppealReleased, AppealPublished, AppealRejected,
		AppealMerged, AppealRouted, AppealTaken, AppealAssigned, InformationRequested, InformationProvided,
		AppealAnswered, AppealRated, AppealReopened, AppealClosed {

	/** The journal stream of appeals' changes. */
	String JOURNAL = "reports.appeals";

	AppealId appeal();

	/** The short number residents and officials quote. */
	long number();

	/** The appeal's status after the change. */
	AppealStatus status();

	Instant at();

}
