package ru.vmeste.reports.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.vmeste.moderation.ModerationSubjects;
import ru.vmeste.shared.GeoPoint;

/**
 * Tells the moderators' queue an appeal's public number and its point, so the queue lists
 * appeals by the number residents quote and puts the waiting ones on a map.
 */
@Component
class AppealModerationSubjects implements ModerationSubjects {

	private final JdbcClient jdbc;

	AppealModerationSubjects(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return Submissions.MODERATION_KIND;
	}

	@Override
	public Map<String, Subject> describe(Collection<String> subjectIds) {
		List<UUID> ids = subjectIds.stream().map(AppealModerationSubjects::uuid).filter(Objects::nonNull).toList();
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id, number, lat, lon from reports_appeals where id in (:ids)")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getObject("id", UUID.class).toString(),
					new Subject("№ " + rs.getLong("number"), new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static @Nullable UUID uuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
