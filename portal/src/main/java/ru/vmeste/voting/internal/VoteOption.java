package ru.vmeste.voting.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.shared.LocalizedText;

/**
 * One answer of a vote or one project of a budget.
 *
 * @param cost the project's cost in roubles (budgets only)
 * @param imageKey the file store key of its picture, if any
 */
public record VoteOption(UUID id, int position, LocalizedText title, @Nullable LocalizedText description, @Nullable Long cost,
		@Nullable String imageKey, @Nullable String imageType) {
}
