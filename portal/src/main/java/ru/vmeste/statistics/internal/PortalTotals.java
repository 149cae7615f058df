package ru.vmeste.statistics.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

import ru.vmeste.platform.EveryInstance;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.Residents;

import ru.vmeste.reports.Topics;
import ru.vmeste.statistics.PublicTotals;

/**
 * The totals of other modules the summary shows beside the appeal figures (residents, topics,
 * objects, works, votes, ballots, ideas), counted on a schedule of their own
 * ({@code vmeste.statistics.totals-refresh}) and never for a request: counting a million objects
 * is no part of answering a visitor.
 */
@Component
public class PortalTotals {

	private static final Logger log = LoggerFactory.getLogger(PortalTotals.class);

	/** The counts as last taken. */
	public record Snapshot(long residents, long topics, Map<PublicTotals.Total, Long> totals) {

		public long get(PublicTotals.Total total) {
			return totals.getOrDefault(total, 0L);
		}

	}

	private final Residents residents;

	private final Topics topics;

	private final List<PublicTotals> sources;

	private volatile Snapshot snapshot;

	PortalTotals(Residents residents, Topics topics, List<PublicTotals> sources) {
		this.residents = residents;
		this.topics = topics;
		this.sources = sources;
	}

	public Snapshot current() {
		Snapshot taken = snapshot;
		if (taken == null) {
			taken = refresh();
		}
		return taken;
	}

	@EveryInstance
	@Scheduled(fixedDelayString = "${vmeste.statistics.totals-refresh:30s}",
			initialDelayString = "${vmeste.statistics.totals-refresh:30s}")
	Snapshot refresh() {
		Map<PublicTotals.Total, Long> totals = new EnumMap<>(PublicTotals.Total.class);
		for (PublicTotals source : sources) {
			try {
				totals.putAll(source.totals());
			}
			catch (RuntimeException ex) {
				log.warn("A module's totals could not be counted: {}", ex.toString());
			}
		}
		long topicCount = topics.all().stream().filter(topic -> !topic.isGroup() && topic.active()).count();
		Snapshot taken = new Snapshot(residents.countRegistered(), topicCount, Map.copyOf(totals));
		snapshot = taken;
		return taken;
	}


}
