package ru.vmeste.notifications.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.vmeste.platform.PublicUrl;
import ru.vmeste.reports.AppealAnswered;
import ru.vmeste.reports.Appeals;
import ru.vmeste.reports.ReportsSettings;

/**
 * After an answer the author is asked "is it fixed?": the mail carries the answer, links to the
 * appeal's page where the author confirms it or says it is not solved, and says by which day —
 * without a reply within {@code vmeste.reports.confirmation-period} the appeal closes as
 * "answered, not confirmed" (reports' {@code UnconfirmedClosing}), which the statistics count
 * apart from the confirmed.
 */
@Component
class AnswerConfirmationMails {

	private final Mailer mailer;

	private final Appeals appeals;

	private final PublicUrl links;

	private final ReportsSettings settings;

	private final Clock clock;

	AnswerConfirmationMails(Mailer mailer, Appeals appeals, PublicUrl links, ReportsSettings settings, Clock clock) {
		this.mailer = mailer;
		this.appeals = appeals;
		this.links = links;
		this.settings = settings;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AppealAnswered answered) {
		appeals.find(answered.appeal()).ifPresent(appeal -> {
			Map<String, Object> model = new HashMap<>();
			model.put("number", answered.number());
			model.put("answer", answered.text());
			model.put("by", LocalDate.ofInstant(answered.at().plus(settings.confirmationPeriod()), clock.getZone()));
			model.put("link", links.of("/appeals/" + answered.appeal()));
			mailer.send(appeal.author(), "appeal-confirm", model);
		});
	}

}
