package ru.vmeste.works.internal;

import org.springframework.stereotype.Component;

import ru.vmeste.identity.UserId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.works.Work;
import ru.vmeste.works.WorkId;

/**
 * Works an official is about to change: read and locked in the caller's transaction, and only
 * if the official works for the customer organization.
 */
@Component
class WorkAccess {

	private final WorkStore works;

	private final WorkCustomers customers;

	WorkAccess(WorkStore works, WorkCustomers customers) {
		this.works = works;
		this.customers = customers;
	}

	Work editable(WorkId id, UserId official) {
		Work work = works.lock(id).orElseThrow(() -> DomainException.notFound("works.work.not-found"));
		customers.checkMember(official, work.customer());
		return work;
	}

}
