package ru.vmeste.reports;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.territory.DistrictId;

/**
 * A resident's report of a problem at a point of the city. Its changes are kept as a history;
 * the author is known by id only and never shown publicly.
 *
 * @param number the short number residents and officials quote
 * @param text the public text (a moderator may have edited it)
 * @param organization who answers it, once routed
 * @param routingRule the rule that chose the organization
 * @param supporters residents who reported or support the same problem
 */
public record Appeal(AppealId id, long number, TopicId topic, UserId author, @Nullable DistrictId district,
		GeoPoint point, @Nullable String address, String text, AppealStatus status, @Nullable AppealId duplicateOf,
		@Nullable OrganizationId organization, @Nullable String routingRule, @Nullable LocalDate deadline,
		int supporters, Instant createdAt, @Nullable Instant publishedAt) {

	public boolean isVisibleTo(@Nullable UserId user, boolean moderator) {
		return status.isPublic() || moderator || author.equals(user);
	}

}
