package ru.vmeste.ideas.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.ideas.Campaign;
import ru.vmeste.ideas.CampaignId;
import ru.vmeste.ideas.CampaignDraft;
import ru.vmeste.ideas.CampaignPhase;
import ru.vmeste.ideas.CampaignSchedule;
import ru.vmeste.ideas.SupportThreshold;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.territory.Territory;

/**
 * Campaigns as administrators run them: create and schedule them, edit them, and move them to a
 * later phase by hand; the calendar moves them by their schedule. Phases only move forward.
 */
@Service
@Transactional
public class Campaigns {

	private static final Logger log = LoggerFactory.getLogger(Campaigns.class);

	private final CampaignStore campaigns;

	private final Territory territory;

	private final Clock clock;

	Campaigns(CampaignStore campaigns, Territory territory, Clock clock) {
		this.campaigns = campaigns;
		this.territory = territory;
		this.clock = clock;
	}

	/** A new campaign starts in the phase its schedule says for now. */
	public CampaignId create(CampaignDraft draft, UserId admin) {
		checkDistricts(draft.districts());
		Instant now = clock.instant();
		Campaign campaign = new Campaign(CampaignId.random(), draft.title(), draft.description(),
				draft.schedule().phaseAt(now), draft.schedule(), draft.budget(), draft.districts(),
				new SupportThreshold(draft.supportThreshold()), null, now, now);
		campaigns.insert(campaign, admin.value());
		return campaign.id();
	}

	public void update(CampaignId id, CampaignDraft draft) {
		Campaign before = locked(id);
		if (before.phase().isFinished()) {
			throw DomainException.conflict("ideas.campaign.finished");
		}
		checkDistricts(draft.districts());
		campaigns.update(new Campaign(id, draft.title(), draft.description(), before.phase(), draft.schedule(),
				draft.budget(), draft.districts(), new SupportThreshold(draft.supportThreshold()), before.vote(),
				before.phaseChangedAt(), before.createdAt()));
	}

	/** An administrator moves the campaign to a later phase ahead of (or regardless of) its schedule. */
	public void moveTo(CampaignId id, CampaignPhase phase, UserId admin) {
		Campaign campaign = locked(id);
		if (!campaign.phase().mayMoveTo(phase)) {
			throw DomainException.conflict("ideas.campaign.phase.backwards");
		}
		advance(campaign, phase);
		log.info("Campaign {} moved to {} by {}", id, phase, admin);
	}

	@Transactional(readOnly = true)
	public Campaign find(CampaignId id) {
		return campaigns.find(id).orElseThrow(() -> DomainException.notFound("ideas.campaign.not-found"));
	}

	@Transactional(readOnly = true)
	public Paged<Campaign> page(@Nullable CampaignPhase phase, PageQuery page) {
		return campaigns.page(phase, page);
	}

	/** Moves the campaign into the phase its schedule says for now, if that is later; answers whether it moved. */
	public boolean followSchedule(CampaignId id, Instant now) {
		Campaign campaign = campaigns.lock(id).orElse(null);
		if (campaign == null) {
			return false;
		}
		CampaignPhase due = campaign.schedule().phaseAt(now);
		if (!campaign.phase().mayMoveTo(due)) {
			return false;
		}
		advance(campaign, due);
		return true;
	}

	/** Moves a campaign (read under lock) forward; a no-op when it is there or further already. */
	@Transactional(propagation = Propagation.MANDATORY)
	void advance(Campaign campaign, CampaignPhase phase) {
		if (campaign.phase().mayMoveTo(phase)) {
			campaigns.setPhase(campaign.id(), phase, clock.instant());
		}
	}

	Campaign locked(CampaignId id) {
		return campaigns.lock(id).orElseThrow(() -> DomainException.notFound("ideas.campaign.not-found"));
	}

	private void checkDistricts(Set<DistrictId> districts) {
		for (DistrictId district : districts) {
			if (territory.district(district).isEmpty()) {
				throw DomainException.invalid("ideas.campaign.district.unknown");
			}
		}
	}

}
