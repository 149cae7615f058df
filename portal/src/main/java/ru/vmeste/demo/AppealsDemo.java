package ru.vmeste.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.places.Place;
import ru.vmeste.places.Places;
import ru.vmeste.reports.AppealImports;
import ru.vmeste.reports.AppealImports.Answer;
import ru.vmeste.reports.AppealImports.ImportedAppeal;
import ru.vmeste.reports.AppealImports.Rating;
import ru.vmeste.reports.AppealImports.Rejection;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.Topic;
import ru.vmeste.reports.Topics;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.territory.Territory;

/**
 * Demo appeals: {@value #COUNT} generated reports in every status spread over the districts of
 * Perm, with texts by topic from {@code demo/reports/appeal-texts.csv} and no personal data. A
 * few are the demo resident's; those waiting for moderation are in the moderators' queue; the
 * others went through the life cycle — published, routed by the demo rules (after the objects,
 * so street lights, playgrounds and bus stops reach their owners), taken, answered and rated as
 * far as their status says — with every step's events, as imported appeals do. Each is pinned
 * in front of the demo address list's house nearest to a random point, as residents pin
 * problems where they are, and gives that house's address (the places module names it).
 */
@Component
@ConditionalOnBooleanProperty(DemoData.ENABLED)
class AppealsDemo implements Seeder {

	static final int COUNT = 300;

	/** Appeals per transaction: one commit (and one burst of events) for many appeals, yet no giant transaction. */
	private static final int BATCH = 50;

	private final AppealImports appeals;

	private final Topics topics;

	private final Territory territory;

	private final Residents residents;

	private final Clock clock;

	private final Places places;

	AppealsDemo(AppealImports appeals, Topics topics, Territory territory, Residents residents, Clock clock,
			Places places) {
		this.places = places;
		this.appeals = appeals;
		this.topics = topics;
		this.territory = territory;
		this.residents = residents;
		this.clock = clock;
	}

	@Override
	public void seed() {
		UserId resident = residents.findByEmail("resident@demo.vmeste").orElse(null);
		if (resident == null || appeals.hasAppealsOf(resident)) {
			return;
		}
		Random random = new Random(2026);
		Map<String, List<String>> texts = texts();
		List<Topic> reportable = topics.all()
			.stream()
			.filter(topic -> !topic.isGroup() && topic.code().matches("[a-z-]+") && !topic.code().startsWith("events-"))
			.toList();
		Instant now = clock.instant();
		List<GeoPoint> houses = houses();
		List<ImportedAppeal> batch = new ArrayList<>(BATCH);
		for (int i = 0; i < COUNT; i++) {
			Topic topic = reportable.get(random.nextInt(reportable.size()));
			List<String> topicTexts = texts.getOrDefault(topic.code(), texts.get("pothole"));
			String text = topicTexts.get(random.nextInt(topicTexts.size()));
			GeoPoint point = atAHouse(pointInCity(random), houses);
			Place house = places.at(point).address();
			String address = house == null ? null : house.label().ru();
			UserId author = i % 60 == 0 ? resident : UserId.random();
			batch.add(appeal(topic, point, address, text, author, status(i), now, random));
			if (batch.size() == BATCH || i == COUNT - 1) {
				appeals.importAppeals(List.copyOf(batch));
				batch.clear();
			}
		}
	}

	/**
	 * An appeal as far as its status says, each step in the past: those waiting for an answer
	 * from the last weeks, so that some are due soon and some overdue; those answered within the
	 * confirmation period, so their authors may still rate them; those in moderation fresh.
	 */
	private static ImportedAppeal appeal(Topic topic, GeoPoint point, @Nullable String address, String text, UserId author,
			AppealStatus status, Instant now, Random random) {
		Instant submitted = switch (status) {
			case MODERATION -> now.minus(Duration.ofMinutes(30 + random.nextInt(600)));
			case ROUTED, IN_PROGRESS -> now.minus(Duration.ofDays(1)).minus(Duration.ofMinutes(random.nextInt(60 * 24 * 28)));
			case ANSWERED -> now.minus(Duration.ofDays(6)).minus(Duration.ofMinutes(random.nextInt(60 * 24 * 6)));
			default -> now.minus(Duration.ofDays(14)).minus(Duration.ofMinutes(random.nextInt(60 * 24 * 120)));
		};
		Instant published = submitted.plus(Duration.ofHours(2));
		boolean taken = status == AppealStatus.IN_PROGRESS || status == AppealStatus.ANSWERED
				|| status == AppealStatus.CLOSED;
		boolean answered = status == AppealStatus.ANSWERED || status == AppealStatus.CLOSED;
		return new ImportedAppeal(topic.id(), point, address, text, author, submitted,
				status == AppealStatus.REJECTED ? new Rejection("Сообщение не описывает городскую проблему.", published)
						: null,
				status == AppealStatus.MODERATION || status == AppealStatus.REJECTED ? null : published,
				taken ? published.plus(Duration.ofDays(1)) : null,
				answered ? new Answer("Работы включены в план и будут выполнены.", published.plus(Duration.ofDays(5)))
						: null,
				status == AppealStatus.CLOSED ? new Rating(4 + random.nextInt(2), true, published.plus(Duration.ofDays(12)))
						: null);
	}

	/** Every 25th waits for moderation, a few are rejected, most are being worked on or resolved. */
	private static AppealStatus status(int i) {
		return switch (i % 25) {
			case 0 -> AppealStatus.MODERATION;
			case 1 -> AppealStatus.REJECTED;
			case 2, 3, 4, 5, 6, 7, 8, 9, 10 -> AppealStatus.ROUTED;
			case 11, 12, 13, 14, 15, 16, 17 -> AppealStatus.IN_PROGRESS;
			case 18, 19, 20 -> AppealStatus.ANSWERED;
			default -> AppealStatus.CLOSED;
		};
	}

	private GeoPoint pointInCity(Random random) {
		while (true) {
			GeoPoint point = new GeoPoint(57.93 + random.nextDouble() * 0.16, 55.95 + random.nextDouble() * 0.50);
			if (territory.locate(point).isPresent()) {
				return point;
			}
		}
	}

	/** A few metres in front of the house nearest to the point (the point itself when none is in the city). */
	private GeoPoint atAHouse(GeoPoint point, List<GeoPoint> houses) {
		double scale = Math.cos(Math.toRadians(point.lat()));
		GeoPoint nearest = null;
		double best = Double.MAX_VALUE;
		for (GeoPoint house : houses) {
			double dLat = house.lat() - point.lat();
			double dLon = (house.lon() - point.lon()) * scale;
			double distance = dLat * dLat + dLon * dLon;
			if (distance < best) {
				best = distance;
				nearest = house;
			}
		}
		if (nearest == null) {
			return point;
		}
		GeoPoint inFront = new GeoPoint(nearest.lat() + 0.0001, nearest.lon());
		return territory.locate(inFront).isPresent() ? inFront : point;
	}

	/** The houses of the demo address list (street;street_en;house;lat;lon). */
	private static List<GeoPoint> houses() {
		try {
			return new ClassPathResource(PlacesDemo.ADDRESSES).getContentAsString(StandardCharsets.UTF_8)
				.lines()
				.skip(1)
				.map(line -> line.split(";"))
				.filter(row -> row.length >= 5)
				.map(row -> new GeoPoint(Double.parseDouble(row[3]), Double.parseDouble(row[4])))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, List<String>> texts() {
		try {
			Map<String, List<String>> texts = new HashMap<>();
			new ClassPathResource("demo/reports/appeal-texts.csv").getContentAsString(StandardCharsets.UTF_8)
				.lines()
				.skip(1)
				.filter(line -> !line.isBlank())
				.map(line -> line.split(";", 2))
				.forEach(row -> texts.computeIfAbsent(row[0], group -> new ArrayList<>()).add(row[1]));
			return texts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
