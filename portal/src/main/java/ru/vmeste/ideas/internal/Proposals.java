package ru.vmeste.ideas.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.ideas.Campaign;
import ru.vmeste.ideas.CampaignId;
import ru.vmeste.ideas.Idea;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.ideas.IdeaKind;
import ru.vmeste.ideas.IdeaStatus;
import ru.vmeste.ideas.Proposal;
import ru.vmeste.ideas.internal.IdeaPlaces.Place;
import ru.vmeste.moderation.ModerationRequested;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.Appeals;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;

/**
 * Residents propose ideas: checked (the campaign takes proposals, a road has its line, a project
 * its place, a cost is positive), stored for moderation with the ideas that likely say the same,
 * and followed by their author.
 */
@Service
public class Proposals {

	/** The kind ideas have in the moderation queue. */
	static final String MODERATION_KIND = "IDEA";

	private final IdeaStore ideas;

	private final IdeaHistory history;

	private final CampaignStore campaigns;

	private final IdeaPlaces places;

	private final SimilarIdeas similar;

	private final Following following;

	private final Appeals appeals;

	private final Thresholds thresholds;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Proposals(IdeaStore ideas, IdeaHistory history, CampaignStore campaigns, IdeaPlaces places, SimilarIdeas similar,
			Following following, Appeals appeals, Thresholds thresholds, MessageSource messages,
			ApplicationEventPublisher events, Clock clock) {
		this.ideas = ideas;
		this.history = history;
		this.campaigns = campaigns;
		this.places = places;
		this.similar = similar;
		this.following = following;
		this.appeals = appeals;
		this.thresholds = thresholds;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/** A resident's own proposal (from their own appeal, if they name one). */
	@Transactional
	public IdeaId propose(Proposal proposal, UserId author) {
		if (proposal.fromAppeal() != null) {
			Appeal appeal = appeals.find(proposal.fromAppeal())
				.orElseThrow(() -> DomainException.invalid("ideas.appeal.unknown"));
			if (!appeal.author().equals(author)) {
				throw DomainException.forbidden("ideas.appeal.not-author");
			}
		}
		return submit(proposal, author);
	}

	/** Stores the idea for moderation; the caller has checked who the author is. */
	IdeaId submit(Proposal proposal, UserId author) {
		Campaign campaign = null;
		if (proposal.campaign() != null) {
			campaign = campaigns.find(proposal.campaign())
				.orElseThrow(() -> DomainException.invalid("ideas.campaign.unknown"));
			if (!campaign.phase().acceptsProposals()) {
				throw DomainException.conflict("ideas.campaign.not-accepting-proposals");
			}
		}
		if (proposal.fromAppeal() != null && ideas.byAppeal(proposal.fromAppeal()).isPresent()) {
			throw DomainException.conflict("ideas.appeal.already-idea");
		}
		Place place = places.resolve(proposal.kind(), proposal.lat(), proposal.lon(), proposal.geometry(), campaign);
		Instant now = clock.instant();
		Idea idea = new Idea(IdeaId.random(), 0, proposal.campaign(), proposal.kind(), proposal.title(), proposal.text(),
				IdeaStatus.MODERATION, author, place.point(), place.line(),
				place.district() == null ? null : place.district().id(), place.objects(), proposal.estimatedCost(), null, 0,
				campaign == null ? thresholds.outsideCampaigns() : campaign.threshold(), null, null, proposal.fromAppeal(), null, null, null, null, new Idea.RatingSummary(0, 0), now, null, now);
		long number = ideas.insert(idea);
		history.add(idea.id(), IdeaChange.PROPOSED, IdeaStatus.MODERATION, null,
				proposal.fromAppeal() == null ? null : proposal.fromAppeal().toString(), author, now);
		following.follow(idea.id(), author);
		events.publishEvent(moderationRequest(idea, number));
		return idea.id();
	}

	/** The title on the first line, the text after it: a moderator's edit of either comes back the same way. */
	private ModerationRequested moderationRequest(Idea idea, long number) {
		List<ModerationRequested.Similar> likely = similar
			.to(idea.title() + " " + idea.text(), idea.point(), idea.campaign(), idea.id())
			.stream()
			.map(found -> new ModerationRequested.Similar(found.id().toString(), "№ " + found.number(), found.title(),
					"/ideas/" + found.id(), found.distanceMetres() == null ? 0 : found.distanceMetres(),
					found.similarity()))
			.toList();
		LocalizedText title = new LocalizedText(label(idea.kind(), number, Locale.forLanguageTag("ru")),
				label(idea.kind(), number, Locale.ENGLISH));
		return new ModerationRequested(MODERATION_KIND, idea.id().toString(), idea.title() + "\n" + idea.text(),
				idea.author(), title, "/ideas/" + idea.id(), likely);
	}

	private String label(IdeaKind kind, long number, Locale locale) {
		return messages.getMessage("ideas.moderation.title", new Object[] {
				messages.getMessage("ideas.kind." + kind.name(), null, kind.name(), locale), number }, locale);
	}

}
