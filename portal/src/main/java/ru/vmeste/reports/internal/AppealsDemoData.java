package ru.vmeste.reports.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.moderation.ModerationRequested;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealOutcome;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.Topic;
import ru.vmeste.reports.Topics;
import ru.vmeste.reports.routing.Router;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.territory.District;
import ru.vmeste.territory.Territory;

/**
 * Demo appeals: {@value #COUNT} generated reports in every status spread over the districts of
 * Perm, with texts by topic from {@code demo/reports/appeal-texts.csv} and no personal data. A few are
 * the demo resident's; those waiting for moderation are in the moderators' queue; the published ones
 * are routed by the demo rules, and as far as their status says taken, answered and rated.
 */
@Component
@ConditionalOnBooleanProperty("vmeste.demo-data")
class AppealsDemoData implements ApplicationRunner, Ordered {

	static final int COUNT = 300;

	private static final Logger log = LoggerFactory.getLogger(AppealsDemoData.class);

	private final JdbcClient jdbc;

	private final Topics topics;

	private final Territory territory;

	private final Residents residents;

	private final Router router;

	private final AppealStore appeals;

	private final HandlingStore handling;

	private final AppealLifecycle lifecycle;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AppealsDemoData(JdbcClient jdbc, Topics topics, Territory territory, Residents residents, Router router,
			AppealStore appeals, HandlingStore handling, AppealLifecycle lifecycle, ApplicationEventPublisher events,
			Clock clock) {
		this.appeals = appeals;
		this.handling = handling;
		this.lifecycle = lifecycle;
		this.jdbc = jdbc;
		this.topics = topics;
		this.territory = territory;
		this.residents = residents;
		this.router = router;
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
		List<Topic> reportable = all.stream().filter(topic -> !topic.isGroup()).toList();
		UserId resident = residents.findByEmail("resident@demo.vmeste").orElse(UserId.random());
		Instant now = clock.instant();
		for (int i = 0; i < COUNT; i++) {
			Topic topic = reportable.get(random.nextInt(reportable.size()));
			List<String> topicTexts = texts.getOrDefault(topic.code(), texts.get("pothole"));
			String text = topicTexts.get(random.nextInt(topicTexts.size()));
			GeoPoint point = pointInCity(random);
			District district = territory.locate(point).orElseThrow();
			AppealStatus status = status(i);
			UserId author = i % 60 == 0 ? resident : UserId.random();
			insert(UUID.randomUUID(), topic, district, point, text, status, author, created(status, now, random), random);
		}
		// the demo starts quietly: no reminders about the past
		jdbc.sql("update reports_appeals set reminded_at = ?, overdue_notified_at = ? where routing_decision_id is not null")
			.params(Timestamp.from(now), Timestamp.from(now))
			.update();
		log.info("{} demo appeals created and routed", COUNT);
	}

	/**
	 * Old enough for every step of its history to be in the past: those waiting for an answer
	 * within the last weeks, so that some are due soon and some overdue; those answered within
	 * the confirmation period, so their authors may still rate them; those in moderation fresh.
	 */
	private static Instant created(AppealStatus status, Instant now, Random random) {
		return switch (status) {
			case MODERATION -> now.minus(Duration.ofMinutes(30 + random.nextInt(600)));
			case ROUTED, IN_PROGRESS -> now.minus(Duration.ofDays(1)).minus(Duration.ofMinutes(random.nextInt(60 * 24 * 28)));
			case ANSWERED -> now.minus(Duration.ofDays(6)).minus(Duration.ofMinutes(random.nextInt(60 * 24 * 6)));
			default -> now.minus(Duration.ofDays(14)).minus(Duration.ofMinutes(random.nextInt(60 * 24 * 120)));
		};
	}

	private void insert(UUID id, Topic topic, District district, GeoPoint point, String text, AppealStatus status,
			UserId author, Instant created, Random random) {
		Instant published = created.plus(Duration.ofHours(2));
		Appeal appeal = lifecycle.submit(new AppealStore.NewAppeal(new AppealId(id), topic.id(), author, district.id(),
				point, null, text, "{}", created), false);
		if (residents.contactOf(author).isPresent()) {
			// generated authors are nobody: only the demo resident follows (and is mailed about) their appeals
			appeals.follow(appeal.id(), author, "AUTHOR", created);
		}
		switch (status) {
			case MODERATION -> events.publishEvent(new ModerationRequested(Submissions.MODERATION_KIND, id.toString(),
					text, author, topic.name(), "/appeals/" + id, List.of()));
			case REJECTED -> lifecycle.reject(appeal, "Сообщение не описывает городскую проблему.", null, published);
			default -> handled(lifecycle.publish(appeal, null, published), status, published, random);
		}
	}

	/** Routed by the demo rules, then taken, answered and rated as far as its status says. */
	private void handled(Appeal published, AppealStatus status, Instant at, Random random) {
		router.route(published.id(), at);
		if (status == AppealStatus.ROUTED) {
			return;
		}
		Appeal routed = appeals.find(published.id()).orElseThrow();
		OrganizationId organization = routed.organization();
		Instant taken = at.plus(Duration.ofDays(1));
		handling.enterStage(routed.id(), 0, LocalDate.ofInstant(taken, clock.getZone()).plusDays(3));
		Appeal inWork = lifecycle.take(routed, organization, null, null, taken);
		if (status == AppealStatus.IN_PROGRESS) {
			return;
		}
		Instant answered = at.plus(Duration.ofDays(5));
		String answer = "Работы включены в план и будут выполнены.";
		UUID answerId = UUID.randomUUID();
		jdbc.sql("""
				insert into reports_answers (id, appeal_id, organization_id, official_id, text, created_at)
				values (?, ?, ?, ?, ?, ?)
				""").params(answerId, routed.id().value(), organization.value(), UUID.randomUUID(), answer,
				Timestamp.from(answered)).update();
		Appeal done = lifecycle.answer(inWork, organization, answerId, answer, null, null, answered);
		if (status == AppealStatus.CLOSED) {
			int score = 4 + random.nextInt(2);
			Instant rated = at.plus(Duration.ofDays(12));
			jdbc.sql("""
					insert into reports_ratings (id, appeal_id, answer_id, author_id, score, solved, created_at)
					values (?, ?, ?, ?, ?, true, ?)
					""").params(UUID.randomUUID(), routed.id().value(), answerId, routed.author().value(), score,
					Timestamp.from(rated)).update();
			lifecycle.close(lifecycle.rate(done, organization, score, true, routed.author(), rated), organization,
					AppealOutcome.SOLVED, routed.author(), rated);
		}
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
