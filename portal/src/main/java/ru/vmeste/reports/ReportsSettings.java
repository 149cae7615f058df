package ru.vmeste.reports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the Inform service (keys {@code vmeste.reports.*}).
 *
 * @param duplicates when a published appeal is offered as a likely duplicate of a new one
 * @param photoMaxSize the largest photo of an appeal accepted (the multipart limits spring.servlet.multipart.*
 * apply first)
 * @param attachmentMaxSize the largest file of an answer or a rating
 * @param maxReopens how many times the author's "not solved" reopens an appeal; then it closes
 * @param dueSoonDays working days before the deadline from which an appeal is "due soon" in the inbox
 * @param escalationInterval how often reminders, overdue notices and unconfirmed closings are made
 * @param confirmationPeriod how long after an answer the author may rate it; without a rating by
 * then the appeal closes as not confirmed
 * @param topicsRefresh how long another instance's change to the topic catalog may take to show
 * here (this instance's own changes show at once)
 */
@ConfigurationProperties("vmeste.reports")
public record ReportsSettings(@DefaultValue Duplicates duplicates, @DefaultValue("10MB") DataSize photoMaxSize,
		@DefaultValue("10MB") DataSize attachmentMaxSize, @DefaultValue("2") int maxReopens,
		@DefaultValue("2") int dueSoonDays, @DefaultValue("15m") Duration escalationInterval,
		@DefaultValue("14d") Duration confirmationPeriod, @DefaultValue("30s") Duration topicsRefresh) {

	/**
	 * When a published, unresolved appeal of the same topic counts as a likely duplicate.
	 *
	 * @param radius metres around the new appeal's point
	 * @param minSimilarity the pg_trgm similarity of the texts from which it counts (0 to 1)
	 */
	public record Duplicates(@DefaultValue("100") int radius, @DefaultValue("0.2") double minSimilarity) {
	}

}
