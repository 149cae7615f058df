package ru.vmeste.reports.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.EmailConfirmed;

/**
 * Releases an author's held appeals to moderation once their e-mail is confirmed.
 */
@Component
class HeldAppeals {

	private final Submissions submissions;

	HeldAppeals(Submissions submissions) {
		this.submissions = submissions;
	}

	@ApplicationModuleListener
	void on(EmailConfirmed confirmed) {
		submissions.release(confirmed.user());
	}

}
