package ru.vmeste.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.AppealAnswered;
import ru.vmeste.reports.AppealAssigned;
import ru.vmeste.reports.AppealClosed;
import ru.vmeste.reports.AppealEvent;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealOutcome;
import ru.vmeste.reports.AppealPublished;
import ru.vmeste.reports.AppealRated;
import ru.vmeste.reports.AppealRejected;
import ru.vmeste.reports.AppealReopened;
import ru.vmeste.reports.AppealRouted;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.AppealSubmitted;
import ru.vmeste.reports.AppealTaken;
import ru.vmeste.reports.InformationProvided;
import ru.vmeste.reports.InformationRequested;
import ru.vmeste.reports.TopicId;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.territory.DistrictId;

/**
 * Six appeals around the New Year holidays of 2025 whose every figure is worked out by hand
 * below, against the Russian production calendar (Sat 28.12.2024 a working day; 30.12.2024 to
 * 08.01.2025 days off), in Perm's time zone. {@code ORG1} and {@code ORG2} answer them.
 * <pre>
 * A  routed Fri 27.12.2024 12:00, deadline 10 working days: 28.12, 09.01, 10, 13–17, 20, 21 → 21.01.2025
 *    answered 21.01 at 23:59:30, the deadline's last minute: on time, 10 working days; 59-FZ limit
 *    27.12 + 30 = Sun 26.01 → Mon 27.01: within; rated 5 solved 22.01 → closed SOLVED (confirmed)
 * B  as A, answered 22.01 at 00:00:30: one minute late, 11 working days; never rated: closed
 *    NOT_CONFIRMED on 05.02 (not confirmed, overdue)
 * C  routed Mon 13.01, deadline 27.01; answered 15.01 (2 days, on time); "not solved" 16.01 →
 *    reopened, deadline 30.01; answered 20.01; "not solved" 21.01 → reopened again, deadline
 *    04.02; answered 05.02 (late); "not solved" 06.02 → closed NOT_SOLVED (disputed, overdue);
 *    rated 2, 1, 3
 * D  routed Tue 14.01 to ORG2 (deadline 28.01), sent on 16.01 to ORG1 (deadline 30.01); taken and
 *    assigned 17.01; the author asked 20.01 and replied 23.01: 3 working days of pause, deadline
 *    → 04.02; answered 03.02: on time, 12 working days at ORG1, 14 from the first routing
 *    (awaiting the author's confirmation); limit 14.01 + 30 = Thu 13.02: within
 * E  routed Mon 20.01 to ORG2, deadline 03.02, never answered: open and overdue
 * F  submitted 21.01, rejected 22.01: never published
 * </pre>
 * Submitted in December 2024 and January 2025: 6; published 5; routed 5; answered 4 (A, B, C,
 * D), on time 3 (A, C, D), within the limit 4; working days 10 + 11 + 2 + 14 = 37 (9.25 on
 * average); confirmed 1, not confirmed 1, disputed 1, awaiting 1, open 1; overdue 3 (B, C, E);
 * reopened 1 (C), sent on 1 (D); ratings 4 (5, 2, 1, 3: 2.75).
 */
public final class AppealFixture {

	public static final ZoneId PERM = ZoneId.of("Asia/Yekaterinburg");

	/** Whom and what the fixture's appeals are about. */
	public record Ids(OrganizationId org1, OrganizationId org2, TopicId topic, DistrictId district, UserId executor) {
	}

	public final Map<String, AppealId> appeals = new LinkedHashMap<>();

	public final Map<String, List<AppealEvent>> events = new LinkedHashMap<>();

	private final Ids ids;

	private final GeoPoint point;

	public AppealFixture(Ids ids, GeoPoint point) {
		this.ids = ids;
		this.point = point;
		appealA();
		appealB();
		appealC();
		appealD();
		appealE();
		appealF();
	}

	public List<AppealEvent> all() {
		return events.values().stream().flatMap(List::stream).toList();
	}

	public static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(PERM).toInstant();
	}

	private static LocalDate day(String date) {
		return LocalDate.parse(date);
	}

	private void appealA() {
		List<AppealEvent> a = published("A", 9_000_001, "2024-12-27T10:00", "2024-12-27T11:00");
		AppealId id = appeals.get("A");
		a.add(routed(id, 9_000_001, ids.org1(), null, "2024-12-27T12:00", "2025-01-21"));
		a.add(new AppealAnswered(id, 9_000_001, AppealStatus.ANSWERED, ids.org1(), UUID.randomUUID(),
				"Яма заделана", ids.executor(), at("2025-01-21T23:59:30")));
		a.add(new AppealRated(id, 9_000_001, AppealStatus.ANSWERED, ids.org1(), 5, true, at("2025-01-22T09:00")));
		a.add(new AppealClosed(id, 9_000_001, AppealStatus.CLOSED, ids.org1(), AppealOutcome.SOLVED,
				at("2025-01-22T09:00")));
	}

	private void appealB() {
		List<AppealEvent> b = published("B", 9_000_002, "2024-12-27T10:05", "2024-12-27T11:05");
		AppealId id = appeals.get("B");
		b.add(routed(id, 9_000_002, ids.org1(), null, "2024-12-27T12:05", "2025-01-21"));
		b.add(new AppealAnswered(id, 9_000_002, AppealStatus.ANSWERED, ids.org1(), UUID.randomUUID(),
				"Заявка передана подрядчику", ids.executor(), at("2025-01-22T00:00:30")));
		b.add(new AppealClosed(id, 9_000_002, AppealStatus.CLOSED, ids.org1(), AppealOutcome.NOT_CONFIRMED,
				at("2025-02-05T01:00")));
	}

	private void appealC() {
		List<AppealEvent> c = published("C", 9_000_003, "2025-01-13T09:00", "2025-01-13T10:00");
		AppealId id = appeals.get("C");
		c.add(routed(id, 9_000_003, ids.org1(), null, "2025-01-13T10:00", "2025-01-27"));
		c.add(answered(id, 9_000_003, "2025-01-15T15:00"));
		c.add(new AppealRated(id, 9_000_003, AppealStatus.ANSWERED, ids.org1(), 2, false, at("2025-01-16T08:00")));
		c.add(new AppealReopened(id, 9_000_003, AppealStatus.REOPENED, ids.org1(), day("2025-01-30"),
				at("2025-01-16T08:00")));
		c.add(answered(id, 9_000_003, "2025-01-20T15:00"));
		c.add(new AppealRated(id, 9_000_003, AppealStatus.ANSWERED, ids.org1(), 1, false, at("2025-01-21T08:00")));
		c.add(new AppealReopened(id, 9_000_003, AppealStatus.REOPENED, ids.org1(), day("2025-02-04"),
				at("2025-01-21T08:00")));
		c.add(answered(id, 9_000_003, "2025-02-05T11:00"));
		c.add(new AppealRated(id, 9_000_003, AppealStatus.ANSWERED, ids.org1(), 3, false, at("2025-02-06T08:00")));
		c.add(new AppealClosed(id, 9_000_003, AppealStatus.CLOSED, ids.org1(), AppealOutcome.NOT_SOLVED,
				at("2025-02-06T08:00")));
	}

	private void appealD() {
		List<AppealEvent> d = published("D", 9_000_004, "2025-01-14T09:00", "2025-01-14T09:30");
		AppealId id = appeals.get("D");
		d.add(routed(id, 9_000_004, ids.org2(), null, "2025-01-14T09:30", "2025-01-28"));
		d.add(routed(id, 9_000_004, ids.org1(), ids.org2(), "2025-01-16T14:00", "2025-01-30"));
		d.add(new AppealAssigned(id, 9_000_004, AppealStatus.ROUTED, ids.org1(), ids.executor(), ids.executor(),
				at("2025-01-17T10:00")));
		d.add(new AppealTaken(id, 9_000_004, AppealStatus.IN_PROGRESS, ids.org1(), ids.executor(),
				at("2025-01-17T10:00")));
		d.add(new InformationRequested(id, 9_000_004, AppealStatus.IN_PROGRESS, ids.org1(), "Какой дом?",
				at("2025-01-20T11:00")));
		d.add(new InformationProvided(id, 9_000_004, AppealStatus.IN_PROGRESS, ids.org1(), at("2025-01-23T18:00")));
		d.add(new AppealAnswered(id, 9_000_004, AppealStatus.ANSWERED, ids.org1(), UUID.randomUUID(),
				"Освещение восстановлено", ids.executor(), at("2025-02-03T16:00")));
	}

	private void appealE() {
		List<AppealEvent> e = published("E", 9_000_005, "2025-01-20T08:00", "2025-01-20T09:00");
		e.add(routed(appeals.get("E"), 9_000_005, ids.org2(), null, "2025-01-20T09:00", "2025-02-03"));
	}

	private void appealF() {
		AppealId id = new AppealId(UUID.randomUUID());
		appeals.put("F", id);
		List<AppealEvent> f = new ArrayList<>();
		f.add(new AppealSubmitted(id, 9_000_006, AppealStatus.MODERATION, ids.topic(), ids.district(),
				UserId.random(), at("2025-01-21T10:00")));
		f.add(new AppealRejected(id, 9_000_006, AppealStatus.REJECTED, "Не городская проблема", at("2025-01-22T10:00")));
		events.put("F", f);
	}

	private List<AppealEvent> published(String name, long number, String submitted, String published) {
		AppealId id = new AppealId(UUID.randomUUID());
		appeals.put(name, id);
		List<AppealEvent> list = new ArrayList<>();
		list.add(new AppealSubmitted(id, number, AppealStatus.MODERATION, ids.topic(), ids.district(), UserId.random(),
				at(submitted)));
		list.add(new AppealPublished(id, number, AppealStatus.PUBLISHED, ids.topic(), ids.district(), point,
				at(published)));
		events.put(name, list);
		return list;
	}

	private static AppealRouted routed(AppealId id, long number, OrganizationId to, OrganizationId from, String at,
			String deadline) {
		return new AppealRouted(id, number, AppealStatus.ROUTED, to, from, from == null ? "TOPIC_DISTRICT" : "REROUTED",
				false, day(deadline), at(at));
	}

	private AppealAnswered answered(AppealId id, long number, String at) {
		return new AppealAnswered(id, number, AppealStatus.ANSWERED, ids.org1(), UUID.randomUUID(), "Ответ", ids.executor(),
				at(at));
	}

}
