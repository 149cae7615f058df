package ru.vmeste.verifier;

import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A vote's audit bundle as published by the portal (format {@value #FORMAT}, described in
 * docs/voting.md), read into plain values. Reading checks only the shape; {@link Verifier}
 * checks the content.
 */
record Bundle(Vote vote, byte[] publicKey, List<Head> heads, Tally tally, Participation participation,
		List<byte[]> leaves) {

	static final String FORMAT = "vmeste-vote-audit-bundle/2";

	/** The vote and its rules. {@code maxChoices} and {@code budget} are null where they do not apply. */
	record Vote(UUID id, String ballotRule, Long maxChoices, Long budget, String counting, List<Option> options) {
	}

	record Option(UUID id, long position, long cost) {
	}

	record Head(long treeSize, byte[] rootHash, Instant timestamp, byte[] signature, boolean last,
			List<byte[]> consistencyProof) {
	}

	/** The published result: ballots counted, votes per option, and the options selected. */
	record Tally(long ballots, Map<UUID, Long> totals, List<UUID> selected) {
	}

	/**
	 * The participation roll: who could vote, how many voted, and the sorted pseudonyms of those
	 * who did (opaque strings; their number is what the verifier checks).
	 */
	record Participation(long eligible, long voted, List<String> pseudonyms) {
	}

	static Bundle read(String text) {
		Map<String, Object> root = object(Json.parse(text), "the bundle");
		if (!FORMAT.equals(root.get("format"))) {
			throw new IllegalArgumentException("not a " + FORMAT + " bundle (format is " + root.get("format") + ")");
		}
		Map<String, Object> vote = object(root.get("vote"), "vote");
		List<Option> options = new ArrayList<>();
		for (Object option : array(vote.get("options"), "vote.options")) {
			Map<String, Object> fields = object(option, "an option");
			Long cost = optionalNumber(fields.get("cost"), "option cost");
			options.add(new Option(uuid(fields.get("id"), "option id"), number(fields.get("position"), "option position"),
					cost == null ? 0 : cost));
		}
		Vote parsedVote = new Vote(uuid(vote.get("id"), "vote.id"), string(vote.get("ballotRule"), "vote.ballotRule"),
				optionalNumber(vote.get("maxChoices"), "vote.maxChoices"), optionalNumber(vote.get("budget"), "vote.budget"),
				string(vote.get("counting"), "vote.counting"), options);
		List<Head> heads = new ArrayList<>();
		for (Object head : array(root.get("signedHeads"), "signedHeads")) {
			Map<String, Object> fields = object(head, "a signed head");
			List<byte[]> proof = new ArrayList<>();
			for (Object node : array(fields.get("consistencyProof"), "consistencyProof")) {
				proof.add(hash(node, "a consistency proof hash"));
			}
			heads.add(new Head(number(fields.get("treeSize"), "treeSize"), hash(fields.get("rootHash"), "rootHash"),
					instant(fields.get("timestamp")), base64(fields.get("signature"), "signature"),
					Boolean.TRUE.equals(fields.get("final")), proof));
		}
		Map<String, Object> tally = object(root.get("tally"), "tally");
		Map<UUID, Long> totals = new LinkedHashMap<>();
		for (Object total : array(tally.get("totals"), "tally.totals")) {
			Map<String, Object> fields = object(total, "a total");
			totals.put(uuid(fields.get("optionId"), "optionId"), number(fields.get("count"), "count"));
		}
		List<UUID> selected = new ArrayList<>();
		for (Object option : array(tally.get("selected"), "tally.selected")) {
			selected.add(uuid(option, "a selected option"));
		}
		Map<String, Object> participation = object(root.get("participation"), "participation");
		List<String> pseudonyms = new ArrayList<>();
		for (Object pseudonym : array(participation.get("pseudonyms"), "participation.pseudonyms")) {
			pseudonyms.add(string(pseudonym, "a pseudonym"));
		}
		List<byte[]> leaves = new ArrayList<>();
		for (Object leaf : array(root.get("leaves"), "leaves")) {
			leaves.add(base64(leaf, "a leaf"));
		}
		return new Bundle(parsedVote, base64(root.get("publicKey"), "publicKey"), heads,
				new Tally(number(tally.get("ballots"), "tally.ballots"), totals, selected),
				new Participation(number(participation.get("eligible"), "participation.eligible"),
						number(participation.get("voted"), "participation.voted"), pseudonyms),
				leaves);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Object value, String what) {
		if (value instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		throw new IllegalArgumentException(what + " is not a JSON object");
	}

	private static List<?> array(Object value, String what) {
		if (value instanceof List<?> list) {
			return list;
		}
		throw new IllegalArgumentException(what + " is not a JSON array");
	}

	private static String string(Object value, String what) {
		if (value instanceof String text) {
			return text;
		}
		throw new IllegalArgumentException(what + " is not a string");
	}

	private static long number(Object value, String what) {
		if (value instanceof BigInteger number && number.bitLength() < 64) {
			return number.longValue();
		}
		throw new IllegalArgumentException(what + " is not a whole number");
	}

	private static Long optionalNumber(Object value, String what) {
		return value == null ? null : number(value, what);
	}

	private static UUID uuid(Object value, String what) {
		try {
			return UUID.fromString(string(value, what));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(what + " is not a UUID: " + value);
		}
	}

	private static byte[] hash(Object value, String what) {
		try {
			byte[] hash = HexFormat.of().parseHex(string(value, what));
			if (hash.length == 32) {
				return hash;
			}
		}
		catch (IllegalArgumentException ex) {
			// answered below
		}
		throw new IllegalArgumentException(what + " is not a SHA-256 hash in hex: " + value);
	}

	private static byte[] base64(Object value, String what) {
		try {
			return Base64.getDecoder().decode(string(value, what));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(what + " is not base64");
		}
	}

	private static Instant instant(Object value) {
		try {
			return Instant.parse(string(value, "timestamp"));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("timestamp is not an ISO-8601 instant: " + value);
		}
	}

}
