package ru.vmeste.reports.routing;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.objects.ObjectId;
import ru.vmeste.objects.ObjectRelations;
import ru.vmeste.objects.RelatedItem;
import ru.vmeste.objects.RelatedSection;
import ru.vmeste.reports.AppealStatus;

/**
 * The "Appeals at this object" section of a city object's page: published appeals that routing
 * tied to the object (its owner answers them), newest first. Residents see at a glance what
 * others already reported there and who is responsible.
 */
@Component
class ObjectAppealsSection implements ObjectRelations {

	private static final List<String> PUBLIC = AppealStatus.publicStatuses().stream().map(Enum::name).sorted().toList();

	private final JdbcClient jdbc;

	private final MessageSource messages;

	ObjectAppealsSection(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public RelatedSection relatedTo(ObjectId object, int limit, Locale locale) {
		List<RelatedItem> items = jdbc.sql("""
				select a.id, a.number, a.status, a.created_at, t.name_ru, t.name_en
				from reports_appeals a join reports_topics t on t.id = a.topic_id
				where a.object_id = :object and a.status in (:statuses)
				order by a.created_at desc limit :limit""")
			.param("object", object.value())
			.param("statuses", PUBLIC)
			.param("limit", limit)
			.query((rs, row) -> new RelatedItem(
					messages.getMessage("reports.appeal.title", new Object[] { rs.getLong("number") }, locale) + " · "
							+ rs.getString("ru".equals(locale.getLanguage()) ? "name_ru" : "name_en"),
					"/appeals/" + rs.getObject("id", UUID.class),
					messages.getMessage("reports.status." + rs.getString("status"), null, locale),
					rs.getObject("created_at", Timestamp.class).toInstant()))
			.list();
		long total = items.size() < limit ? items.size()
				: jdbc.sql("select count(*) from reports_appeals where object_id = :object and status in (:statuses)")
					.param("object", object.value())
					.param("statuses", PUBLIC)
					.query(Long.class)
					.single();
		return new RelatedSection("reports.object.appeals", items, total, null, 10);
	}

}
