package ru.vmeste.reports.internal;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.Appeals;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.geo.BoundingBox;

/**
 * What other modules may ask about appeals.
 */
@Service
@Transactional(readOnly = true)
class AppealsService implements Appeals {

	private final AppealStore appeals;

	private final AreaSubscriptions subscriptions;

	private final AppealSearch search;

	AppealsService(AppealStore appeals, AreaSubscriptions subscriptions, AppealSearch search) {
		this.appeals = appeals;
		this.subscriptions = subscriptions;
		this.search = search;
	}

	@Override
	public Optional<Appeal> find(AppealId id) {
		return appeals.find(id);
	}

	@Override
	public Paged<UserId> followers(AppealId appeal, PageQuery page) {
		return appeals.followers(appeal, page);
	}

	@Override
	public Paged<UserId> subscribersNear(GeoPoint point, PageQuery page) {
		return subscriptions.subscribersNear(point, page);
	}

	@Override
	public Paged<Appeal> publishedWithin(BoundingBox area, PageQuery page) {
		return search.page(new AppealSearch.Filter(Set.of(), null, null, null, null, area), page);
	}

}
