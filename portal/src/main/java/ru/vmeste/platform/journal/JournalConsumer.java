package ru.vmeste.platform.journal;

import java.util.List;

/**
 * Takes the events of one journal stream, in the order their transactions committed, many in one
 * transaction: what it writes to the database commits together with its new position, so each
 * event changes the database once; what it does outside (a mail, a push) may be done again after a
 * failure, as with any outbox. A bean of this type is found and fed by the platform.
 *
 * @param <E> the events of the stream
 */
public interface JournalConsumer<E> {

	/** The stream it reads, e.g. {@code AppealEvent.JOURNAL}. */
	String stream();

	/** Its own stable name: its position is kept under it, so renaming it reads the stream again. */
	String name();

	/**
	 * Takes one event, inside the batch's transaction; throwing rolls the batch back and tries
	 * again. The event is read once for all the stream's consumers: read it, never change it.
	 */
	void accept(E event);

	/**
	 * Takes a batch of events in their order, inside the batch's transaction: one at a time unless
	 * the consumer reads or writes for many events at once (what {@link #accept} says holds here).
	 */
	default void acceptAll(List<E> events) {
		events.forEach(this::accept);
	}

}
