package ru.vmeste.verifier;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds a bundle the way the portal does, from the RFC's definitions alone: ballots for a
 * participatory budget counted greedily, heads signed at a few sizes with consistency proofs,
 * and the true tally. Tests tamper with its parts and render it as JSON.
 */
final class HonestBundle {

	static final UUID VOTE = UUID.fromString("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");

	static final List<UUID> OPTIONS = List.of(UUID.fromString("10000000-0000-4000-8000-000000000001"),
			UUID.fromString("20000000-0000-4000-8000-000000000002"),
			UUID.fromString("30000000-0000-4000-8000-000000000003"));

	static final List<Long> COSTS = List.of(60L, 30L, 20L);

	static final long BUDGET = 100;

	final KeyPair keys = keys();

	final List<byte[]> leaves = new ArrayList<>();

	final List<String> heads = new ArrayList<>();

	Map<UUID, Long> totals = new LinkedHashMap<>();

	List<UUID> selected = List.of();

	/** The sorted pseudonyms of the 30 voters. */
	final List<String> pseudonyms = new ArrayList<>();

	HonestBundle() {
		OPTIONS.forEach(option -> totals.put(option, 0L));
		int[][] choices = { { 0 }, { 0, 1 }, { 1, 2 }, { 0, 2 }, { 2 } };
		long at = Instant.parse("2026-05-01T08:00:00Z").toEpochMilli();
		heads.add(head(0, at, List.of()));
		for (int i = 0; i < 30; i++) {
			List<UUID> chosen = new ArrayList<>();
			for (int option : choices[i % choices.length]) {
				chosen.add(OPTIONS.get(option));
				totals.merge(OPTIONS.get(option), 1L, Long::sum);
			}
			leaves.add(ballot(VOTE, chosen, i));
			if (i == 9 || i == 19) {
				heads.add(head(i + 1, at + 3_600_000L * (i + 1), consistency(i == 9 ? 0 : 10, i + 1)));
			}
		}
		heads.add(head(30, at + 200_000_000L, consistency(20, 30), true));
		for (int i = 0; i < 30; i++) {
			pseudonyms.add(pseudonym(i));
		}
		pseudonyms.sort(null);
		// greedy: options 1 and 3 have 18 votes each, the cheaper 3 (20) first, then 1 (60); 20 is left, too little for 2 (30)
		selected = List.of(OPTIONS.get(0), OPTIONS.get(2));
	}

	/** A voter's pseudonym as the portal writes them: 32 lowercase hex digits. */
	static String pseudonym(int voter) {
		return HexFormat.of().formatHex(Arrays.copyOf(sha256(("voter-" + voter).getBytes(StandardCharsets.US_ASCII)), 16));
	}

	/** The canonical ballot bytes, with a nonce that depends on the index. */
	static byte[] ballot(UUID vote, List<UUID> options, int nonce) {
		ByteBuffer bytes = ByteBuffer.allocate(35 + 16 * options.size());
		bytes.put((byte) 1).putLong(vote.getMostSignificantBits()).putLong(vote.getLeastSignificantBits());
		bytes.putShort((short) options.size());
		options.forEach(option -> bytes.putLong(option.getMostSignificantBits()).putLong(option.getLeastSignificantBits()));
		return bytes.put(ByteBuffer.allocate(16).putInt(12, nonce).array()).array();
	}

	String head(long size, long at, List<String> proof) {
		return head(size, at, proof, false);
	}

	String head(long size, long at, List<String> proof, boolean last) {
		byte[] root = mth(leaves.subList(0, (int) size));
		byte[] signed = ByteBuffer.allocate(83)
			.put("VMESTE-TREE-HEAD-V1".getBytes(StandardCharsets.US_ASCII))
			.putLong(VOTE.getMostSignificantBits())
			.putLong(VOTE.getLeastSignificantBits())
			.putLong(size)
			.put(root)
			.putLong(at)
			.array();
		return "{\"treeSize\":" + size + ",\"rootHash\":\"" + HexFormat.of().formatHex(root) + "\",\"timestamp\":\""
				+ Instant.ofEpochMilli(at) + "\",\"signature\":\"" + Base64.getEncoder().encodeToString(sign(signed))
				+ "\",\"final\":" + last + ",\"consistencyProof\":" + strings(proof) + "}";
	}

	String json() {
		String options = "";
		for (int i = 0; i < OPTIONS.size(); i++) {
			options += (i > 0 ? "," : "") + "{\"id\":\"" + OPTIONS.get(i) + "\",\"position\":" + (i + 1)
					+ ",\"title\":{\"ru\":\"Проект\",\"en\":\"Project\"},\"cost\":" + COSTS.get(i) + "}";
		}
		return "{\"format\":\"vmeste-vote-audit-bundle/2\",\"vote\":{\"id\":\"" + VOTE
				+ "\",\"title\":{\"ru\":\"Бюджет\",\"en\":\"Budget\"},\"kind\":\"BUDGET\",\"status\":\"CLOSED\","
				+ "\"opensAt\":\"2026-05-01T08:00:00Z\",\"closesAt\":\"2026-05-03T08:00:00Z\",\"ballotRule\":\"WITHIN_BUDGET\","
				+ "\"maxChoices\":null,\"budget\":" + BUDGET + ",\"counting\":\"GREEDY\",\"options\":[" + options + "]},"
				+ "\"publicKey\":\"" + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()) + "\","
				+ "\"signedHeads\":[" + String.join(",", heads) + "],"
				+ "\"tally\":{\"ballots\":" + leaves.size() + ",\"eligible\":100,\"totals\":["
				+ totals.entrySet().stream().map(e -> "{\"optionId\":\"" + e.getKey() + "\",\"count\":" + e.getValue() + "}")
					.collect(Collectors.joining(","))
				+ "],\"selected\":" + strings(selected.stream().map(UUID::toString).toList()) + "},"
				+ "\"participation\":{\"eligible\":100,\"voted\":" + pseudonyms.size() + ",\"pseudonyms\":"
				+ strings(pseudonyms) + "},"
				+ "\"leaves\":" + strings(leaves.stream().map(Base64.getEncoder()::encodeToString).toList()) + "}";
	}

	/** PROOF(m, D[n]) of RFC 9162 §2.1.4.1, over the current leaves. */
	List<String> consistency(int first, int second) {
		if (first == 0) {
			return List.of();
		}
		List<String> proof = new ArrayList<>();
		subproof(first, leaves.subList(0, second), true, proof);
		return proof;
	}

	private void subproof(int m, List<byte[]> d, boolean complete, List<String> proof) {
		int n = d.size();
		if (m == n) {
			if (!complete) {
				proof.add(HexFormat.of().formatHex(mth(d)));
			}
			return;
		}
		int k = Integer.highestOneBit(n - 1);
		if (m <= k) {
			subproof(m, d.subList(0, k), complete, proof);
			proof.add(HexFormat.of().formatHex(mth(d.subList(k, n))));
		}
		else {
			subproof(m - k, d.subList(k, n), false, proof);
			proof.add(HexFormat.of().formatHex(mth(d.subList(0, k))));
		}
	}

	static byte[] mth(List<byte[]> d) {
		if (d.isEmpty()) {
			return sha256(new byte[0]);
		}
		if (d.size() == 1) {
			return sha256(ByteBuffer.allocate(1 + d.get(0).length).put((byte) 0).put(d.get(0)).array());
		}
		int k = Integer.highestOneBit(d.size() - 1);
		return sha256(ByteBuffer.allocate(65).put((byte) 1).put(mth(d.subList(0, k))).put(mth(d.subList(k, d.size()))).array());
	}

	byte[] sign(byte[] message) {
		try {
			Signature ed25519 = Signature.getInstance("Ed25519");
			ed25519.initSign(keys.getPrivate());
			ed25519.update(message);
			return ed25519.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String strings(List<String> values) {
		return values.stream().map(value -> "\"" + value + "\"").collect(Collectors.joining(",", "[", "]"));
	}

	private static KeyPair keys() {
		try {
			return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
