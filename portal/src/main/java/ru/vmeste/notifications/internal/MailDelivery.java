package ru.vmeste.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import ru.vmeste.notifications.NotificationsSettings;

/**
 * Hands a composed mail to the SMTP server ({@code spring.mail.*}) and, when
 * {@code vmeste.mail.capture} is on, keeps a copy for the demo's mail page. A failure to
 * send propagates, so the event that asked for the mail is retried later.
 */
@Component
class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final CapturedMails captured;

	private final Clock clock;

	private final boolean capture;

	private final String from;

	MailDelivery(ObjectProvider<JavaMailSender> sender, CapturedMails captured, Clock clock,
			NotificationsSettings settings) {
		this.sender = sender;
		this.captured = captured;
		this.clock = clock;
		this.capture = settings.capture();
		this.from = settings.from();
	}

	void deliver(String to, String subject, String html) {
		deliver(to, subject, html, true, null);
	}

	/**
	 * Sends a mail; {@code keep} false for mails that must leave no copy here even in the demo
	 * (a ballot receipt: the recipient together with their ballot); with an {@code unsubscribe}
	 * address the mail carries RFC 8058's one-click unsubscribe headers.
	 */
	void deliver(String to, String subject, String html, boolean keep, @Nullable String unsubscribe) {
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp != null) {
			smtp.send(message(smtp, to, subject, html, headers(unsubscribe)));
		}
		else if (!capture) {
			log.warn("No SMTP server configured (spring.mail.host): mail to {} not sent", to);
		}
		if (capture && keep) {
			captured.add(to, subject, html, headers(unsubscribe), clock.instant());
		}
	}

	/** RFC 8058's one-click unsubscribe headers for the address; none without one. */
	private static Map<String, String> headers(@Nullable String unsubscribe) {
		if (unsubscribe == null) {
			return Map.of();
		}
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
		headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		return headers;
	}

	private MimeMessage message(JavaMailSender smtp, String to, String subject, String html,
			Map<String, String> headers) {
		MimeMessage message = smtp.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(html, true);
			for (Map.Entry<String, String> header : headers.entrySet()) {
				message.setHeader(header.getKey(), header.getValue());
			}
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
		return message;
	}

}
