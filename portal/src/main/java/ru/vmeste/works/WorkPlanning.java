package ru.vmeste.works;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;

/**
 * Works planned on behalf of a customer organization by another module, e.g. a project residents
 * selected in a participatory-budget vote. The works are then ordinary works: the customer's
 * officials keep them up to date, and {@link WorkStatusChanged} tells how they go.
 */
public interface WorkPlanning {

	/**
	 * Works to plan.
	 *
	 * @param budget the money planned, in roubles
	 * @param geometry where the works are, unless the objects say it
	 * @param objects city objects the works touch
	 */
	record Plan(String title, String description, WorkKind kind, OrganizationId customer, @Nullable BigDecimal budget,
			LocalDate plannedStart, LocalDate plannedEnd, @Nullable Geometry geometry, List<UUID> objects) {

		public Plan {
			objects = List.copyOf(objects);
		}

	}

	/** Plans the works (status {@link WorkStatus#PLANNED}); {@code by} is who decided, kept in the history. */
	WorkId plan(Plan plan, UserId by);

}
