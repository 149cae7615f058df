package ru.vmeste.works.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

import org.springframework.format.annotation.DateTimeFormat;

import ru.vmeste.shared.DomainException;
import ru.vmeste.works.Funding;
import ru.vmeste.works.Work;
import ru.vmeste.works.WorkKind;
import ru.vmeste.works.internal.WorkPlaces;
import ru.vmeste.works.internal.WorkDraft;

/**
 * Works as the customers' form edits them. The place is a point (typed or picked on the map) or
 * a GeoJSON geometry, e.g. the line of a road; city objects are listed by id.
 */
record WorkForm(@Nullable UUID organizationId,
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
		@NotNull(message = "{works.dates.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedStart,
		@NotNull(message = "{works.dates.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedEnd,
		@Min(value = 0, message = "{works.progress.invalid}") @Max(value = 100, message = "{works.progress.invalid}") int progress,
		@Nullable Double lat, @Nullable Double lon,
		@Nullable @Size(max = 200_000, message = "{works.geometry.too-detailed}") String geometry,
		@Nullable @Size(max = 4000, message = "{works.text.too-long}") String objectIds) {

	static WorkForm blank(LocalDate today) {
		return new WorkForm(null, "", "", WorkKind.REPAIR, "", today.getYear(), "", null, null, "", "", today,
				today.plusMonths(3), 0, null, null, "", "");
	}

	static WorkForm of(Work work, String geometryJson) {
		Funding funding = work.funding();
		boolean point = work.place().geometry() instanceof Point;
		return new WorkForm(work.customer().value(), work.title(), work.description(), work.kind(), funding.program(),
				funding.programYear(), funding.source(), funding.budget(), funding.contractAmount(), work.contractor(),
				work.externalRef(), work.schedule().plannedStart(), work.schedule().plannedEnd(), work.progress(),
				point ? work.place().point().lat() : null, point ? work.place().point().lon() : null,
				point ? "" : geometryJson,
				String.join(" ", work.place().objects().stream().map(UUID::toString).toList()));
	}

	WorkDraft draft(WorkPlaces places) {
		return new WorkDraft(title, description == null ? "" : description, kind,
				new Funding(program, programYear, fundingSource, budget, contractAmount), contractor, number,
				plannedStart, plannedEnd, progress, geometry(places), objects(objectIds));
	}

	private @Nullable Geometry geometry(WorkPlaces places) {
		if (geometry != null && !geometry.isBlank()) {
			return places.parse(geometry);
		}
		return lat == null || lon == null ? null : places.point(lat, lon);
	}

	/** Object ids separated by spaces, commas or new lines. */
	static List<UUID> objects(@Nullable String ids) {
		List<UUID> objects = new ArrayList<>();
		if (ids == null || ids.isBlank()) {
			return objects;
		}
		for (String id : ids.strip().split("[\\s,;]+")) {
			try {
				objects.add(UUID.fromString(id));
			}
			catch (IllegalArgumentException ex) {
				throw DomainException.invalid("works.object.unknown", id);
			}
		}
		return objects;
	}

}
