package ru.vmeste.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Point;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import ru.vmeste.objects.CityObjects;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.works.DocumentKind;
import ru.vmeste.works.PhotoStage;
import ru.vmeste.works.Schedule;
import ru.vmeste.works.WorkImports;
import ru.vmeste.works.WorkImports.Document;
import ru.vmeste.works.WorkImports.ImportedWork;
import ru.vmeste.works.WorkImports.Photo;
import ru.vmeste.works.WorkImports.Rating;
import ru.vmeste.works.WorkImports.StatusStep;
import ru.vmeste.works.WorkStatus;

/**
 * Demo works on real streets of Perm ({@code demo/works/works.csv}) in every status, with dates
 * relative to today so that some are late, documents and photos drawn in code, and residents'
 * ratings of finished works (one yard rated low enough to be flagged for its customer). Works lie
 * on the demo objects of the registry where there is one (so they come after the objects).
 */
@Component
@ConditionalOnBooleanProperty(DemoData.ENABLED)
class WorksDemo implements Seeder {

	private static final Logger log = LoggerFactory.getLogger(WorksDemo.class);

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

	private final WorkImports imports;

	private final Organizations organizations;

	private final CityObjects cityObjects;

	private final JsonMapper json;

	private final Clock clock;

	WorksDemo(WorkImports imports, Organizations organizations, CityObjects cityObjects, JsonMapper json,
			Clock clock) {
		this.imports = imports;
		this.organizations = organizations;
		this.cityObjects = cityObjects;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public void seed() {
		List<DemoWork> demo = DemoWork.all();
		boolean seeded = demo.stream()
			.map(DemoWork::customer)
			.distinct()
			.flatMap(code -> organizations.byCode(code).stream())
			.anyMatch(customer -> imports.hasWorksOf(customer.id()));
		if (seeded) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		Map<PhotoStage, byte[]> pictures = new EnumMap<>(PhotoStage.class);
		for (PhotoStage stage : PhotoStage.values()) {
			pictures.put(stage, DemoWorkFiles.photo(stage));
		}
		int created = 0;
		for (DemoWork work : demo) {
			Organization customer = organizations.byCode(work.customer()).orElse(null);
			if (customer == null) {
				log.warn("Demo works skipped, no organization {}", work.customer());
				continue;
			}
			imports.importWork(imported(work, customer, today, pictures));
			created++;
		}
		log.info("{} demo works created", created);
	}

	private ImportedWork imported(DemoWork demo, Organization customer, LocalDate today,
			Map<PhotoStage, byte[]> pictures) {
		Schedule schedule = demo.schedule(today);
		Instant createdAt = at(earliest(schedule.plannedStart(), today).minusDays(30));
		List<StatusStep> steps = steps(demo.status())
			.stream()
			.map(step -> new StatusStep(step, step == demo.status() ? demo.reason() : null, dayOf(step, schedule, today),
					at(dayOf(step, schedule, today))))
			.toList();
		return new ImportedWork(customer.id(), demo.title(), demo.description(), demo.kind(), demo.funding(today),
				demo.contractor(), schedule.plannedStart(), schedule.plannedEnd(), demo.progress(), demo.geometry(),
				touched(demo.geometry()), createdAt, steps, documents(demo, schedule, createdAt),
				photos(schedule, today, pictures), ratings(demo, schedule));
	}

	/** The registry's object the works are on (the street repaired, the park improved), if there is one. */
	private List<UUID> touched(String geometry) {
		Point inside = GeoJson.read(json.readTree(geometry)).getInteriorPoint();
		return cityObjects.nearest(new GeoPoint(inside.getY(), inside.getX()), Set.of(), OBJECT_RADIUS_METRES)
			.map(object -> List.of(object.id().value()))
			.orElse(List.of());
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

	private List<Document> documents(DemoWork demo, Schedule schedule, Instant createdAt) {
		List<Document> documents = new ArrayList<>();
		WorkStatus status = demo.status();
		if (status != WorkStatus.PLANNED && status != WorkStatus.CANCELLED) {
			documents.add(document(demo, DocumentKind.PROJECT, "Проектная документация", "project", createdAt));
		}
		if (schedule.actualStart() != null) {
			documents.add(document(demo, DocumentKind.CONTRACT, "Муниципальный контракт", "contract",
					at(schedule.actualStart().minusDays(5))));
		}
		if (status == WorkStatus.ACCEPTED && schedule.actualEnd() != null) {
			documents.add(document(demo, DocumentKind.ACCEPTANCE_ACT, "Акт приёмки выполненных работ", "acceptance-act",
					at(schedule.actualEnd().plusDays(7))));
		}
		return documents;
	}

	private static Document document(DemoWork demo, DocumentKind kind, String title, String fileName, Instant at) {
		byte[] pdf = DemoWorkFiles.pdf(List.of("Vmeste demo: " + kind.name().replace('_', ' ').toLowerCase(),
				"Customer: " + demo.customer(), "This document is generated for the demo."));
		return new Document(kind, title, fileName + ".pdf", pdf, at);
	}

	private List<Photo> photos(Schedule schedule, LocalDate today, Map<PhotoStage, byte[]> pictures) {
		List<Photo> photos = new ArrayList<>();
		if (schedule.actualStart() != null) {
			photos.add(photo(PhotoStage.BEFORE, schedule.actualStart().minusDays(2), pictures));
			photos.add(photo(PhotoStage.DURING, earliest(schedule.actualStart().plusDays(7), today), pictures));
		}
		if (schedule.actualEnd() != null) {
			photos.add(photo(PhotoStage.AFTER, schedule.actualEnd(), pictures));
		}
		return photos;
	}

	private Photo photo(PhotoStage stage, LocalDate day, Map<PhotoStage, byte[]> pictures) {
		return new Photo(stage, day, pictures.get(stage), at(day));
	}

	private List<Rating> ratings(DemoWork demo, Schedule schedule) {
		List<Integer> scores = RATINGS.entrySet()
			.stream()
			.filter(entry -> demo.title().startsWith(entry.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(List.of());
		Instant at = schedule.actualEnd() == null ? clock.instant() : at(schedule.actualEnd().plusDays(3));
		List<Rating> ratings = new ArrayList<>();
		for (int i = 0; i < scores.size(); i++) {
			ratings.add(new Rating(scores.get(i), COMMENTS.get(scores.get(i) - 1), at.plusSeconds(3600L * (i + 1))));
		}
		return ratings;
	}

	private Instant at(LocalDate day) {
		return day.atTime(10, 0).atZone(clock.getZone()).toInstant();
	}

	private static LocalDate earliest(LocalDate date, @Nullable LocalDate other) {
		return other != null && other.isBefore(date) ? other : date;
	}

}
