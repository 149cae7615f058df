package ru.vmeste.reports.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import ru.vmeste.shared.trail.Trail;
import ru.vmeste.shared.trail.TrailSource;
import ru.vmeste.shared.trail.TrailStep;

/**
 * An appeal turned into an idea shows on its page what became of it: the thread from the appeal
 * through the idea and its vote to the works, from the module that keeps the links.
 */
@ControllerAdvice(assignableTypes = AppealPagesController.class)
class AppealTrails {

	private final List<TrailSource> trails;

	private final Clock clock;

	AppealTrails(List<TrailSource> trails, Clock clock) {
		this.trails = trails;
		this.clock = clock;
	}

	@ModelAttribute
	void trail(@PathVariable(required = false) @Nullable UUID id, HttpServletRequest request, Model model,
			Locale locale) {
		if (id == null || !request.getRequestURI().equals("/appeals/" + id)) {
			return;
		}
		model.addAttribute("trail", TrailSource.all(trails, TrailStep.Type.APPEAL, id.toString(), locale)
			.stream()
			.findFirst()
			.orElse(new Trail(List.of())));
		model.addAttribute("trailZone", clock.getZone());
	}

}
