package ru.vmeste.notifications.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.Contact;
import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;

/**
 * Writes a mail to a user from a template under {@code templates/notifications/mail}, in
 * the user's language; the subject is the message {@code mail.<template>.subject}.
 */
@Component
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final Residents residents;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final MailDelivery delivery;

	Mailer(Residents residents, ITemplateEngine templates, MessageSource messages, MailDelivery delivery) {
		this.residents = residents;
		this.templates = templates;
		this.messages = messages;
		this.delivery = delivery;
	}

	public void send(UserId user, String template, Map<String, Object> model) {
		send(user, template, model, true);
	}

	/** Sends a mail of which no copy may be kept, not even by the demo's mail capture. */
	public void sendUnkept(UserId user, String template, Map<String, Object> model) {
		send(user, template, model, false);
	}

	private void send(UserId user, String template, Map<String, Object> model, boolean keep) {
		Contact contact = residents.contactOf(user).orElse(null);
		if (contact == null) {
			log.warn("No contact for user {}: mail {} not sent", user, template);
			return;
		}
		Map<String, Object> variables = new HashMap<>(model);
		variables.put("name", contact.name());
		String html = templates.process("notifications/mail/" + template, new Context(contact.locale(), variables));
		String subject = subject(template, model, contact.locale());
		delivery.deliver(contact.email(), subject, html, keep);
	}

	/**
	 * The subject says what the mail is about: the appeal's number or the works' title
	 * ({@code {0}}, {@code {1}}), and for a status mail the status ({@code mail.<template>.subject.<status>}).
	 */
	private String subject(String template, Map<String, Object> model, Locale locale) {
		Object[] about = { model.getOrDefault("number", 0L), model.getOrDefault("title", "") };
		String byStatus = model.get("status") == null ? null
				: messages.getMessage("mail." + template + ".subject." + model.get("status"), about, null, locale);
		return byStatus != null ? byStatus : messages.getMessage("mail." + template + ".subject", about, locale);
	}

}
