package ru.vmeste.ideas.internal;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.ideas.Idea;
import ru.vmeste.ideas.IdeaStatus;
import ru.vmeste.ideas.IdeaStatusChanged;
import ru.vmeste.shared.DomainException;

/**
 * The one place an idea's status changes: the move is checked against the transition table,
 * stored with its history row and announced as {@link IdeaStatusChanged}, in the caller's
 * transaction (which holds the idea's lock).
 */
@Component
class IdeaLifecycle {

	private final IdeaStore ideas;

	private final IdeaHistory history;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IdeaLifecycle(IdeaStore ideas, IdeaHistory history, ApplicationEventPublisher events, Clock clock) {
		this.ideas = ideas;
		this.history = history;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Moves the idea (read under lock) to the status.
	 *
	 * @param note the public reason, if any
	 * @param ref what the change refers to, e.g. the number of the idea it merged into
	 * @param actor who decided, or null for the portal itself (supports, a vote's result)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void move(Idea idea, IdeaStatus to, IdeaChange change, @Nullable String note, @Nullable String ref,
			@Nullable UserId actor) {
		if (!idea.status().canMoveTo(to)) {
			throw DomainException.conflict("ideas.status.not-allowed", label(idea.status()), label(to));
		}
		Instant now = clock.instant();
		ideas.setStatus(idea.id(), to, now);
		history.add(idea.id(), change, to, note, ref, actor, now);
		events.publishEvent(new IdeaStatusChanged(idea.id(), idea.number(), idea.title(), idea.campaign(), idea.status(),
				to, note, now));
	}

	/** Records a change that keeps the status, e.g. a new cost estimate or another idea merged in. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Idea idea, IdeaChange change, @Nullable String note, @Nullable String ref,
			@Nullable UserId actor) {
		history.add(idea.id(), change, idea.status(), note, ref, actor, clock.instant());
	}

	/** A status's name in the reader's language, resolved where the message is shown. */
	static MessageSourceResolvable label(IdeaStatus status) {
		return new DefaultMessageSourceResolvable(new String[] { "ideas.status." + status.name() }, status.name());
	}

}
