package ru.vmeste.reports;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.UserId;
import ru.vmeste.territory.DistrictId;

/**
 * A resident submitted an appeal: it waits for moderation ({@link AppealStatus#MODERATION}), or
 * is {@link AppealStatus#HELD} until its author confirms their e-mail.
 */
public record AppealSubmitted(AppealId appeal, long number, AppealStatus status, TopicId topic,
		@Nullable DistrictId district, UserId author, Instant at) implements AppealEvent {
}
