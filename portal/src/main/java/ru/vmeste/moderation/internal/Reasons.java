package ru.vmeste.moderation.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;

/**
 * The editable templates of rejection reasons moderators pick from.
 */
@Repository
@Transactional
public class Reasons {

	/** A reason template; retired ones are no longer offered. */
	public record Reason(UUID id, LocalizedText text, int order, boolean active) {
	}

	/** Templates kept at most; the list is short by nature. */
	static final int MAX = 100;

	private final JdbcClient jdbc;

	Reasons(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<Reason> all() {
		return jdbc.sql("select * from moderation_reasons order by sort_order, text_ru limit " + MAX)
			.query((rs, row) -> new Reason(rs.getObject("id", UUID.class),
					new LocalizedText(rs.getString("text_ru"), rs.getString("text_en")), rs.getInt("sort_order"),
					rs.getBoolean("active")))
			.list();
	}

	@Transactional(readOnly = true)
	public List<Reason> active() {
		return all().stream().filter(Reason::active).toList();
	}

	public void add(LocalizedText text) {
		if (all().size() >= MAX) {
			throw DomainException.conflict("moderation.reasons.too-many", MAX);
		}
		jdbc.sql("""
				insert into moderation_reasons (id, text_ru, text_en, sort_order)
				values (?, ?, ?, (select coalesce(max(sort_order), 0) + 10 from moderation_reasons))
				""").params(UUID.randomUUID(), text.ru(), text.en()).update();
	}

	public void update(UUID id, LocalizedText text, boolean active) {
		int changed = jdbc.sql("update moderation_reasons set text_ru = ?, text_en = ?, active = ? where id = ?")
			.params(text.ru(), text.en(), active, id)
			.update();
		if (changed == 0) {
			throw DomainException.notFound("moderation.reasons.not-found");
		}
	}

}
