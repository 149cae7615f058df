package ru.vmeste.ideas.internal;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.ideas.Campaign;
import ru.vmeste.ideas.Idea;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.ideas.IdeaStatus;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * Residents support ideas, once each (the database's key says so, also under concurrent
 * clicks), and may take their support back while supports are open. Each change holds the
 * idea's lock, so the count and the threshold move together: the support that reaches the
 * threshold moves the idea to {@link IdeaStatus#THRESHOLD_REACHED}, exactly once.
 */
@Service
@Transactional
public class Supports {

	private final IdeaStore ideas;

	private final SupportStore supports;

	private final CampaignStore campaigns;

	private final IdeaLifecycle lifecycle;

	private final Following following;

	private final Clock clock;

	Supports(IdeaStore ideas, SupportStore supports, CampaignStore campaigns, IdeaLifecycle lifecycle, Following following, Clock clock) {
		this.ideas = ideas;
		this.supports = supports;
		this.campaigns = campaigns;
		this.lifecycle = lifecycle;
		this.following = following;
		this.clock = clock;
	}

	/** Answers the idea's supports after this one. */
	public int support(IdeaId id, UserId user) {
		Idea idea = open(id);
		if (idea.author().equals(user)) {
			throw DomainException.conflict("ideas.support.own");
		}
		if (!supports.insert(id, user, clock.instant())) {
			throw DomainException.conflict("ideas.support.already");
		}
		int count = ideas.addSupports(id, 1);
		IdeaStatus next = idea.threshold().statusAfter(idea.status(), count);
		if (next != idea.status()) {
			lifecycle.move(idea, next, IdeaChange.THRESHOLD_REACHED, null, String.valueOf(count), null);
		}
		following.follow(id, user);
		return count;
	}

	/** Takes a support back; answers the idea's supports afterwards. */
	public int withdraw(IdeaId id, UserId user) {
		open(id);
		if (!supports.delete(id, user)) {
			throw DomainException.notFound("ideas.support.not-found");
		}
		return ideas.addSupports(id, -1);
	}

	@Transactional(readOnly = true)
	public boolean isSupporting(IdeaId idea, UserId user) {
		return supports.exists(idea, user);
	}

	@Transactional(readOnly = true)
	public Paged<UserId> supporters(IdeaId idea, PageQuery page) {
		return supports.supporters(idea, page);
	}

	/** The idea, locked, if it takes supports now: its status and its campaign's phase allow them. */
	private Idea open(IdeaId id) {
		Idea idea = ideas.lock(id)
			.filter(found -> found.status().isPublic())
			.orElseThrow(() -> DomainException.notFound("ideas.idea.not-found"));
		if (!idea.status().acceptsSupports()) {
			throw DomainException.conflict("ideas.support.closed");
		}
		if (idea.campaign() != null) {
			Campaign campaign = campaigns.find(idea.campaign()).orElseThrow();
			if (!campaign.phase().acceptsSupports()) {
				throw DomainException.conflict("ideas.support.wrong-phase");
			}
		}
		return idea;
	}

}
