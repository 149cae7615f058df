package ru.vmeste.open311.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.Appeals;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.geo.BoundingBox;

/**
 * Lists the appeals published before this module kept its projection (a portal that had appeals
 * when Open311 was added): on a start with no service request yet, every published appeal is
 * written as it is now. Their earlier changes are not updates (the events are gone), and an
 * answer given before shows from its next change on. Later changes come from the events.
 */
@Component
class RequestBackfill implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RequestBackfill.class);

	private static final BoundingBox EVERYWHERE = new BoundingBox(-180, -90, 180, 90);

	private final RequestStore store;

	private final Appeals appeals;

	private final RequestProjection projection;

	private final TransactionTemplate transaction;

	RequestBackfill(RequestStore store, Appeals appeals, RequestProjection projection,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.appeals = appeals;
		this.projection = projection;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!store.isEmpty()) {
			return;
		}
		int written = 0;
		Paged<Appeal> page = appeals.publishedWithin(EVERYWHERE, new PageQuery(0, PageQuery.MAX_SIZE));
		while (!page.items().isEmpty()) {
			for (Appeal appeal : page.items()) {
				Boolean listed = transaction.execute(status -> projection.refresh(appeal.id(),
						appeal.publishedAt() == null ? appeal.createdAt() : appeal.publishedAt()));
				written += Boolean.TRUE.equals(listed) ? 1 : 0;
			}
			if (!page.hasNext()) {
				break;
			}
			page = appeals.publishedWithin(EVERYWHERE, new PageQuery(page.page() + 1, PageQuery.MAX_SIZE));
		}
		if (written > 0) {
			log.info("Open311 lists {} appeals published before it", written);
		}
	}

}
