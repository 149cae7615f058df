package ru.vmeste.notifications.web;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ru.vmeste.notifications.internal.CapturedMails;
import ru.vmeste.shared.PageQuery;

/**
 * The demo's outbox: every mail the portal sent, for administrators, when capturing is on.
 */
@Controller
@ConditionalOnBooleanProperty("vmeste.mail.capture")
class CapturedMailController {

	private final CapturedMails mails;

	private final Clock clock;

	CapturedMailController(CapturedMails mails, Clock clock) {
		this.mails = mails;
		this.clock = clock;
	}

	@GetMapping("/admin/mail")
	String mail(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("mails", mails.latest(PageQuery.of(page, 20)));
		// the region's time, as everywhere else on the portal
		model.addAttribute("zone", clock.getZone());
		return "notifications/captured-mail";
	}

}
