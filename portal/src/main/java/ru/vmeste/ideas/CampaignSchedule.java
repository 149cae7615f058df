package ru.vmeste.ideas;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import ru.vmeste.shared.DomainException;

/**
 * When each phase of a campaign starts; a phase ends when the next one starts and the last,
 * {@code FINISHED}, never ends. Every phase has a start, in phase order.
 */
public record CampaignSchedule(Map<CampaignPhase, Instant> starts) {

	/** One phase with its dates, as the API and the pages show it. */
	public record Window(CampaignPhase phase, Instant startsAt, @Nullable Instant endsAt) {
	}

	public CampaignSchedule {
		EnumMap<CampaignPhase, Instant> copy = new EnumMap<>(CampaignPhase.class);
		copy.putAll(starts);
		Instant previous = null;
		for (CampaignPhase phase : CampaignPhase.values()) {
			Instant start = copy.get(phase);
			if (start == null) {
				throw DomainException.invalid("ideas.campaign.schedule.missing", phase.name());
			}
			if (previous != null && !start.isAfter(previous)) {
				throw DomainException.invalid("ideas.campaign.schedule.order", phase.name());
			}
			previous = start;
		}
		starts = Collections.unmodifiableMap(copy);
	}

	/** The phase the calendar says a campaign is in at this moment (the first one before it starts). */
	public CampaignPhase phaseAt(Instant now) {
		CampaignPhase current = CampaignPhase.PROPOSALS;
		for (CampaignPhase phase : CampaignPhase.values()) {
			if (!starts.get(phase).isAfter(now)) {
				current = phase;
			}
		}
		return current;
	}

	public Instant startOf(CampaignPhase phase) {
		return starts.get(phase);
	}

	/** When the phase ends (the next one starts), or null for the last one. */
	public @Nullable Instant endOf(CampaignPhase phase) {
		return phase.ordinal() + 1 < CampaignPhase.values().length ? starts.get(CampaignPhase.values()[phase.ordinal() + 1])
				: null;
	}

	public List<Window> windows() {
		List<Window> windows = new ArrayList<>();
		for (CampaignPhase phase : CampaignPhase.values()) {
			windows.add(new Window(phase, startOf(phase), endOf(phase)));
		}
		return windows;
	}

}
