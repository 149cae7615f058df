package ru.vmeste.works.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import ru.vmeste.works.Funding;
import ru.vmeste.works.WorkKind;
import ru.vmeste.works.internal.WorkPlaces;
import ru.vmeste.works.internal.WorkDraft;

/**
 * Works as the API creates and changes them: the place is {@code lat}/{@code lon} or a GeoJSON
 * {@code geometry} (RFC 7946), and/or city {@code objectIds}; {@code organizationId} is the
 * customer (needed when the official works for several organizations).
 */
record WorkRequest(@Nullable UUID organizationId,
		@NotBlank(message = "{works.title.required}") @Size(max = 300, message = "{works.text.too-long}") String title,
		@Nullable @Size(max = 5000, message = "{works.text.too-long}") String description,
		@NotNull(message = "{works.kind.required}") WorkKind kind,
		@Nullable @Size(max = 200, message = "{works.text.too-long}") String program,
		@Nullable @Min(value = 2000, message = "{works.program-year.invalid}")
		@Max(value = 2100, message = "{works.program-year.invalid}") Integer programYear,
		@Nullable @Size(max = 200, message = "{works.text.too-long}") String fundingSource,
		@Nullable @DecimalMin(value = "0", message = "{works.budget.negative}") BigDecimal budget,
		@Nullable @DecimalMin(value = "0", message = "{works.contract-amount.negative}") BigDecimal contractAmount,
		@Nullable @Size(max = 300, message = "{works.text.too-long}") String contractor,
		@Nullable @Size(max = 100, message = "{works.text.too-long}") String number,
		@NotNull(message = "{works.dates.required}") LocalDate plannedStart,
		@NotNull(message = "{works.dates.required}") LocalDate plannedEnd,
		@Nullable @Min(value = 0, message = "{works.progress.invalid}")
		@Max(value = 100, message = "{works.progress.invalid}") Integer progress,
		@Nullable Double lat, @Nullable Double lon, @Nullable JsonNode geometry, @Nullable List<UUID> objectIds) {

	WorkDraft draft(WorkPlaces places) {
		return new WorkDraft(title, description == null ? "" : description, kind,
				new Funding(program, programYear, fundingSource, budget, contractAmount), contractor, number, plannedStart,
				plannedEnd, progress == null ? 0 : progress,
				geometry != null && !geometry.isNull() ? places.parse(geometry.toString())
						: lat == null || lon == null ? null : places.point(lat, lon),
				objectIds == null ? List.of() : objectIds);
	}

}
