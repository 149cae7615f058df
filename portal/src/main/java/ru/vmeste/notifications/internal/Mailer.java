package ru.vmeste.notifications.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.Contact;
import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.notifications.MailKind;
import ru.vmeste.notifications.MailMode;
import ru.vmeste.platform.PublicUrl;

/**
 * Writes a mail to a user from a template under {@code templates/notifications/mail}, in the
 * user's language; the subject is the message {@code mail.<template>.subject}. A mail of a
 * {@link MailKind} goes as the person chose: at once with a one-click unsubscribe link (RFC 8058),
 * into their daily or weekly digest ({@link Digests}), or not at all. Essential mails always go
 * at once.
 */
@Component
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final Residents residents;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final MailDelivery delivery;

	private final MailPreferences preferences;

	private final DigestQueue digests;

	private final PublicUrl links;

	Mailer(Residents residents, ITemplateEngine templates, MessageSource messages, MailDelivery delivery,
			MailPreferences preferences, DigestQueue digests, PublicUrl links) {
		this.residents = residents;
		this.templates = templates;
		this.messages = messages;
		this.delivery = delivery;
		this.preferences = preferences;
		this.digests = digests;
		this.links = links;
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
		String subject = messages.getMessage("mail." + template + ".subject", null, contact.locale());
		Optional<MailKind> kind = MailKind.of(template);
		MailMode mode = kind.map(chosen -> preferences.of(user, chosen)).orElse(MailMode.IMMEDIATE);
		switch (mode) {
			case OFF -> log.debug("Mail {} to {} not sent: turned off", template, user);
			case DAILY, WEEKLY -> digests.queue(user, mode, kind.orElseThrow(), subject, number(model), link(model));
			case IMMEDIATE -> {
				Map<String, Object> variables = new HashMap<>(model);
				variables.put("name", contact.name());
				String html = templates.process("notifications/mail/" + template, new Context(contact.locale(), variables));
				String unsubscribe = kind
					.map(chosen -> links.of("/unsubscribe/" + preferences.unsubscribeToken(user, chosen)))
					.orElse(null);
				delivery.deliver(contact.email(), subject, withFooter(html, unsubscribe, contact), keep, unsubscribe);
			}
		}
	}

	/** Sends one digest: the person's waiting mails of the mode, oldest first. */
	void sendDigest(UserId user, MailMode mode, List<DigestQueue.Item> items) {
		Contact contact = residents.contactOf(user).orElse(null);
		if (contact == null) {
			log.warn("No contact for user {}: digest not sent", user);
			return;
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("name", contact.name());
		variables.put("items", items);
		variables.put("weekly", mode == MailMode.WEEKLY);
		String html = templates.process("notifications/mail/digest", new Context(contact.locale(), variables));
		String subject = messages.getMessage("mail.digest." + mode.name().toLowerCase(java.util.Locale.ROOT) + ".subject",
				new Object[] { items.size() }, contact.locale());
		String unsubscribe = links.of("/unsubscribe/" + preferences.unsubscribeToken(user, mode));
		delivery.deliver(contact.email(), subject, withFooter(html, unsubscribe, contact), true, unsubscribe);
	}

	/** Where to stop such mails and where to choose how they come, at the end of the letter. */
	private String withFooter(String html, @Nullable String unsubscribe, Contact contact) {
		if (unsubscribe == null) {
			return html;
		}
		String footer = "<p style=\"font-size:small;color:#555\"><a href=\"" + unsubscribe + "\">"
				+ messages.getMessage("mail.unsubscribe", null, contact.locale()) + "</a> · <a href=\""
				+ links.of("/account/notifications") + "\">" + messages.getMessage("mail.preferences", null, contact.locale())
				+ "</a></p>";
		int end = html.lastIndexOf("</body>");
		return end < 0 ? html + footer : html.substring(0, end) + footer + html.substring(end);
	}

	private static @Nullable Long number(Map<String, Object> model) {
		return model.get("number") instanceof Number number ? number.longValue() : null;
	}

	private static @Nullable String link(Map<String, Object> model) {
		return model.get("link") instanceof String link ? link : null;
	}

}
