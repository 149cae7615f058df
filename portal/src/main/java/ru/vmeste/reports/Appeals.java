package ru.vmeste.reports;

import java.util.Optional;

import ru.vmeste.identity.UserId;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.geo.BoundingBox;

/**
 * The reports module's API for other modules.
 */
public interface Appeals {

	Optional<Appeal> find(AppealId id);

	/** Who hears about an appeal's changes: its author, its supporters and authors of merged duplicates. */
	Paged<UserId> followers(AppealId appeal, PageQuery page);

	/** Residents whose area subscriptions cover the point. */
	Paged<UserId> subscribersNear(GeoPoint point, PageQuery page);

	/** Published appeals inside the area, newest first: e.g. those reported where works are. */
	Paged<Appeal> publishedWithin(BoundingBox area, PageQuery page);

}
