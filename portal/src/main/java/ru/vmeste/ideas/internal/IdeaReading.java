package ru.vmeste.ideas.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.ideas.Idea;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.shared.trail.Trail;

/**
 * What the module's pages and API read about one idea: the idea, its threshold, its history,
 * the experts' decisions and the thread it belongs to.
 */
@Service
@Transactional(readOnly = true)
public class IdeaReading {

	private final IdeaStore ideas;

	private final IdeaHistory history;

	private final Reviews reviews;

	private final IdeaTrails trails;

	IdeaReading(IdeaStore ideas, IdeaHistory history, Reviews reviews, IdeaTrails trails) {
		this.ideas = ideas;
		this.history = history;
		this.reviews = reviews;
		this.trails = trails;
	}

	public Optional<Idea> find(IdeaId id) {
		return ideas.find(id);
	}

	public List<IdeaHistory.Entry> history(IdeaId idea) {
		return history.of(idea);
	}

	public List<Reviews.Review> reviews(IdeaId idea) {
		return reviews.of(idea);
	}

	public Trail trail(Idea idea, Locale locale) {
		return trails.trailOf(idea, locale);
	}

}
