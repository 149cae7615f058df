package ru.vmeste.works.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

import ru.vmeste.shared.DomainException;
import ru.vmeste.works.Funding;
import ru.vmeste.works.Schedule;
import ru.vmeste.works.WorkKind;

/**
 * What a customer says about works when creating or changing them, checked by the domain's
 * rules before anything is stored. The status and actual dates change through status changes.
 *
 * @param geometry where the works are, unless the objects say it
 * @param objects city objects the works touch
 */
public record WorkDraft(String title, String description, WorkKind kind, Funding funding, @Nullable String contractor,
		@Nullable String externalRef, LocalDate plannedStart, LocalDate plannedEnd, int progress,
		@Nullable Geometry geometry, List<UUID> objects) {

	static final int MAX_TITLE = 300;

	static final int MAX_DESCRIPTION = 5000;

	static final int MAX_NAME = 300;

	public WorkDraft {
		title = title.strip();
		description = description.strip();
		contractor = blankToNull(contractor);
		externalRef = blankToNull(externalRef);
		if (title.isEmpty()) {
			throw DomainException.invalid("works.title.required");
		}
		if (title.length() > MAX_TITLE || description.length() > MAX_DESCRIPTION
				|| contractor != null && contractor.length() > MAX_NAME
				|| externalRef != null && externalRef.length() > 100) {
			throw DomainException.invalid("works.text.too-long");
		}
		if (progress < 0 || progress > 100) {
			throw DomainException.invalid("works.progress.invalid");
		}
		Schedule.planned(plannedStart, plannedEnd);
		objects = objects.stream().distinct().toList();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
