package ru.vmeste.voting.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import ru.vmeste.shared.trail.TrailSource;
import ru.vmeste.shared.trail.TrailStep;

/**
 * A vote made of residents' ideas shows on its page where each project came from and where it
 * went: the thread of each (appeal, idea, vote, works), from the module that keeps the links.
 */
@ControllerAdvice(assignableTypes = VotePagesController.class)
class VoteTrails {

	private final List<TrailSource> trails;

	private final Clock clock;

	VoteTrails(List<TrailSource> trails, Clock clock) {
		this.trails = trails;
		this.clock = clock;
	}

	@ModelAttribute
	void trails(@PathVariable(required = false) @Nullable UUID id, Model model, Locale locale) {
		model.addAttribute("trails", id == null ? List.of() : TrailSource.all(trails, TrailStep.Type.VOTE, id.toString(), locale));
		model.addAttribute("trailZone", clock.getZone());
	}

}
