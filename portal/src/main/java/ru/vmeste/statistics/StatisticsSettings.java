package ru.vmeste.statistics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public-control statistics.
 *
 * @param sweepInterval how often open appeals whose deadline has passed are counted as overdue
 * (one instance at a time)
 * @param totalsRefresh how often the other modules' totals (residents, objects, works, ballots,
 * ideas) shown beside the appeal figures are counted again
 * @param countVisitors whether page views are counted as daily unique visitors (no cookies, no
 * stored addresses: a salted hash of address and user agent that changes every day)
 * @param visitorsFlush how often the visitors seen by this instance are written to the database
 * @param figuresFreshFor how long an instance answers the same figures (dashboard, summary,
 * ranking) from memory before computing them again in the background (readers get the previous
 * ones meanwhile), so how far a public figure may lag behind the appeals; 0 reads the rollups
 * for every request
 */
@ConfigurationProperties("vmeste.statistics")
public record StatisticsSettings(@DefaultValue("15m") Duration sweepInterval, @DefaultValue("30s") Duration totalsRefresh,
		@DefaultValue("true") boolean countVisitors, @DefaultValue("10s") Duration visitorsFlush,
		@DefaultValue("5s") Duration figuresFreshFor) {
}
