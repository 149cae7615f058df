package ru.vmeste.works.web;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

import ru.vmeste.shared.geo.BoundingBox;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.works.WorkKind;
import ru.vmeste.works.WorkStatus;
import ru.vmeste.works.internal.WorkSearch;

/**
 * The public filters of the works' map, list and API, as the query string carries them.
 */
record WorkFilters(@Nullable WorkStatus status, @Nullable WorkKind kind, @Nullable String program,
		@Nullable UUID districtId,
		@Nullable @Min(value = 2000, message = "{works.year.invalid}") @Max(value = 2100, message = "{works.year.invalid}") Integer year,
		@Nullable Boolean overdue, @Nullable UUID objectId) {

	WorkFilters {
		program = program == null || program.isBlank() ? null : program.strip();
	}

	/** Whether only overdue works are asked for. */
	public boolean overdueOnly() {
		return Boolean.TRUE.equals(overdue);
	}

	WorkSearch.Filter search(@Nullable String bbox) {
		return new WorkSearch.Filter(status, kind, program, districtId == null ? null : new DistrictId(districtId), year,
				overdueOnly(), bbox == null || bbox.isBlank() ? null : BoundingBox.parse(bbox), Set.of(), false, objectId);
	}

	/** The filters as a query string (without "?"), for links and the map's requests. */
	String query() {
		String query = UriComponentsBuilder.newInstance()
			.queryParamIfPresent("status", Optional.ofNullable(status))
			.queryParamIfPresent("kind", Optional.ofNullable(kind))
			.queryParamIfPresent("program", Optional.ofNullable(program))
			.queryParamIfPresent("districtId", Optional.ofNullable(districtId))
			.queryParamIfPresent("year", Optional.ofNullable(year))
			.queryParamIfPresent("overdue", overdueOnly() ? Optional.of(true) : Optional.empty())
			.queryParamIfPresent("objectId", Optional.ofNullable(objectId))
			.encode()
			.build()
			.getQuery();
		return query == null ? "" : query;
	}

}
