package ru.vmeste.moderation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of moderation.
 *
 * @param maxSubmissionsPerHour submissions by one author within an hour above which the
 * moderator is told (the spam signal "many submissions")
 * @param autoPublish whether items the automatic checks find nothing in are published without a
 * moderator (flagged ones always wait for one)
 * @param vocabularyRefresh how long another instance's change to the vocabulary may take to show here
 */
@ConfigurationProperties("vmeste.moderation")
public record ModerationSettings(@DefaultValue("5") int maxSubmissionsPerHour, boolean autoPublish,
		@DefaultValue("30s") Duration vocabularyRefresh) {
}
