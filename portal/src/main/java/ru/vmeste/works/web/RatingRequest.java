package ru.vmeste.works.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A resident's rating of completed works: a score from 1 to 5 and a comment.
 */
@Schema(name = "WorkRatingRequest")
record RatingRequest(
		@NotNull(message = "{works.rating.score}") @Min(value = 1, message = "{works.rating.score}")
		@Max(value = 5, message = "{works.rating.score}") Integer score,
		@NotBlank(message = "{works.rating.comment-required}")
		@Size(min = 3, max = 2000, message = "{works.rating.comment-length}") String comment) {
}
