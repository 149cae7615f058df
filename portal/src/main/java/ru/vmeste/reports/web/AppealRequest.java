package ru.vmeste.reports.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.internal.Submissions.Submission;
import ru.vmeste.shared.GeoPoint;

/**
 * A new appeal as the API and the report form take it.
 *
 * @param answers answers to the topic's extra questions, by question id
 */
record AppealRequest(@NotNull(message = "{reports.topic.required}") UUID topicId,
		@NotNull(message = "{reports.point.required}") @DecimalMin(value = "-90", message = "{geo.lat.invalid}")
		@DecimalMax(value = "90", message = "{geo.lat.invalid}") Double lat,
		@NotNull(message = "{reports.point.required}") @DecimalMin(value = "-180", message = "{geo.lon.invalid}")
		@DecimalMax(value = "180", message = "{geo.lon.invalid}") Double lon,
		@NotBlank(message = "{reports.text.required}") @Size(max = MAX_TEXT, message = "{reports.text.too-long}")
		@PlainText String text,
		@Nullable @Size(max = 300, message = "{reports.address.too-long}") @PlainText String address,
		@Nullable Map<String, String> answers) {

	static final int MAX_TEXT = 2000;

	static AppealRequest empty() {
		return new AppealRequest(null, null, null, "", "", Map.of());
	}

	Submission submission() {
		return new Submission(new TopicId(topicId), new GeoPoint(lat, lon), address, text,
				answers == null ? Map.of() : answers);
	}

}
