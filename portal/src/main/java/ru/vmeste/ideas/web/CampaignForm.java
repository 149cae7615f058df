package ru.vmeste.ideas.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import ru.vmeste.ideas.Campaign;
import ru.vmeste.ideas.CampaignDraft;
import ru.vmeste.ideas.CampaignPhase;
import ru.vmeste.ideas.CampaignSchedule;
import ru.vmeste.ideas.internal.Campaigns;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.DistrictId;

/**
 * The administrator's campaign form; the phases' starts are local times of the region.
 */
record CampaignForm(@Nullable String titleRu, @Nullable String titleEn, @Nullable String descriptionRu,
		@Nullable String descriptionEn, @Nullable Long budget, @Nullable Integer supportThreshold,
		@Nullable List<UUID> districtIds, @Nullable LocalDateTime proposalsAt, @Nullable LocalDateTime supportAt,
		@Nullable LocalDateTime reviewAt, @Nullable LocalDateTime votingAt, @Nullable LocalDateTime implementationAt,
		@Nullable LocalDateTime finishedAt) {

	/** A new campaign's form: proposals from now, then a month for each phase. */
	static CampaignForm fresh(Instant now, ZoneId zone) {
		LocalDateTime start = LocalDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.HOURS);
		return new CampaignForm("", "", "", "", 10_000_000L, 100, List.of(), start, start.plusMonths(1),
				start.plusMonths(2), start.plusMonths(3), start.plusMonths(4), start.plusMonths(12));
	}

	static CampaignForm of(Campaign campaign, ZoneId zone) {
		CampaignSchedule schedule = campaign.schedule();
		return new CampaignForm(campaign.title().ru(), campaign.title().en(), campaign.description().ru(),
				campaign.description().en(), campaign.budget(), campaign.threshold().value(),
				campaign.districts().stream().map(DistrictId::value).toList(), local(schedule, CampaignPhase.PROPOSALS, zone),
				local(schedule, CampaignPhase.SUPPORT, zone), local(schedule, CampaignPhase.REVIEW, zone),
				local(schedule, CampaignPhase.VOTING, zone), local(schedule, CampaignPhase.IMPLEMENTATION, zone),
				local(schedule, CampaignPhase.FINISHED, zone));
	}

	CampaignDraft draft(ZoneId zone) {
		if (titleRu == null || titleRu.isBlank()) {
			throw DomainException.invalid("ideas.campaign.title.required");
		}
		if (descriptionRu == null || descriptionRu.isBlank()) {
			throw DomainException.invalid("ideas.campaign.description.required");
		}
		if (budget == null) {
			throw DomainException.invalid("ideas.campaign.budget.positive");
		}
		if (supportThreshold == null) {
			throw DomainException.invalid("ideas.campaign.threshold.invalid");
		}
		Map<CampaignPhase, Instant> starts = new EnumMap<>(CampaignPhase.class);
		put(starts, CampaignPhase.PROPOSALS, proposalsAt, zone);
		put(starts, CampaignPhase.SUPPORT, supportAt, zone);
		put(starts, CampaignPhase.REVIEW, reviewAt, zone);
		put(starts, CampaignPhase.VOTING, votingAt, zone);
		put(starts, CampaignPhase.IMPLEMENTATION, implementationAt, zone);
		put(starts, CampaignPhase.FINISHED, finishedAt, zone);
		Set<DistrictId> districts = districtIds == null ? Set.of()
				: districtIds.stream().map(DistrictId::new).collect(Collectors.toSet());
		return new CampaignDraft(new LocalizedText(titleRu, titleEn), new LocalizedText(descriptionRu, descriptionEn),
				budget, supportThreshold, districts, new CampaignSchedule(starts));
	}

	private static void put(Map<CampaignPhase, Instant> starts, CampaignPhase phase, @Nullable LocalDateTime at,
			ZoneId zone) {
		if (at != null) {
			starts.put(phase, at.atZone(zone).toInstant());
		}
	}

	private static LocalDateTime local(CampaignSchedule schedule, CampaignPhase phase, ZoneId zone) {
		return LocalDateTime.ofInstant(schedule.startOf(phase), zone);
	}

}
