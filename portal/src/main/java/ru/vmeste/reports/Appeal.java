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
 * @param outcome how it ended, once closed
 */
public record Appeal(AppealId id, long number, TopicId topic, UserId author, @Nullable DistrictId district,
		GeoPoint point, @Nullable String address, String text, AppealStatus status, @Nullable AppealId duplicateOf,
		@Nullable OrganizationId organization, @Nullable String routingRule, @Nullable LocalDate deadline,
		int supporters, Instant createdAt, @Nullable Instant publishedAt, @Nullable AppealOutcome outcome) {

	/** Published appeals are everyone's; the others their author's, and moderators' once out of HELD. */
	public boolean isVisibleTo(@Nullable UserId user, boolean moderator) {
		return status.isPublic() || author.equals(user) || moderator && status != AppealStatus.HELD;
	}

	/** The same appeal in another status, as the life cycle just moved it. */
	public Appeal in(AppealStatus next, @Nullable AppealOutcome ending) {
		return new Appeal(id, number, topic, author, district, point, address, text, next, duplicateOf, organization,
				routingRule, deadline, supporters, createdAt, publishedAt, ending == null ? outcome : ending);
	}

}
