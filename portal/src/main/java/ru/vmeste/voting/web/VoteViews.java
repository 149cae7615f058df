package ru.vmeste.voting.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ru.vmeste.territory.District;
import ru.vmeste.territory.Territory;
import ru.vmeste.voting.internal.Vote;
import ru.vmeste.voting.internal.VoteOption;
import ru.vmeste.voting.internal.VoteSummary;

/**
 * Turns votes into what the pages show, in the visitor's language and the region's time zone.
 */
@Component
class VoteViews {

	/** A vote's heading and rules. */
	record VoteHeader(String id, String title, String description, String kind, String status, ZonedDateTime opensAt,
			ZonedDateTime closesAt, List<String> districts, @Nullable Integer minAge, @Nullable Long budget,
			@Nullable Integer maxChoices, String rule, String counting, boolean resultsLive, boolean resultsVisible,
			@Nullable String imageUrl) {
	}

	/** One option or project. */
	record OptionRow(String id, String title, @Nullable String description, @Nullable Long cost,
			@Nullable String imageUrl) {
	}

	/** A line of a list of votes. */
	record ListItem(String id, String title, String kind, String status, ZonedDateTime opensAt, ZonedDateTime closesAt,
			long ballots) {
	}

	private final Territory territory;

	private final Clock clock;

	VoteViews(Territory territory, Clock clock) {
		this.territory = territory;
		this.clock = clock;
	}

	VoteHeader header(Vote vote, Locale locale) {
		Map<UUID, String> names = territory.districts()
			.stream()
			.collect(Collectors.toMap(district -> district.id().value(), district -> district.name().in(locale)));
		List<String> districts = vote.eligibility().districts().stream().map(d -> names.getOrDefault(d.value(), "?"))
			.sorted()
			.toList();
		return new VoteHeader(vote.id().toString(), vote.title().in(locale), vote.description().in(locale),
				vote.kind().name(), vote.status().name(), zoned(vote.opensAt()), zoned(vote.closesAt()), districts,
				vote.eligibility().minAge(), vote.budget(), vote.maxChoices(), vote.rule().name(), vote.counting().name(),
				vote.resultsLive(), vote.resultsVisible(),
				vote.imageKey() == null ? null : "/votes/" + vote.id() + "/image");
	}

	List<OptionRow> options(Vote vote, Locale locale) {
		return vote.options().stream().map(option -> option(vote, option, locale)).toList();
	}

	Map<UUID, OptionRow> optionsById(Vote vote, Locale locale) {
		return options(vote, locale).stream().collect(Collectors.toMap(row -> UUID.fromString(row.id()), Function.identity()));
	}

	ListItem item(VoteSummary vote, Locale locale) {
		return new ListItem(vote.id().toString(), vote.title().in(locale), vote.kind().name(), vote.status().name(),
				zoned(vote.opensAt()), zoned(vote.closesAt()), vote.ballots());
	}

	List<District> districts() {
		return territory.districts();
	}

	ZonedDateTime zoned(Instant instant) {
		return instant.atZone(clock.getZone());
	}

	private static OptionRow option(Vote vote, VoteOption option, Locale locale) {
		return new OptionRow(option.id().toString(), option.title().in(locale),
				option.description() == null ? null : option.description().in(locale), option.cost(),
				option.imageKey() == null ? null : "/votes/" + vote.id() + "/options/" + option.id() + "/image");
	}

}
