package ru.vmeste.notifications.internal;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.vmeste.edms.LetterToOrganization;
import ru.vmeste.edms.OrganizationLetters;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.platform.PlatformSettings;
import ru.vmeste.platform.PublicUrl;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.Appeals;
import ru.vmeste.reports.Topics;

/**
 * Mails an appeal to an organization on the e-mail channel, in Russian, with the link to answer
 * it (docs/edms.md, "Delivery channels"). An organization without an e-mail address gets nothing:
 * the administrator is to set one.
 */
@Component
class OrganizationLetterMails {

	private static final Logger log = LoggerFactory.getLogger(OrganizationLetterMails.class);

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private final OrganizationLetters letters;

	private final Organizations organizations;

	private final Appeals appeals;

	private final Topics topics;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final MailDelivery delivery;

	private final PublicUrl links;

	private final ZoneId zone;

	OrganizationLetterMails(OrganizationLetters letters, Organizations organizations, Appeals appeals, Topics topics,
			ITemplateEngine templates, MessageSource messages, MailDelivery delivery, PublicUrl links,
			PlatformSettings platform) {
		this.letters = letters;
		this.organizations = organizations;
		this.appeals = appeals;
		this.topics = topics;
		this.templates = templates;
		this.messages = messages;
		this.delivery = delivery;
		this.links = links;
		this.zone = platform.timeZone();
	}

	@ApplicationModuleListener
	void on(LetterToOrganization sent) {
		OrganizationLetters.Letter letter = letters.find(sent.letter()).orElse(null);
		Organization organization = organizations.find(sent.organization()).orElse(null);
		Appeal appeal = appeals.find(sent.appeal()).orElse(null);
		if (letter == null || organization == null || appeal == null) {
			return;
		}
		String to = organization.contacts().email();
		if (to.isBlank()) {
			log.warn("Organization {} receives appeals by e-mail but has no e-mail address: appeal {} not mailed",
					organization.code(), appeal.number());
			return;
		}
		Map<String, Object> model = new HashMap<>();
		model.put("organization", organization.name().in(RUSSIAN));
		model.put("number", appeal.number());
		model.put("topic", topics.find(appeal.topic()).map(topic -> topic.name().in(RUSSIAN)).orElse(""));
		model.put("text", appeal.text());
		model.put("address", appeal.address());
		model.put("lat", appeal.point().lat());
		model.put("lon", appeal.point().lon());
		model.put("deadline", appeal.deadline());
		model.put("link", links.of("/appeals/" + appeal.id()));
		model.put("reply", letter.replyUrl());
		model.put("expires", letter.expiresAt().atZone(zone).toLocalDate());
		String html = templates.process("notifications/mail/organization-letter", new Context(RUSSIAN, model));
		delivery.deliver(to, messages.getMessage("mail.organization-letter.subject", new Object[] { appeal.number() },
				RUSSIAN), html);
	}

}
