package ru.vmeste.moderation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ru.vmeste.identity.UserId;
import ru.vmeste.moderation.ModerationSettings;
import ru.vmeste.shared.DomainException;

/**
 * The vocabulary the automatic checks use: the built-in lists as the default, changed by
 * moderators — patterns added, built-in patterns switched off, words allowed that must never
 * be flagged. Compiled once and kept; another instance's change shows here within
 * {@code vmeste.moderation.vocabulary-refresh}.
 */
@Service
public class ModerationVocabulary {

	/** What a moderator's entry does. */
	public enum Kind {

		/** A pattern added to the built-in ones. */
		BLOCK,
		/** A built-in pattern switched off. */
		OFF,
		/** A word never flagged, whatever pattern it matches. */
		ALLOW

	}

	/** A moderator's entry. */
	public record Entry(String pattern, Kind kind, UserId by, Instant at) {
	}

	/** A built-in pattern and whether it is in use. */
	public record BuiltIn(String pattern, boolean active) {
	}

	/** The whole list as the vocabulary page shows it. */
	public record Overview(List<BuiltIn> builtIn, List<Entry> added, List<Entry> allowed) {

		/** The moderators' own entries: added patterns, then allowed words. */
		public List<Entry> changes() {
			return Stream.concat(added.stream(), allowed.stream()).toList();
		}

	}

	static final int MAX_ENTRIES = 1000;

	private static final Pattern PATTERN = Pattern.compile("\\*?(?:[а-я]{2,40}|[a-z]{2,40})\\*?");

	private static final Pattern WORD = Pattern.compile("[а-я]{2,40}|[a-z]{2,40}");

	private record Snapshot(Vocabulary vocabulary, Instant loadedAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration refresh;

	private final List<String> builtIn = Vocabulary.builtIn();

	private volatile @Nullable Snapshot snapshot;

	ModerationVocabulary(JdbcClient jdbc, Clock clock, ModerationSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.refresh = settings.vocabularyRefresh();
	}

	/** The vocabulary in force now. */
	public Vocabulary current() {
		Snapshot taken = snapshot;
		Instant now = clock.instant();
		if (taken == null || !taken.loadedAt().plus(refresh).isAfter(now)) {
			taken = new Snapshot(compile(entries()), now);
			snapshot = taken;
		}
		return taken.vocabulary();
	}

	@Transactional(readOnly = true)
	public Overview overview() {
		List<Entry> entries = entries();
		Map<String, Kind> kinds = new HashMap<>();
		entries.forEach(entry -> kinds.put(entry.pattern(), entry.kind()));
		List<BuiltIn> patterns = builtIn.stream().map(pattern -> new BuiltIn(pattern, kinds.get(pattern) != Kind.OFF)).toList();
		return new Overview(patterns, entries.stream().filter(entry -> entry.kind() == Kind.BLOCK).toList(),
				entries.stream().filter(entry -> entry.kind() == Kind.ALLOW).toList());
	}

	/** Adds a pattern ({@code root*}, {@code *part*} or a word) or a word never flagged. */
	@Transactional
	public void add(String pattern, Kind kind, UserId by) {
		String normalized = Vocabulary.normalized(pattern);
		if (kind == Kind.OFF || !(kind == Kind.ALLOW ? WORD : PATTERN).matcher(normalized).matches()) {
			throw DomainException.invalid(kind == Kind.ALLOW ? "moderation.vocabulary.invalid-word"
					: "moderation.vocabulary.invalid-pattern");
		}
		if (kind == Kind.BLOCK && builtIn.contains(normalized)) {
			throw DomainException.conflict("moderation.vocabulary.built-in", normalized);
		}
		if (count() >= MAX_ENTRIES) {
			throw DomainException.conflict("moderation.vocabulary.too-many", MAX_ENTRIES);
		}
		save(normalized, kind, by);
	}

	/** Stops using a built-in pattern. */
	@Transactional
	public void switchOff(String pattern, UserId by) {
		if (!builtIn.contains(pattern)) {
			throw DomainException.notFound("moderation.vocabulary.not-found");
		}
		save(pattern, Kind.OFF, by);
	}

	/** Forgets a moderator's entry: an added pattern or allowed word goes, a built-in one is used again. */
	@Transactional
	public void restore(String pattern) {
		if (jdbc.sql("delete from moderation_vocabulary where pattern = ?").param(pattern).update() == 0) {
			throw DomainException.notFound("moderation.vocabulary.not-found");
		}
		changed();
	}

	private void save(String pattern, Kind kind, UserId by) {
		jdbc.sql("""
				insert into moderation_vocabulary (pattern, kind, changed_by, changed_at) values (?, ?, ?, ?)
				on conflict (pattern) do update set kind = excluded.kind, changed_by = excluded.changed_by,
				    changed_at = excluded.changed_at
				""").params(pattern, kind.name(), by.value(), Timestamp.from(clock.instant())).update();
		changed();
	}

	/** The next check compiles the list again, once this change is committed. */
	private void changed() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				snapshot = null;
			}
		});
	}

	private int count() {
		return jdbc.sql("select count(*) from moderation_vocabulary").query(Integer.class).single();
	}

	private List<Entry> entries() {
		return jdbc.sql("select * from moderation_vocabulary order by pattern limit " + MAX_ENTRIES)
			.query((rs, row) -> new Entry(rs.getString("pattern"), Kind.valueOf(rs.getString("kind")),
					new UserId(rs.getObject("changed_by", UUID.class)), rs.getTimestamp("changed_at").toInstant()))
			.list();
	}

	private Vocabulary compile(List<Entry> entries) {
		List<String> patterns = new ArrayList<>(builtIn);
		List<String> allowed = new ArrayList<>();
		for (Entry entry : entries) {
			switch (entry.kind()) {
				case BLOCK -> patterns.add(entry.pattern());
				case OFF -> patterns.remove(entry.pattern());
				case ALLOW -> allowed.add(entry.pattern());
			}
		}
		return Vocabulary.of(patterns, allowed);
	}

}
