package ru.vmeste.reports.routing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.TopicId;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.DistrictId;

/**
 * A routing decision as recorded for an appeal: the rule that made it (or the official who
 * re-routed, and why) and what the rule named.
 *
 * @param previousOrganization where a re-routed appeal came from
 * @param misrouted whether an official later sent the appeal on from here
 */
record RecordedDecision(long id, DecisionKind kind, @Nullable UUID rule, OrganizationId organization,
		@Nullable OrganizationId previousOrganization, @Nullable TopicId topic, @Nullable DistrictId district,
		@Nullable UUID object, @Nullable LocalizedText objectName, @Nullable String reason, @Nullable UserId actor,
		boolean misrouted, Instant at) {
}
