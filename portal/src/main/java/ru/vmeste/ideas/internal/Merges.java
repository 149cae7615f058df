package ru.vmeste.ideas.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.ideas.Idea;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.ideas.IdeaStatus;
import ru.vmeste.shared.DomainException;

/**
 * Merges an idea into another that says the same: the merged idea keeps its page and history
 * and points to the other; its supporters and followers join the other (each resident once),
 * which may carry the other over its threshold. Both histories record the merge.
 */
@Service
@Transactional
public class Merges {

	private final IdeaStore ideas;

	private final SupportStore supports;

	private final Following following;

	private final IdeaLifecycle lifecycle;

	Merges(IdeaStore ideas, SupportStore supports, Following following, IdeaLifecycle lifecycle) {
		this.ideas = ideas;
		this.supports = supports;
		this.following = following;
		this.lifecycle = lifecycle;
	}

	/** A moderator merges a published idea into another one. */
	public void merge(IdeaId source, IdeaId target, @Nullable String reason, UserId moderator) {
		if (source.equals(target)) {
			throw DomainException.invalid("ideas.merge.same");
		}
		Idea[] both = lockInOrder(source, target);
		Idea from = both[0].id().equals(source) ? both[0] : both[1];
		Idea into = both[0].id().equals(source) ? both[1] : both[0];
		if (!into.status().acceptsMerges()) {
			throw DomainException.conflict("ideas.merge.target-closed");
		}
		if (!java.util.Objects.equals(from.campaign(), into.campaign())) {
			throw DomainException.invalid("ideas.merge.other-campaign");
		}
		mergeLocked(from, into, reason, moderator);
	}

	/** Merges the idea (locked) into the target (locked), whatever their state allows. */
	void mergeLocked(Idea from, Idea into, @Nullable String reason, @Nullable UserId moderator) {
		lifecycle.move(from, IdeaStatus.MERGED, IdeaChange.MERGED, reason, String.valueOf(into.number()), moderator);
		ideas.setDuplicateOf(from.id(), into.id());
		following.moveAll(from.id(), into.id());
		int count = supports.moveAll(from.id(), into.id());
		ideas.setSupports(into.id(), count);
		lifecycle.record(into, IdeaChange.MERGED_IN, null, String.valueOf(from.number()), moderator);
		IdeaStatus next = into.threshold().statusAfter(into.status(), count);
		if (next != into.status()) {
			lifecycle.move(into, next, IdeaChange.THRESHOLD_REACHED, null, String.valueOf(count), null);
		}
	}

	/** Both ideas, locked in the order of their ids so that two merges never wait for each other. */
	Idea[] lockInOrder(IdeaId a, IdeaId b) {
		IdeaId first = a.value().compareTo(b.value()) < 0 ? a : b;
		IdeaId second = first.equals(a) ? b : a;
		Idea one = ideas.lock(first).orElseThrow(() -> DomainException.notFound("ideas.idea.not-found"));
		Idea two = ideas.lock(second).orElseThrow(() -> DomainException.notFound("ideas.idea.not-found"));
		return new Idea[] { one, two };
	}

}
