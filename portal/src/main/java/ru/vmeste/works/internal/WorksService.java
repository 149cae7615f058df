package ru.vmeste.works.internal;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.works.Work;
import ru.vmeste.works.WorkId;
import ru.vmeste.works.Works;

/**
 * What other modules may ask about works.
 */
@Service
@Transactional(readOnly = true)
class WorksService implements Works {

	private final WorkStore works;

	private final WorkSubscriptions subscriptions;

	WorksService(WorkStore works, WorkSubscriptions subscriptions) {
		this.works = works;
		this.subscriptions = subscriptions;
	}

	@Override
	public Optional<Work> find(WorkId id) {
		return works.find(id);
	}

	@Override
	public Paged<UserId> subscribers(WorkId work, PageQuery page) {
		return subscriptions.subscribers(work, page);
	}

}
