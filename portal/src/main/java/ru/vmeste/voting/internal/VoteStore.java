package ru.vmeste.voting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.voting.VoteId;

/**
 * SQL for votes, their options, districts and status history.
 */
@Repository
class VoteStore {

	private final JdbcClient jdbc;

	VoteStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Vote vote) {
		insert(vote, null);
	}

	/** Saves a new vote belonging to an organization (whose vote managers manage it), or to none. */
	void insert(Vote vote, @Nullable OrganizationId organization) {
		jdbc.sql("""
				insert into voting_votes (id, title_ru, title_en, description_ru, description_en, kind, ballot_rule,
				    max_choices, budget, counting, results_live, min_age, opens_at, closes_at, status, created_by, created_at,
				    organization_id)
				values (:id, :titleRu, :titleEn, :descriptionRu, :descriptionEn, :kind, :rule, :maxChoices, :budget,
				    :counting, :resultsLive, :minAge, :opensAt, :closesAt, :status, :createdBy, :createdAt, :organization)
				""").params(columns(vote)).param("createdBy", vote.createdBy().value())
			.param("createdAt", Timestamp.from(vote.createdAt()))
			.param("organization", organization == null ? null : organization.value())
			.update();
		replaceDistricts(vote.id(), vote.eligibility().districts());
	}

	/** Saves a draft's definition; refuses (false) once it is no longer a draft. */
	boolean updateDraft(Vote vote) {
		boolean updated = jdbc.sql("""
				update voting_votes set title_ru = :titleRu, title_en = :titleEn, description_ru = :descriptionRu,
				    description_en = :descriptionEn, kind = :kind, ballot_rule = :rule, max_choices = :maxChoices,
				    budget = :budget, counting = :counting, results_live = :resultsLive, min_age = :minAge,
				    opens_at = :opensAt, closes_at = :closesAt
				where id = :id and status = 'DRAFT'
				""").params(columns(vote)).update() == 1;
		if (updated) {
			replaceDistricts(vote.id(), vote.eligibility().districts());
		}
		return updated;
	}

	private static Map<String, @Nullable Object> columns(Vote vote) {
		Map<String, @Nullable Object> columns = new HashMap<>();
		columns.put("id", vote.id().value());
		columns.put("titleRu", vote.title().ru());
		columns.put("titleEn", vote.title().en());
		columns.put("descriptionRu", vote.description().ru());
		columns.put("descriptionEn", vote.description().en());
		columns.put("kind", vote.kind().name());
		columns.put("rule", vote.rule().name());
		columns.put("maxChoices", vote.maxChoices());
		columns.put("budget", vote.budget());
		columns.put("counting", vote.counting().name());
		columns.put("resultsLive", vote.resultsLive());
		columns.put("minAge", vote.eligibility().minAge());
		columns.put("opensAt", Timestamp.from(vote.opensAt()));
		columns.put("closesAt", Timestamp.from(vote.closesAt()));
		columns.put("status", vote.status().name());
		return columns;
	}

	private void replaceDistricts(VoteId vote, Set<DistrictId> districts) {
		jdbc.sql("delete from voting_vote_districts where vote_id = ?").param(vote.value()).update();
		districts.forEach(district -> jdbc.sql("insert into voting_vote_districts (vote_id, district_id) values (?, ?)")
			.params(vote.value(), district.value())
			.update());
	}

	void insertOption(VoteId vote, VoteOption option) {
		jdbc.sql("""
				insert into voting_options (id, vote_id, position, title_ru, title_en, description_ru, description_en, cost)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(option.id(), vote.value(), option.position(), option.title().ru(), option.title().en(),
					option.description() == null ? "" : option.description().ru(),
					option.description() == null ? "" : option.description().en(), option.cost())
			.update();
	}

	void deleteOption(VoteId vote, UUID option) {
		jdbc.sql("delete from voting_options where vote_id = ? and id = ?").params(vote.value(), option).update();
	}

	void setImage(VoteId vote, String key, String contentType) {
		jdbc.sql("update voting_votes set image_key = ?, image_type = ? where id = ?")
			.params(key, contentType, vote.value())
			.update();
	}

	void setOptionImage(UUID option, String key, String contentType) {
		jdbc.sql("update voting_options set image_key = ?, image_type = ? where id = ?")
			.params(key, contentType, option)
			.update();
	}

	/** Moves the vote on if it is still where the caller saw it; false if someone else moved it first. */
	boolean transition(VoteId vote, VoteStatus from, VoteStatus to, Instant at, @Nullable UserId by) {
		boolean moved = jdbc.sql("update voting_votes set status = ? where id = ? and status = ?")
			.params(to.name(), vote.value(), from.name())
			.update() == 1;
		if (moved) {
			jdbc.sql("insert into voting_vote_history (vote_id, status, at, by_user) values (?, ?, ?, ?)")
				.params(vote.value(), to.name(), Timestamp.from(at), by == null ? null : by.value())
				.update();
		}
		return moved;
	}

	/** A step of a vote's past, e.g. of a vote carried over. */
	void recordHistory(VoteId vote, VoteStatus status, Instant at, @Nullable UserId by) {
		jdbc.sql("insert into voting_vote_history (vote_id, status, at, by_user) values (?, ?, ?, ?)")
			.params(vote.value(), status.name(), Timestamp.from(at), by == null ? null : by.value())
			.update();
	}

	void recordCreated(VoteId vote, Instant at, UserId by) {
		jdbc.sql("insert into voting_vote_history (vote_id, status, at, by_user) values (?, 'DRAFT', ?, ?)")
			.params(vote.value(), Timestamp.from(at), by.value())
			.update();
	}

	/** The status as committed right now (read after taking the ledger's lock). */
	VoteStatus statusOf(VoteId vote) {
		return jdbc.sql("select status from voting_votes where id = ?")
			.param(vote.value())
			.query((rs, row) -> VoteStatus.valueOf(rs.getString("status")))
			.single();
	}

	/** A vote closed before its time: its closing time becomes when it closed. */
	void endEarly(VoteId vote, Instant at) {
		jdbc.sql("update voting_votes set closes_at = ? where id = ? and closes_at > ?")
			.params(Timestamp.from(at), vote.value(), Timestamp.from(at))
			.update();
	}

	void setEligibleCount(VoteId vote, long count) {
		jdbc.sql("update voting_votes set eligible_count = ? where id = ?").params(count, vote.value()).update();
	}

	Optional<Vote> find(VoteId id) {
		List<VoteOption> options = jdbc.sql("select * from voting_options where vote_id = ? order by position")
			.param(id.value())
			.query(VoteStore::option)
			.list();
		Set<DistrictId> districts = Set.copyOf(jdbc.sql("select district_id from voting_vote_districts where vote_id = ?")
			.param(id.value())
			.query((rs, row) -> new DistrictId(rs.getObject("district_id", UUID.class)))
			.list());
		return jdbc.sql("select * from voting_votes where id = ?")
			.param(id.value())
			.query((rs, row) -> vote(rs, options, districts))
			.optional();
	}

	/** Votes in these statuses in the given order (a fixed ORDER BY list of the caller's, never input). */
	Paged<VoteSummary> page(Collection<VoteStatus> statuses, String order, PageQuery page) {
		String[] names = statuses.stream().map(VoteStatus::name).toArray(String[]::new);
		long total = jdbc.sql("select count(*) from voting_votes where status = any(?)").param(names).query(Long.class)
			.single();
		return Paged.of(summaries("where v.status = any(?) order by " + order + " limit ? offset ?", names, page.size(),
				page.offset()), page, total);
	}

	/** Every vote, the newest first, for staff. */
	Paged<VoteSummary> all(PageQuery page) {
		long total = jdbc.sql("select count(*) from voting_votes").query(Long.class).single();
		return Paged.of(summaries("order by v.created_at desc, v.id limit ? offset ?", page.size(), page.offset()), page,
				total);
	}

	/** The votes of these organizations, the newest first, for their vote managers. */
	Paged<VoteSummary> of(Set<OrganizationId> organizations, PageQuery page) {
		UUID[] ids = organizations.stream().map(OrganizationId::value).toArray(UUID[]::new);
		long total = jdbc.sql("select count(*) from voting_votes where organization_id = any(?)").param(ids)
			.query(Long.class)
			.single();
		return Paged.of(summaries("where v.organization_id = any(?) order by v.created_at desc, v.id limit ? offset ?", ids,
				page.size(), page.offset()), page, total);
	}

	/** The organization a vote belongs to, if any. */
	@Nullable OrganizationId organizationOf(VoteId vote) {
		List<UUID> owner = jdbc.sql("select organization_id from voting_votes where id = ?")
			.param(vote.value())
			.query((rs, row) -> rs.getObject("organization_id", UUID.class))
			.list();
		return owner.isEmpty() || owner.getFirst() == null ? null : new OrganizationId(owner.getFirst());
	}

	private List<VoteSummary> summaries(String condition, Object... parameters) {
		return jdbc.sql("""
				select v.id, v.title_ru, v.title_en, v.kind, v.status, v.opens_at, v.closes_at,
				       coalesce(h.tree_size, 0) as ballots
				from voting_votes v left join voting_tree_heads h on h.vote_id = v.id
				""" + condition).params(parameters).query((rs, row) -> new VoteSummary(
						new VoteId(rs.getObject("id", UUID.class)), text(rs, "title"), VoteKind.valueOf(rs.getString("kind")),
						VoteStatus.valueOf(rs.getString("status")), rs.getTimestamp("opens_at").toInstant(),
						rs.getTimestamp("closes_at").toInstant(), rs.getLong("ballots")))
			.list();
	}

	List<VoteId> dueToOpen(Instant now, int limit) {
		return ids("select id from voting_votes where status = 'SCHEDULED' and opens_at <= ? order by opens_at limit ?",
				now, limit);
	}

	List<VoteId> dueToClose(Instant now, int limit) {
		return ids("select id from voting_votes where status = 'OPEN' and closes_at <= ? order by closes_at limit ?", now,
				limit);
	}

	/** Closed votes whose result is not yet published (few: officials publish within days). */
	List<VoteId> closedNotPublished() {
		return jdbc.sql("select id from voting_votes where status = 'CLOSED'")
			.query((rs, row) -> new VoteId(rs.getObject("id", UUID.class)))
			.list();
	}

	/** Open votes, a batch at a time in id order (keyset), for the signing job. */
	List<VoteId> openAfter(UUID after, int limit) {
		return jdbc.sql("select id from voting_votes where status = 'OPEN' and id > ? order by id limit ?")
			.params(after, limit)
			.query((rs, row) -> new VoteId(rs.getObject("id", UUID.class)))
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from voting_votes").query(Long.class).single();
	}

	long countOpen() {
		return jdbc.sql("select count(*) from voting_votes where status = 'OPEN'").query(Long.class).single();
	}

	long countBallots() {
		return jdbc.sql("select coalesce(sum(tree_size), 0) from voting_tree_heads").query(Long.class).single();
	}

	private List<VoteId> ids(String sql, Instant now, int limit) {
		return jdbc.sql(sql)
			.params(Timestamp.from(now), limit)
			.query((rs, row) -> new VoteId(rs.getObject("id", UUID.class)))
			.list();
	}

	private static Vote vote(ResultSet rs, List<VoteOption> options, Set<DistrictId> districts) throws SQLException {
		return new Vote(new VoteId(rs.getObject("id", UUID.class)), text(rs, "title"), text(rs, "description"),
				VoteKind.valueOf(rs.getString("kind")), BallotRule.valueOf(rs.getString("ballot_rule")),
				rs.getObject("max_choices", Integer.class), rs.getObject("budget", Long.class),
				Counting.valueOf(rs.getString("counting")), rs.getBoolean("results_live"),
				new Eligibility(districts, rs.getObject("min_age", Integer.class)), rs.getTimestamp("opens_at").toInstant(),
				rs.getTimestamp("closes_at").toInstant(), VoteStatus.valueOf(rs.getString("status")), options,
				rs.getString("image_key"), rs.getString("image_type"), rs.getObject("eligible_count", Long.class),
				new UserId(rs.getObject("created_by", UUID.class)), rs.getTimestamp("created_at").toInstant());
	}

	private static VoteOption option(ResultSet rs, int row) throws SQLException {
		String description = rs.getString("description_ru");
		return new VoteOption(rs.getObject("id", UUID.class), rs.getInt("position"), text(rs, "title"),
				description.isBlank() ? null : text(rs, "description"), rs.getObject("cost", Long.class), rs.getString("image_key"),
				rs.getString("image_type"));
	}

	private static LocalizedText text(ResultSet rs, String column) throws SQLException {
		return new LocalizedText(rs.getString(column + "_ru"), rs.getString(column + "_en"));
	}

}
