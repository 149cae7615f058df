package ru.vmeste.ideas.web;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.ideas.CampaignId;
import ru.vmeste.ideas.IdeaKind;
import ru.vmeste.ideas.IdeaStatus;
import ru.vmeste.ideas.internal.IdeaSearch;
import ru.vmeste.ideas.internal.IdeaSearch.Order;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.geo.BoundingBox;
import ru.vmeste.territory.DistrictId;

/**
 * The filters and sorting of the ideas list and map, as query parameters of the page and the API.
 *
 * @param outsideCampaigns only ideas proposed outside campaigns
 * @param sort {@code SUPPORTED}, {@code NEWEST} (the default) or {@code NEARBY} (to {@code lat}, {@code lon})
 */
record IdeaFilters(@Nullable UUID campaignId, @Nullable Boolean outsideCampaigns, @Nullable IdeaKind kind,
		@Nullable IdeaStatus status, @Nullable UUID districtId, @Nullable Order sort, @Nullable Double lat,
		@Nullable Double lon) {

	IdeaSearch.Filter filter(@Nullable String bbox) {
		return new IdeaSearch.Filter(campaignId == null ? null : new CampaignId(campaignId),
				Boolean.TRUE.equals(outsideCampaigns), kind, status == null ? Set.of() : Set.of(status),
				districtId == null ? null : new DistrictId(districtId),
				bbox == null || bbox.isBlank() ? null : BoundingBox.parse(bbox));
	}

	public Order order() {
		return sort == null ? Order.NEWEST : sort;
	}

	public @Nullable GeoPoint near() {
		if (lat == null || lon == null) {
			if (sort == Order.NEARBY) {
				throw DomainException.invalid("ideas.sort.nearby-needs-point");
			}
			return null;
		}
		if (!GeoPoint.isValid(lat, lon)) {
			throw DomainException.invalid("ideas.location.invalid");
		}
		return new GeoPoint(lat, lon);
	}

}
