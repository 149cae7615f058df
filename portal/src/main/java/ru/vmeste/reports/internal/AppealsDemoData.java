package ru.vmeste.reports.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.moderation.ModerationRequested;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.Topic;
import ru.vmeste.reports.Topics;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.territory.District;
import ru.vmeste.territory.Territory;

/**
 * Demo appeals: {@value #COUNT} generated reports in every status spread over the districts of
 * Perm, with texts by topic from {@code demo/reports/appeal-texts.csv} and no personal data. A few are
 * the demo resident's; those waiting for moderation are in the moderators' queue.
 */
@Component
@ConditionalOnBooleanProperty("vmeste.demo-data")
class AppealsDemoData implements ApplicationRunner, Ordered {

	static final int COUNT = 300;

	private static final Logger log = LoggerFactory.getLogger(AppealsDemoData.class);

	/** The demo organization that answers each group of topics (district administrations answer yards). */
	private static final Map<String, String> ORGANIZATIONS = Map.of("roads", "perm-roads", "lighting", "perm-light",
			"waste", "perm-waste", "transport", "perm-transport", "order", "perm-order", "parks", "perm-greenery",
			"housing", "perm-housing");

	private final JdbcClient jdbc;

	private final Topics topics;

	private final Territory territory;

	private final Organizations organizations;

	private final Residents residents;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AppealsDemoData(JdbcClient jdbc, Topics topics, Territory territory, Organizations organizations,
			Residents residents, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.topics = topics;
		this.territory = territory;
		this.organizations = organizations;
		this.residents = residents;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		return 510;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select count(*) from reports_appeals").query(Long.class).single() > 0) {
			return;
		}
		Random random = new Random(2026);
		Map<String, List<String>> texts = texts();
		List<Topic> all = topics.all();
		Map<UUID, String> groupCodes = new HashMap<>();
		all.stream().filter(Topic::isGroup).forEach(group -> groupCodes.put(group.id().value(), group.code()));
		List<Topic> reportable = all.stream().filter(topic -> !topic.isGroup()).toList();
		UserId resident = residents.findByEmail("resident@demo.vmeste").orElse(UserId.random());
		Instant now = clock.instant();
		for (int i = 0; i < COUNT; i++) {
			Topic topic = reportable.get(random.nextInt(reportable.size()));
			String group = groupCodes.get(topic.parent().value());
			List<String> topicTexts = texts.getOrDefault(topic.code(), texts.get("pothole"));
			String text = topicTexts.get(random.nextInt(topicTexts.size()));
			GeoPoint point = pointInCity(random);
			District district = territory.locate(point).orElseThrow();
			AppealStatus status = status(i);
			UserId author = i % 60 == 0 ? resident : UserId.random();
			// old enough for every step of its history to be in the past; those in moderation are fresh
			Instant created = status == AppealStatus.MODERATION ? now.minus(Duration.ofMinutes(30 + random.nextInt(600)))
					: now.minus(Duration.ofDays(14)).minus(Duration.ofMinutes(random.nextInt(60 * 24 * 120)));
			insert(UUID.randomUUID(), topic, group, district, point, text, status, author, created, random);
		}
		log.info("{} demo appeals created", COUNT);
	}

	private void insert(UUID id, Topic topic, String group, District district, GeoPoint point, String text,
			AppealStatus status, UserId author, Instant created, Random random) {
		Instant published = created.plus(Duration.ofHours(2));
		Organization organization = status == AppealStatus.ROUTED && random.nextBoolean() ? null
				: organizations.byCode(ORGANIZATIONS.getOrDefault(group, "perm-district-" + district.code()))
					.orElse(null);
		boolean routed = status.isPublic() && organization != null;
		jdbc.sql("""
				insert into reports_appeals (id, topic_id, author_id, district_id, lat, lon, text, original_text, status,
				    organization_id, routing_rule, created_at, published_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, topic.id().value(), author.value(), district.id().value(), point.lat(), point.lon(), text, text,
					status.name(), routed ? organization.id().value() : null, routed ? "demo" : null,
					Timestamp.from(created), status.isPublic() ? Timestamp.from(published) : null)
			.update();
		history(id, AppealStatus.MODERATION, "SUBMITTED", null, created);
		switch (status) {
			case MODERATION -> events.publishEvent(new ModerationRequested(Submissions.MODERATION_KIND, id.toString(),
					text, author, topic.name(), "/appeals/" + id, List.of()));
			case REJECTED -> history(id, status, "REJECTED", "Сообщение не описывает городскую проблему.", published);
			default -> {
				history(id, AppealStatus.ROUTED, "PUBLISHED", null, published);
				if (routed) {
					history(id, AppealStatus.ROUTED, "ROUTED", null, published.plusSeconds(60));
				}
				if (status == AppealStatus.IN_PROGRESS || status == AppealStatus.ANSWERED || status == AppealStatus.CLOSED) {
					history(id, AppealStatus.IN_PROGRESS, "TAKEN", null, published.plus(Duration.ofDays(1)));
				}
				if (status == AppealStatus.ANSWERED || status == AppealStatus.CLOSED) {
					history(id, AppealStatus.ANSWERED, "ANSWERED", "Работы включены в план и будут выполнены.",
							published.plus(Duration.ofDays(5)));
				}
				if (status == AppealStatus.CLOSED) {
					history(id, AppealStatus.CLOSED, "CLOSED", "Работы выполнены.", published.plus(Duration.ofDays(12)));
				}
			}
		}
	}

	private void history(UUID appeal, AppealStatus status, String change, String note, Instant at) {
		jdbc.sql("insert into reports_appeal_history (appeal_id, status, change, note, at) values (?, ?, ?, ?, ?)")
			.params(appeal, status.name(), change, note, Timestamp.from(at))
			.update();
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
