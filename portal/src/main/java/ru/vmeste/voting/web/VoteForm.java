package ru.vmeste.voting.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.voting.internal.BallotRule;
import ru.vmeste.voting.internal.Counting;
import ru.vmeste.voting.internal.Eligibility;
import ru.vmeste.voting.internal.Vote;
import ru.vmeste.voting.internal.VoteDefinition;
import ru.vmeste.voting.internal.VoteKind;

/**
 * The form staff fill in to define a vote; times are local to the region.
 */
record VoteForm(@NotBlank(message = "{voting.form.title.required}") @Size(max = 200) String titleRu,
		@Nullable @Size(max = 200) String titleEn,
		@NotBlank(message = "{voting.form.description.required}") @Size(max = 5000) String descriptionRu,
		@Nullable @Size(max = 5000) String descriptionEn, @NotNull VoteKind kind, @Nullable BallotRule budgetRule,
		@Nullable @Min(1) @Max(100) Integer maxChoices, @Nullable @Min(1) Long budget, @Nullable Counting counting,
		@Nullable Boolean resultsLive, @Nullable List<UUID> districtIds,
		@Nullable @Min(value = 0, message = "{voting.definition.min-age}") @Max(value = 120, message = "{voting.definition.min-age}") Integer minAge,
		@NotNull(message = "{voting.form.time.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime opensAt,
		@NotNull(message = "{voting.form.time.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime closesAt) {

	static VoteForm blank(LocalDateTime now) {
		LocalDateTime opens = now.toLocalDate().plusDays(1).atTime(9, 0);
		return new VoteForm("", "", "", "", VoteKind.SINGLE_CHOICE, BallotRule.WITHIN_BUDGET, 3, null, Counting.GREEDY,
				false, List.of(), null, opens, opens.plusDays(14));
	}

	static VoteForm of(Vote vote, ZoneId zone) {
		return new VoteForm(vote.title().ru(), vote.title().en(), vote.description().ru(), vote.description().en(),
				vote.kind(), vote.rule() == BallotRule.ONE ? BallotRule.WITHIN_BUDGET : vote.rule(), vote.maxChoices(),
				vote.budget(), vote.counting() == Counting.TOTALS ? Counting.GREEDY : vote.counting(), vote.resultsLive(),
				vote.eligibility().districts().stream().map(DistrictId::value).toList(), vote.eligibility().minAge(),
				LocalDateTime.ofInstant(vote.opensAt(), zone), LocalDateTime.ofInstant(vote.closesAt(), zone));
	}

	/** What the datetime-local inputs show: the local time in ISO form, e.g. 2027-03-01T09:00. */
	public @Nullable String opensAtInput() {
		return opensAt == null ? null : opensAt.toString();
	}

	public @Nullable String closesAtInput() {
		return closesAt == null ? null : closesAt.toString();
	}

	VoteDefinition definition(ZoneId zone) {
		Set<DistrictId> districts = districtIds == null ? Set.of()
				: districtIds.stream().map(DistrictId::new).collect(Collectors.toSet());
		return new VoteDefinition(new LocalizedText(titleRu.strip(), titleEn), new LocalizedText(descriptionRu.strip(), descriptionEn),
				kind, budgetRule == null ? BallotRule.WITHIN_BUDGET : budgetRule, maxChoices, budget,
				counting == null ? Counting.GREEDY : counting, Boolean.TRUE.equals(resultsLive), new Eligibility(districts, minAge),
				opensAt.atZone(zone).toInstant(), closesAt.atZone(zone).toInstant());
	}

}
