package ru.vmeste.reports.internal;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.identity.UserId;
import ru.vmeste.reports.AppealId;
import ru.vmeste.shared.DomainException;

/**
 * Makes a submission with an idempotency key happen once per author and key: the key's row and
 * the appeal commit in one transaction (the submission joins it), so a retry, even one racing
 * the first attempt, waits for it and answers the appeal it created.
 */
@Service
public class SubmissionKeys {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SubmissionKeys(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Runs the submission unless this author's key was used already; answers the key's appeal either way. */
	public AppealId once(UserId author, @Nullable String key, Supplier<AppealId> submission) {
		if (key == null || key.isBlank()) {
			return submission.get();
		}
		UUID value = parse(key);
		AppealId id = transaction.execute(status -> {
			int inserted = jdbc.sql("""
					insert into reports_submission_keys (author_id, key, created_at) values (?, ?, ?)
					on conflict do nothing
					""").params(author.value(), value, java.sql.Timestamp.from(clock.instant())).update();
			if (inserted == 0) {
				return jdbc.sql("select appeal_id from reports_submission_keys where author_id = ? and key = ?")
					.params(author.value(), value)
					.query(UUID.class)
					.optional()
					.map(AppealId::new)
					.orElseThrow(() -> DomainException.conflict("reports.submission.in-flight"));
			}
			AppealId created = submission.get();
			jdbc.sql("update reports_submission_keys set appeal_id = ? where author_id = ? and key = ?")
				.params(created.value(), author.value(), value)
				.update();
			return created;
		});
		if (id == null) {
			throw DomainException.conflict("reports.submission.in-flight");
		}
		return id;
	}

	private static UUID parse(String key) {
		try {
			return UUID.fromString(key.strip());
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.invalid("reports.submission.key");
		}
	}

}
