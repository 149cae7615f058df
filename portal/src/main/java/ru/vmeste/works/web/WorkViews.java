package ru.vmeste.works.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import ru.vmeste.organizations.Organizations;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.shared.trail.Trail;
import ru.vmeste.shared.trail.TrailSource;
import ru.vmeste.shared.trail.TrailStep;
import ru.vmeste.territory.Territory;
import ru.vmeste.works.Schedule;
import ru.vmeste.works.Timeliness;
import ru.vmeste.works.Work;
import ru.vmeste.works.WorkKind;
import ru.vmeste.works.WorkStatus;
import ru.vmeste.works.DocumentKind;
import ru.vmeste.works.internal.WorkDocumentStore;
import ru.vmeste.works.PhotoStage;
import ru.vmeste.works.internal.WorkPhotoStore;
import ru.vmeste.works.internal.WorkHistory;
import ru.vmeste.works.internal.WorkHistory.Change;
import ru.vmeste.works.internal.WorkHistory.FieldChange;

/**
 * What anyone may see of works, for the API and the pages: never an official's name, only the
 * customer organization. Lateness is computed with today's date in the region's zone.
 */
@Component
class WorkViews {

	/** Works in a list (API.md: works). */
	record Summary(String id, long number, String title, WorkKind kind, WorkStatus status, LocalDate plannedStart,
			LocalDate plannedEnd, @Nullable LocalDate actualStart, @Nullable LocalDate actualEnd,
			@Nullable String contractor, List<String> objectIds, @Nullable String program, String districtId,
			int progress, Timeliness timeliness, boolean overdue, long daysLate, double lat, double lon, Rating rating,
			boolean flagged) {
	}

	/** The average of the published ratings and how many there are. */
	@Schema(name = "WorkRating")
	record Rating(double average, int count) {

		/** The average as whole stars. */
		public int stars() {
			return (int) Math.round(average);
		}

	}

	/** Works with everything about them (API.md: works/{id}). */
	@Schema(name = "WorkDetails")
	record Details(String id, long number, String title, String description, WorkKind kind, WorkStatus status,
			@Nullable String statusReason, LocalDate plannedStart, LocalDate plannedEnd, @Nullable LocalDate actualStart,
			@Nullable LocalDate actualEnd, Timeliness timeliness, boolean overdue, long daysLate, int progress,
			@Nullable String program, @Nullable Integer programYear, @Nullable String fundingSource,
			@Nullable BigDecimal budget, @Nullable BigDecimal contractAmount, Customer customer,
			@Nullable String contractor, @Nullable String externalRef, String districtId, @Nullable String districtName,
			double lat, double lon, @Nullable JsonNode geometry, List<String> objectIds, Rating rating,
			List<DocumentView> documents, List<PhotoView> photos, List<HistoryView> history, Instant createdAt,
			Instant updatedAt, List<TrailStep> trail) {
	}

	/** The customer organization. */
	record Customer(String id, String name) {
	}

	/** A document with the address of its current version and its older versions. */
	record DocumentView(String id, String name, DocumentKind kind, String url, String fileName, String contentType,
			long size, int version, Instant uploadedAt, List<VersionView> versions) {
	}

	record VersionView(int version, String url, String fileName, long size, Instant uploadedAt) {
	}

	record PhotoView(String id, PhotoStage stage, LocalDate takenOn, @Nullable String caption, String url,
			String thumbnailUrl) {
	}

	/** A row of the public history: which organization changed what, when. */
	@Schema(name = "WorkHistoryView")
	record HistoryView(Instant at, @Nullable String organization, Change change, WorkStatus status,
			@Nullable String note, List<FieldChange> changes) {
	}

	/** History rows shown with works; the rest is paged at {@code /api/v1/works/{id}/history}. */
	static final int HISTORY_SHOWN = 50;

	private final Organizations organizations;

	private final Territory territory;

	private final WorkDocumentStore documents;

	private final WorkPhotoStore photos;

	private final WorkHistory history;

	private final List<TrailSource> trails;

	private final Clock clock;

	WorkViews(Organizations organizations, Territory territory, WorkDocumentStore documents, WorkPhotoStore photos,
			WorkHistory history, List<TrailSource> trails, Clock clock) {
		this.trails = trails;
		this.organizations = organizations;
		this.territory = territory;
		this.documents = documents;
		this.photos = photos;
		this.history = history;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	ZoneId zone() {
		return clock.getZone();
	}

	Summary summary(Work work) {
		Schedule schedule = work.schedule();
		LocalDate today = today();
		Timeliness timeliness = schedule.timeliness(work.status(), today);
		return new Summary(work.id().toString(), work.number(), work.title(), work.kind(), work.status(),
				schedule.plannedStart(), schedule.plannedEnd(), schedule.actualStart(), schedule.actualEnd(),
				work.contractor(), objectIds(work), work.funding().program(), work.place().district().value().toString(),
				work.progress(), timeliness, timeliness == Timeliness.OVERDUE, schedule.daysLate(work.status(), today),
				work.place().point().lat(), work.place().point().lon(), rating(work),
				work.flaggedAt() != null);
	}

	Details details(Work work, Locale locale) {
		Schedule schedule = work.schedule();
		LocalDate today = today();
		Timeliness timeliness = schedule.timeliness(work.status(), today);
		String id = work.id().toString();
		return new Details(id, work.number(), work.title(), work.description(), work.kind(), work.status(),
				work.statusReason(), schedule.plannedStart(), schedule.plannedEnd(), schedule.actualStart(),
				schedule.actualEnd(), timeliness, timeliness == Timeliness.OVERDUE, schedule.daysLate(work.status(), today),
				work.progress(), work.funding().program(), work.funding().programYear(), work.funding().source(),
				work.funding().budget(), work.funding().contractAmount(),
				new Customer(work.customer().toString(), organization(work, locale)), work.contractor(),
				work.externalRef(), work.place().district().value().toString(),
				territory.district(work.place().district()).map(district -> district.name().in(locale)).orElse(null),
				work.place().point().lat(), work.place().point().lon(),
				work.place().geometry() == null ? null : GeoJson.write(work.place().geometry()), objectIds(work),
				rating(work), documents(id, work), photos(id, work), history(work, PageQuery.of(0, HISTORY_SHOWN), locale)
					.items(),
				work.createdAt(), work.updatedAt(), trail(work, locale).steps());
	}

	/** The thread the works belong to when they came from a resident's idea (empty otherwise). */
	Trail trail(Work work, Locale locale) {
		return TrailSource.all(trails, TrailStep.Type.WORK, work.id().toString(), locale)
			.stream()
			.findFirst()
			.orElse(new Trail(List.of()));
	}

	Paged<HistoryView> history(Work work, PageQuery page, Locale locale) {
		return history.of(work.id(), page)
			.map(entry -> new HistoryView(entry.at(),
					entry.organization() == null ? null
							: organizations.find(entry.organization()).map(org -> org.name().in(locale)).orElse(null),
					entry.change(), entry.status(), entry.note(), entry.changes()));
	}

	private String organization(Work work, Locale locale) {
		return organizations.find(work.customer()).map(organization -> organization.name().in(locale)).orElse("");
	}

	private List<DocumentView> documents(String id, Work work) {
		String prefix = "/works/" + id + "/documents/";
		return documents.of(work.id())
			.stream()
			.map(document -> {
				WorkDocumentStore.Version current = document.current();
				return new DocumentView(document.id().toString(), document.title(), document.kind(),
						prefix + document.id(), current.fileName(), current.contentType(), current.size(), current.number(),
						current.uploadedAt(),
						document.versions()
							.stream()
							.map(version -> new VersionView(version.number(),
									prefix + document.id() + "?version=" + version.number(), version.fileName(),
									version.size(), version.uploadedAt()))
							.toList());
			})
			.toList();
	}

	private List<PhotoView> photos(String id, Work work) {
		String prefix = "/works/" + id + "/photos/";
		return photos.of(work.id())
			.stream()
			.map(photo -> new PhotoView(photo.id().toString(), photo.stage(), photo.takenOn(), photo.caption(),
					prefix + photo.id(), prefix + photo.id() + "?thumbnail=true"))
			.toList();
	}

	private static Rating rating(Work work) {
		return new Rating(Math.round(work.ratings().average() * 10) / 10.0, work.ratings().count());
	}

	private static List<String> objectIds(Work work) {
		return work.place().objects().stream().map(Object::toString).toList();
	}

}
