package ru.vmeste.notifications.internal;

import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.EmailConfirmationRequested;
import ru.vmeste.identity.PasswordResetRequested;

/**
 * Mails with account links: e-mail confirmation and password reset.
 */
@Component
class AccountMails {

	private final Mailer mailer;

	AccountMails(Mailer mailer) {
		this.mailer = mailer;
	}

	@ApplicationModuleListener
	void on(EmailConfirmationRequested event) {
		mailer.send(event.user(), "confirm-email", Map.of("link", event.confirmationLink()));
	}

	@ApplicationModuleListener
	void on(PasswordResetRequested event) {
		mailer.send(event.user(), "reset-password", Map.of("link", event.resetLink()));
	}

}
