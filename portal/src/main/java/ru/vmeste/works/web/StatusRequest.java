package ru.vmeste.works.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

import ru.vmeste.works.WorkStatus;
import ru.vmeste.works.internal.WorkEditor;

/**
 * A move of works to another status, with the reason (required for a suspension or a
 * cancellation) and the day it happened (today if not given).
 */
record StatusRequest(@NotNull(message = "{works.status.required}") WorkStatus status,
		@Nullable @Size(max = 1000, message = "{works.text.too-long}") String reason,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {

	WorkEditor.StatusChange change() {
		return new WorkEditor.StatusChange(status, reason, date);
	}

}
