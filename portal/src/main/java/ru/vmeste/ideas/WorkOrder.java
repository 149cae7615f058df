package ru.vmeste.ideas;

import java.time.LocalDate;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.DomainException;

/** The customer and the planned dates the works get. */
public record WorkOrder(OrganizationId customer, LocalDate plannedStart, LocalDate plannedEnd) {

	public WorkOrder {
		if (plannedEnd.isBefore(plannedStart)) {
			throw DomainException.invalid("ideas.works.dates");
		}
	}

}
