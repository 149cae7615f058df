package ru.vmeste.statistics.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.platform.db.Rows;

/**
 * The statistics' own projection of appeals: the journal of events taken in, each appeal's
 * figures, its stays at organizations and its answers.
 */
@Repository
class ProjectionStore {

	private final JdbcClient jdbc;

	ProjectionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Takes an event in; false when it was taken in before (a redelivery). */
	boolean record(byte[] fingerprint, JournalEntry entry) {
		return jdbc.sql("""
				insert into statistics_journal (fingerprint, appeal_id, number, kind, at, status, topic_id, topic_group_id,
				    district_id, lat, lon, organization_id, from_organization_id, deadline, score, solved, outcome,
				    executor_id, answer_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (fingerprint) do nothing
				""")
			.params(fingerprint, entry.appeal(), entry.number(), entry.kind().name(), Timestamp.from(entry.at()),
					entry.status(), entry.topic(), entry.topicGroup(), entry.district(), entry.lat(), entry.lon(),
					entry.organization(), entry.from(), date(entry.deadline()), entry.score(), entry.solved(),
					entry.outcome(), entry.executor(), entry.answer())
			.update() == 1;
	}

	/** The appeals' events taken in, by appeal. */
	Map<UUID, List<JournalEntry>> journals(Collection<UUID> appeals) {
		return byAppeal("select * from statistics_journal where appeal_id = any(?)", appeals, this::entry,
				JournalEntry::appeal);
	}

	/**
	 * Locks the appeals' figures for a change, in the order of their ids (creating the lock's rows
	 * on their first events); answers the figures of those worked out before.
	 *
	 * @param numbers the appeals and their numbers
	 */
	Map<UUID, AppealFacts> lock(Map<UUID, Long> numbers, LocalDate today) {
		UUID[] appeals = numbers.keySet().toArray(UUID[]::new);
		jdbc.sql("""
				insert into statistics_appeals (appeal_id, number, status, category, folded_on)
				select a.id, a.number, 'NEW', 'NEW', ? from unnest(cast(? as uuid[]), cast(? as bigint[])) as a (id, number)
				order by a.id
				on conflict (appeal_id) do nothing
				""").params(Date.valueOf(today), appeals, Arrays.stream(appeals).map(numbers::get).toArray(Long[]::new)).update();
		Map<UUID, AppealFacts> found = new HashMap<>();
		jdbc.sql("select * from statistics_appeals where appeal_id = any(?) order by appeal_id for update")
			.param(appeals)
			.query(this::facts)
			.list()
			.forEach(facts -> facts.ifPresent(known -> found.put(known.appeal(), known)));
		return found;
	}

	/** The appeals' stays at organizations, by appeal, each appeal's in order. */
	Map<UUID, List<HandlingFacts>> handlings(Collection<UUID> appeals) {
		return byAppeal("select * from statistics_handlings where appeal_id = any(?) order by appeal_id, seq", appeals,
				this::handling, HandlingFacts::appeal);
	}

	/** The appeals' answers, by appeal, each appeal's in the order they came. */
	Map<UUID, List<AnswerFact>> answers(Collection<UUID> appeals) {
		return byAppeal("select * from statistics_answers where appeal_id = any(?) order by appeal_id, answered_at",
				appeals, (rs, row) -> new AnswerFact(rs.getObject("answer_id", UUID.class),
						rs.getObject("appeal_id", UUID.class), rs.getLong("number"),
						rs.getObject("organization_id", UUID.class), rs.getTimestamp("answered_at").toInstant(),
						rs.getDate("answered_on").toLocalDate()),
				AnswerFact::appeal);
	}

	/** The rows a statement reads for the appeals (its one parameter, their ids), by appeal, in its order. */
	private <T> Map<UUID, List<T>> byAppeal(String sql, Collection<UUID> appeals, RowMapper<T> rows,
			Function<T, UUID> appeal) {
		return jdbc.sql(sql)
			.param(appeals.toArray(UUID[]::new))
			.query(rows)
			.list()
			.stream()
			.collect(Collectors.groupingBy(appeal));
	}

	void save(AppealFacts facts) {
		jdbc.sql("""
				update statistics_appeals set number = ?, topic_id = ?, topic_group_id = ?, district_id = ?, lat = ?, lon = ?,
				    status = ?, outcome = ?, category = ?, submitted_on = ?, published_on = ?, closed_on = ?,
				    first_routed_on = ?, organization_id = ?, deadline = ?, legal_deadline = ?, first_answered_on = ?,
				    answer_working_days = ?, answered_on_time = ?, answered_within_legal = ?, reopens = ?, reroutes = ?,
				    ratings = ?, rating_sum = ?, open = ?, overdue = ?, folded_on = ?
				where appeal_id = ?
				""")
			.params(facts.number(), facts.topic(), facts.topicGroup(), facts.district(), facts.lat(), facts.lon(),
					facts.status(), facts.outcome(), facts.category().name(), date(facts.submittedOn()),
					date(facts.publishedOn()), date(facts.closedOn()), date(facts.firstRoutedOn()), facts.organization(),
					date(facts.deadline()), date(facts.legalDeadline()), date(facts.firstAnsweredOn()),
					facts.answerWorkingDays(), facts.answeredOnTime(), facts.answeredWithinLegal(), facts.reopens(),
					facts.reroutes(), facts.ratings(), facts.ratingSum(), facts.open(), facts.overdue(),
					date(facts.foldedOn()), facts.appeal())
			.update();
	}

	/** Keeps an appeal's stays; {@code before} of them were kept, so the ones past the new count go. */
	void save(UUID appeal, List<HandlingFacts> handlings, int before) {
		if (before > handlings.size()) {
			jdbc.sql("delete from statistics_handlings where appeal_id = ? and seq >= ?").params(appeal, handlings.size())
				.update();
		}
		for (HandlingFacts stay : handlings) {
			jdbc.sql("""
					insert into statistics_handlings (appeal_id, seq, organization_id, executor_id, received_on, deadline,
					    legal_deadline, first_answered_on, answer_working_days, answered_on_time, answered_within_legal,
					    rerouted_away, reopens, ratings, rating_sum, open, overdue)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (appeal_id, seq) do update set organization_id = excluded.organization_id,
					    executor_id = excluded.executor_id, received_on = excluded.received_on, deadline = excluded.deadline,
					    legal_deadline = excluded.legal_deadline, first_answered_on = excluded.first_answered_on,
					    answer_working_days = excluded.answer_working_days, answered_on_time = excluded.answered_on_time,
					    answered_within_legal = excluded.answered_within_legal, rerouted_away = excluded.rerouted_away,
					    reopens = excluded.reopens, ratings = excluded.ratings, rating_sum = excluded.rating_sum,
					    open = excluded.open, overdue = excluded.overdue
					""")
				.params(appeal, stay.seq(), stay.organization(), stay.executor(), date(stay.receivedOn()),
						date(stay.deadline()), date(stay.legalDeadline()), date(stay.firstAnsweredOn()),
						stay.answerWorkingDays(), stay.answeredOnTime(), stay.answeredWithinLegal(), stay.reroutedAway(),
						stay.reopens(), stay.ratings(), stay.ratingSum(), stay.open(), stay.overdue())
				.update();
		}
	}

	/** Keeps an answer (its text only when the event brought it; a redelivery keeps the first). */
	void saveAnswer(AnswerFact answer, @Nullable String text) {
		jdbc.sql("""
				insert into statistics_answers (answer_id, appeal_id, number, organization_id, answered_at, answered_on, text)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (answer_id) do update set organization_id = excluded.organization_id,
				    answered_at = excluded.answered_at, answered_on = excluded.answered_on,
				    text = case when excluded.text = '' then statistics_answers.text else excluded.text end
				""")
			.params(answer.answer(), answer.appeal(), answer.number(), answer.organization(),
					Timestamp.from(answer.answeredAt()), date(answer.answeredOn()), text == null ? "" : text)
			.update();
	}

	/** Open appeals whose deadline passed before today and whose figures were last worked out before it. */
	List<UUID> pastDue(LocalDate today, int limit) {
		return jdbc.sql("""
				select appeal_id from statistics_appeals
				where open and not overdue and deadline < ? and folded_on < ?
				order by deadline limit ?
				""")
			.params(date(today), date(today), limit)
			.query((rs, row) -> rs.getObject("appeal_id", UUID.class))
			.list();
	}

	private JournalEntry entry(ResultSet rs, int row) throws SQLException {
		return new JournalEntry(rs.getObject("appeal_id", UUID.class), rs.getLong("number"),
				EventKind.valueOf(rs.getString("kind")), rs.getTimestamp("at").toInstant(), rs.getString("status"),
				Rows.uuid(rs, "topic_id"), Rows.uuid(rs, "topic_group_id"), Rows.uuid(rs, "district_id"),
				Rows.decimal(rs, "lat"), Rows.decimal(rs, "lon"), Rows.uuid(rs, "organization_id"),
				Rows.uuid(rs, "from_organization_id"), Rows.localDate(rs, "deadline"), Rows.integer(rs, "score"),
				(Boolean) rs.getObject("solved"), rs.getString("outcome"), Rows.uuid(rs, "executor_id"),
				Rows.uuid(rs, "answer_id"));
	}

	/** The figures, or none for the placeholder row of an appeal locked before its first fold. */
	private Optional<AppealFacts> facts(ResultSet rs, int row) throws SQLException {
		if ("NEW".equals(rs.getString("category"))) {
			return Optional.empty();
		}
		return Optional.of(new AppealFacts(rs.getObject("appeal_id", UUID.class), rs.getLong("number"), Rows.uuid(rs, "topic_id"),
				Rows.uuid(rs, "topic_group_id"), Rows.uuid(rs, "district_id"), Rows.decimal(rs, "lat"),
				Rows.decimal(rs, "lon"), rs.getString("status"), rs.getString("outcome"),
				Category.valueOf(rs.getString("category")), rs.getDate("submitted_on").toLocalDate(),
				Rows.localDate(rs, "published_on"), Rows.localDate(rs, "closed_on"), Rows.localDate(rs, "first_routed_on"),
				Rows.uuid(rs, "organization_id"), Rows.localDate(rs, "deadline"), Rows.localDate(rs, "legal_deadline"),
				Rows.localDate(rs, "first_answered_on"), Rows.integer(rs, "answer_working_days"),
				(Boolean) rs.getObject("answered_on_time"), (Boolean) rs.getObject("answered_within_legal"),
				rs.getInt("reopens"), rs.getInt("reroutes"), rs.getInt("ratings"), rs.getInt("rating_sum"),
				rs.getBoolean("open"), rs.getBoolean("overdue"), rs.getDate("folded_on").toLocalDate()));
	}

	private HandlingFacts handling(ResultSet rs, int row) throws SQLException {
		return new HandlingFacts(rs.getObject("appeal_id", UUID.class), rs.getInt("seq"),
				rs.getObject("organization_id", UUID.class), Rows.uuid(rs, "executor_id"),
				rs.getDate("received_on").toLocalDate(), Rows.localDate(rs, "deadline"),
				Rows.localDate(rs, "legal_deadline"), Rows.localDate(rs, "first_answered_on"),
				Rows.integer(rs, "answer_working_days"), (Boolean) rs.getObject("answered_on_time"),
				(Boolean) rs.getObject("answered_within_legal"), rs.getBoolean("rerouted_away"), rs.getInt("reopens"),
				rs.getInt("ratings"), rs.getInt("rating_sum"), rs.getBoolean("open"), rs.getBoolean("overdue"));
	}

	private static @Nullable Date date(@Nullable LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

}
