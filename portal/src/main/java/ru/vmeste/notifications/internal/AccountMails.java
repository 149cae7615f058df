package ru.vmeste.notifications.internal;

import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.EmailConfirmationRequested;
import ru.vmeste.identity.PasswordResetRequested;
import ru.vmeste.identity.RegistrationRepeated;

/**
 * Mails with account links: e-mail confirmation, password reset, and the note to an address's
 * owner that someone registered with it again.
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

	@ApplicationModuleListener
	void on(RegistrationRepeated event) {
		mailer.send(event.user(), "registration-repeated", Map.of("link", event.resetLink()));
	}

}
