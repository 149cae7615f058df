package ru.vmeste.works.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.objects.CityObjects;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.platform.files.FileStore;
import ru.vmeste.platform.images.CleanImage;
import ru.vmeste.platform.images.ImageSanitizer;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.works.RatingSummary;
import ru.vmeste.works.Schedule;
import ru.vmeste.works.Work;
import ru.vmeste.works.WorkId;
import ru.vmeste.works.WorkPlace;
import ru.vmeste.works.WorkStatus;
import ru.vmeste.works.internal.WorkHistory.Change;
import ru.vmeste.works.internal.WorkHistory.Entry;

/**
 * Demo works on real streets of Perm ({@code demo/works/works.csv}) in every status, with dates
 * relative to today so that some are late, documents and photos drawn in code, and residents'
 * ratings of finished works (one yard rated low enough to be flagged for its customer). Works lie
 * on the demo objects of the registry where there is one (so runs after the objects' demo data).
 */
@Component
@ConditionalOnBooleanProperty("vmeste.demo-data")
class WorksDemoData implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(WorksDemoData.class);

	/** Scores residents gave, by the start of a work's title. */
	private static final Map<String, List<Integer>> RATINGS = Map.of("Благоустройство двора дома № 10",
			List.of(2, 1, 2, 3), "Благоустройство парка Горького", List.of(5, 4, 5), "Ремонт Комсомольского проспекта",
			List.of(4, 5, 3, 4), "Ремонт ул. Данщина", List.of(4, 3));

	/** What residents wrote, by score (1 to 5). */
	private static final List<String> COMMENTS = List.of("Работы выполнены небрежно, уже появились трещины.",
			"Лужи после дождя остались, бордюр кривой.", "Хорошо, но делали долго.",
			"Сделали аккуратно, ходить стало удобно.", "Отличный результат, спасибо!");

	/** How far from demo works an object may be to count as the one they are on. */
	private static final double OBJECT_RADIUS_METRES = 150;

	private final WorkStore works;

	private final WorkHistory history;

	private final WorkDocumentStore documents;

	private final WorkPhotoStore photos;

	private final WorkRatingStore ratings;

	private final LowRatedWorks lowRatings;

	private final WorkPlaces places;

	private final Organizations organizations;

	private final CityObjects cityObjects;

	private final FileStore files;

	private final ImageSanitizer sanitizer;

	private final JdbcClient jdbc;

	private final Clock clock;

	WorksDemoData(WorkStore works, WorkHistory history, WorkDocumentStore documents, WorkPhotoStore photos,
			WorkRatingStore ratings, LowRatedWorks lowRatings, WorkPlaces places, Organizations organizations, CityObjects cityObjects, FileStore files,
			ImageSanitizer sanitizer, JdbcClient jdbc, Clock clock) {
		this.works = works;
		this.history = history;
		this.documents = documents;
		this.photos = photos;
		this.ratings = ratings;
		this.lowRatings = lowRatings;
		this.places = places;
		this.organizations = organizations;
		this.cityObjects = cityObjects;
		this.files = files;
		this.sanitizer = sanitizer;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		return 800;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select count(*) from works_works").query(Long.class).single() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		Map<PhotoStage, CleanImage> pictures = new EnumMap<>(PhotoStage.class);
		for (PhotoStage stage : PhotoStage.values()) {
			pictures.put(stage, sanitizer.sanitize(DemoWorkFiles.photo(stage)));
		}
		int created = 0;
		for (DemoWork demo : DemoWork.all()) {
			Organization customer = organizations.byCode(demo.customer()).orElse(null);
			if (customer == null) {
				log.warn("Demo works skipped, no organization {}", demo.customer());
				continue;
			}
			Work work = insert(demo, customer, today);
			attach(work, pictures, today);
			rate(work);
			created++;
		}
		log.info("{} demo works created", created);
	}

	private Work insert(DemoWork demo, Organization customer, LocalDate today) {
		Schedule schedule = demo.schedule(today);
		Instant createdAt = at(earliest(schedule.plannedStart(), today).minusDays(30));
		Work draft = new Work(new WorkId(UUID.randomUUID()), 0, demo.title(), demo.description(), demo.kind(),
				demo.status(), demo.reason(), customer.id(), demo.contractor(), null, demo.funding(today), schedule,
				demo.progress(), place(demo), RatingSummary.none(), null,
				createdAt, createdAt);
		works.insert(draft);
		history.add(draft.id(), new Entry(Change.CREATED, WorkStatus.PLANNED, null, List.of(), customer.id(), null,
				createdAt));
		for (WorkStatus step : steps(demo.status())) {
			history.add(draft.id(), new Entry(Change.STATUS, step, step == demo.status() ? demo.reason() : null, List.of(),
					customer.id(), null, at(dayOf(step, schedule, today))));
		}
		return works.find(draft.id()).orElseThrow();
	}

	/** Where the demo works are, with the registry's object under them (the street repaired, the park improved). */
	private WorkPlace place(DemoWork demo) {
		Geometry shape = places.parse(demo.geometry());
		Point inside = shape.getInteriorPoint();
		List<UUID> touched = cityObjects.nearest(new GeoPoint(inside.getY(), inside.getX()), Set.of(), OBJECT_RADIUS_METRES)
			.map(object -> List.of(object.id().value()))
			.orElse(List.of());
		return places.resolve(shape, touched);
	}

	/** The statuses the works went through to reach theirs. */
	private static List<WorkStatus> steps(WorkStatus status) {
		return switch (status) {
			case PLANNED -> List.of();
			case CONTRACTING -> List.of(WorkStatus.CONTRACTING);
			case IN_PROGRESS -> List.of(WorkStatus.CONTRACTING, WorkStatus.IN_PROGRESS);
			case SUSPENDED -> List.of(WorkStatus.CONTRACTING, WorkStatus.IN_PROGRESS, WorkStatus.SUSPENDED);
			case COMPLETED -> List.of(WorkStatus.CONTRACTING, WorkStatus.IN_PROGRESS, WorkStatus.COMPLETED);
			case ACCEPTED -> List.of(WorkStatus.CONTRACTING, WorkStatus.IN_PROGRESS, WorkStatus.COMPLETED,
					WorkStatus.ACCEPTED);
			case CANCELLED -> List.of(WorkStatus.CANCELLED);
		};
	}

	private static LocalDate dayOf(WorkStatus step, Schedule schedule, LocalDate today) {
		LocalDate started = schedule.actualStart() == null ? today : schedule.actualStart();
		LocalDate ended = schedule.actualEnd() == null ? today : schedule.actualEnd();
		return switch (step) {
			case CONTRACTING -> earliest(schedule.plannedStart(), today).minusDays(20);
			case IN_PROGRESS -> started;
			case SUSPENDED -> earliest(started.plusDays(10), today);
			case COMPLETED -> ended;
			case ACCEPTED -> earliest(ended.plusDays(7), today);
			default -> today.minusDays(3);
		};
	}

	private void attach(Work work, Map<PhotoStage, CleanImage> pictures, LocalDate today) {
		WorkStatus status = work.status();
		Schedule schedule = work.schedule();
		if (status != WorkStatus.PLANNED && status != WorkStatus.CANCELLED) {
			document(work, DocumentKind.PROJECT, "Проектная документация", "project", work.createdAt());
		}
		if (schedule.actualStart() != null) {
			document(work, DocumentKind.CONTRACT, "Муниципальный контракт", "contract", at(schedule.actualStart().minusDays(5)));
			photo(work, PhotoStage.BEFORE, schedule.actualStart().minusDays(2), pictures);
			photo(work, PhotoStage.DURING, earliest(schedule.actualStart().plusDays(7), today), pictures);
		}
		if (schedule.actualEnd() != null) {
			photo(work, PhotoStage.AFTER, schedule.actualEnd(), pictures);
		}
		if (status == WorkStatus.ACCEPTED && schedule.actualEnd() != null) {
			document(work, DocumentKind.ACCEPTANCE_ACT, "Акт приёмки выполненных работ", "acceptance-act",
					at(schedule.actualEnd().plusDays(7)));
		}
	}

	private void document(Work work, DocumentKind kind, String title, String fileName, Instant at) {
		byte[] pdf = DemoWorkFiles.pdf(List.of("Vmeste demo: " + kind.name().replace('_', ' ').toLowerCase(),
				"Works No. " + work.number(), "Customer: " + work.customer(), "This document is generated for the demo."));
		UUID id = UUID.randomUUID();
		documents.insert(id, work.id(), kind, title, at);
		documents.addVersion(id, new WorkDocumentStore.Version(1, files.store(pdf), fileName + "-" + work.number() + ".pdf",
				DocumentFormat.PDF.contentType(), pdf.length, at), null);
	}

	private void photo(Work work, PhotoStage stage, LocalDate day, Map<PhotoStage, CleanImage> pictures) {
		CleanImage image = pictures.get(stage);
		photos.insert(new WorkPhotoStore.Photo(UUID.randomUUID(), work.id(), stage, day, null, files.store(image.bytes()),
				files.store(image.thumbnail()), image.contentType()), image.width(), image.height(), at(day));
	}

	private void rate(Work work) {
		List<Integer> scores = RATINGS.entrySet()
			.stream()
			.filter(entry -> work.title().startsWith(entry.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(List.of());
		Instant at = work.schedule().actualEnd() == null ? clock.instant() : at(work.schedule().actualEnd().plusDays(3));
		for (int i = 0; i < scores.size(); i++) {
			int score = scores.get(i);
			UUID id = UUID.randomUUID();
			ratings.insert(new WorkRatingStore.Rating(id, work.id(), UserId.random(), score,
					COMMENTS.get(score - 1), null, null, null, null, WorkRatingStore.Status.MODERATION, null, at, null));
			ratings.decide(id, WorkRatingStore.Status.PUBLISHED, null, null, at.plusSeconds(3600L * (i + 1)));
			works.addRating(work.id(), score);
		}
		if (!scores.isEmpty()) {
			lowRatings.check(works.find(work.id()).orElseThrow(), at.plusSeconds(3600L * scores.size()));
		}
	}

	private Instant at(LocalDate day) {
		return day.atTime(10, 0).atZone(zone()).toInstant();
	}

	private ZoneId zone() {
		return clock.getZone();
	}

	private static LocalDate earliest(LocalDate date, @Nullable LocalDate other) {
		return other != null && other.isBefore(date) ? other : date;
	}

}
