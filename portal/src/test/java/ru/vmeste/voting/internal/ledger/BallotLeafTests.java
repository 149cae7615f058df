package ru.vmeste.voting.internal.ledger;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The canonical ballot bytes: fixed layout, options in unsigned byte order whatever order they
 * were chosen in, and nothing else decodes.
 */
class BallotLeafTests {

	private static final UUID VOTE = UUID.fromString("0f3a6a52-6b47-4a7b-9d55-3b3c1f0e6a10");

	private static final UUID HIGH = UUID.fromString("f0000000-0000-4000-8000-000000000001");

	private static final UUID LOW = UUID.fromString("10000000-0000-4000-8000-000000000002");

	@Test
	void encodesVersionVoteCountSortedOptionsAndNonce() {
		byte[] nonce = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
		byte[] bytes = new BallotLeaf(VOTE, List.of(LOW, HIGH), nonce).encode();
		assertThat(HexFormat.of().formatHex(bytes)).isEqualTo("01" + "0f3a6a526b474a7b9d553b3c1f0e6a10" + "0002"
				+ "1000000000004000800000000000000" + "2" + "f0000000000040008000000000000001"
				+ "000102030405060708090a0b0c0d0e0f");
		assertThat(BallotLeaf.decode(bytes)).isEqualTo(new BallotLeaf(VOTE, List.of(LOW, HIGH), nonce));
	}

	@Test
	void sortsOptionsAsUnsignedBytesNotAsJavaUuids() {
		assertThat(HIGH.compareTo(LOW)).as("Java compares signed").isNegative();
		assertThat(BallotLeaf.of(VOTE, List.of(HIGH, LOW)).options()).containsExactly(LOW, HIGH);
	}

	@Test
	void givesEachBallotAFreshNonce() {
		assertThat(BallotLeaf.of(VOTE, List.of(LOW)).encode()).isNotEqualTo(BallotLeaf.of(VOTE, List.of(LOW)).encode());
	}

	@Test
	void refusesBytesThatAreNotACanonicalBallot() {
		byte[] valid = BallotLeaf.of(VOTE, List.of(LOW, HIGH)).encode();
		byte[] truncated = Arrays.copyOf(valid, valid.length - 1);
		byte[] extended = Arrays.copyOf(valid, valid.length + 1);
		byte[] otherVersion = valid.clone();
		otherVersion[0] = 2;
		byte[] unsorted = new BallotLeaf(VOTE, List.of(LOW, HIGH), new byte[16]).encode();
		System.arraycopy(unsorted, 19 + 16, unsorted, 19, 16);
		for (byte[] bytes : List.of(truncated, extended, otherVersion, unsorted)) {
			assertThatThrownBy(() -> BallotLeaf.decode(bytes)).isInstanceOf(IllegalArgumentException.class);
		}
	}

}
