package ru.vmeste.reports.feedback;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.platform.files.FileKey;

/** The author's rating of an answer; the comment and the photo are for the organization only. */
record Rating(UUID id, UUID answer, int score, boolean solved, @Nullable String comment,
		@Nullable FileKey photo, @Nullable FileKey thumbnail, @Nullable String photoType, Instant at) {
}
