package ru.vmeste.reports;

import java.time.Instant;

/**
 * One change of an appeal's life cycle, published exactly once per change by the life cycle
 * (never by anyone else), in the transaction that made it. A consumer that wants every change
 * listens to this interface; one that wants a kind listens to its record. Events carry ids and
 * facts, never names or contacts; the full appeal is {@link Appeals#find}.
 */
public sealed interface AppealEvent permits AppealSubmitted, AppealReleased, AppealPublished, AppealRejected,
		AppealMerged, AppealRouted, AppealTaken, AppealAssigned, InformationRequested, InformationProvided,
		AppealAnswered, AppealRated, AppealReopened, AppealClosed {

	AppealId appeal();

	/** The short number residents and officials quote. */
	long number();

	/** The appeal's status after the change. */
	AppealStatus status();

	Instant at();

}
