package ru.vmeste.reports.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.vmeste.platform.journal.Journal;
import ru.vmeste.reports.AppealEvent;

/** Appends every appeal change to the journal stream {@link AppealEvent#JOURNAL}, in the change's transaction. */
@Component
class AppealJournalWriter {

	private final Journal journal;

	AppealJournalWriter(Journal journal) {
		this.journal = journal;
	}

	@EventListener
	void on(AppealEvent event) {
		journal.append(AppealEvent.JOURNAL, event);
	}

}
