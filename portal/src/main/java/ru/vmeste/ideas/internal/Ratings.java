package ru.vmeste.ideas.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.ideas.Idea;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.ideas.IdeaStatus;
import ru.vmeste.shared.DomainException;

/**
 * The supporters of a done idea rate its result (1–5), once each; the idea shows the average.
 */
@Service
@Transactional
public class Ratings {

	private final JdbcClient jdbc;

	private final IdeaStore ideas;

	private final SupportStore supports;

	private final Clock clock;

	Ratings(JdbcClient jdbc, IdeaStore ideas, SupportStore supports, Clock clock) {
		this.jdbc = jdbc;
		this.ideas = ideas;
		this.supports = supports;
		this.clock = clock;
	}

	public void rate(IdeaId id, UserId user, int score) {
		if (score < 1 || score > 5) {
			throw DomainException.invalid("ideas.rating.score");
		}
		Idea idea = ideas.lock(id)
			.filter(found -> found.status().isPublic())
			.orElseThrow(() -> DomainException.notFound("ideas.idea.not-found"));
		if (idea.status() != IdeaStatus.DONE) {
			throw DomainException.conflict("ideas.rating.not-done");
		}
		if (!supports.exists(id, user)) {
			throw DomainException.forbidden("ideas.rating.supporters-only");
		}
		int inserted = jdbc.sql("insert into ideas_ratings (idea_id, user_id, score, at) values (?, ?, ?, ?) on conflict do nothing")
			.params(id.value(), user.value(), score, Timestamp.from(clock.instant()))
			.update();
		if (inserted == 0) {
			throw DomainException.conflict("ideas.rating.already");
		}
		ideas.addRating(id, score);
	}

	@Transactional(readOnly = true)
	public Optional<Integer> scoreOf(IdeaId id, UserId user) {
		return jdbc.sql("select score from ideas_ratings where idea_id = ? and user_id = ?")
			.params(id.value(), user.value())
			.query(Integer.class)
			.optional();
	}

}
