package ru.vmeste.open311.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.reports.AppealId;

/**
 * Reads the service requests and their updates.
 */
@Service
@Transactional(readOnly = true)
public class ServiceRequests {

	private final RequestStore store;

	ServiceRequests(RequestStore store) {
		this.store = store;
	}

	public Optional<ServiceRequest> find(AppealId appeal) {
		return store.find(appeal);
	}

	/** One page (from 1) of the requests matching the query, newest first. */
	public List<ServiceRequest> find(RequestQuery query, int page, int pageSize) {
		return store.find(query, (long) (page - 1) * pageSize, pageSize);
	}

	/** One page (from 1) of the updates between the instants, oldest first; of some requests only, if given. */
	public List<RequestUpdate> updates(Instant from, Instant to, Set<AppealId> appeals, int page, int pageSize) {
		return store.updates(from, to, appeals, (long) (page - 1) * pageSize, pageSize);
	}

}
