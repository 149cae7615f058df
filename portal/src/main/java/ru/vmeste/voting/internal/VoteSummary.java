package ru.vmeste.voting.internal;

import java.time.Instant;

import ru.vmeste.shared.LocalizedText;
import ru.vmeste.voting.VoteId;

/** A vote as lists show it. */
public record VoteSummary(VoteId id, LocalizedText title, VoteKind kind, VoteStatus status, Instant opensAt,
		Instant closesAt, long ballots) {
}
