package ru.vmeste.voting.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.voting.VoteId;
import ru.vmeste.voting.internal.ledger.SigningKeys;

/**
 * The participation roll, which makes ballot stuffing detectable. Every resident has a
 * pseudonym per vote (a keyed hash of vote and resident, the key derived from the ledger's
 * signing key): shown to them before and during the vote, meaningless to anyone else. At closing
 * the sorted pseudonyms of those who voted are published in the audit bundle; there must be
 * exactly as many as leaves (the verifier checks it), and a resident who did not vote can see
 * that their pseudonym is absent — so a ballot added in their name would show.
 */
@Service
@Transactional(readOnly = true)
public class Participation {

	/** The figures of {@code GET /api/v1/votes/{id}/participation}. */
	public record Figures(long eligibleCount, long votedCount, long treeSize) {
	}

	static final int PSEUDONYM_BYTES = 16;

	private static final byte[] DOMAIN = "vmeste-voter-pseudonym-v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private final JdbcClient jdbc;

	private final Voters voters;

	private final SigningKeys keys;

	private final Residents residents;

	private final Clock clock;

	Participation(JdbcClient jdbc, Voters voters, SigningKeys keys, Residents residents, Clock clock) {
		this.jdbc = jdbc;
		this.voters = voters;
		this.keys = keys;
		this.residents = residents;
		this.clock = clock;
	}

	/** The resident's pseudonym in the vote. */
	public byte[] pseudonym(VoteId vote, UserId resident) {
		return pseudonym(mac(), vote.value(), resident.value());
	}

	/** Eligible residents (as they stand now while open, as counted at closing after), voters and leaves. */
	public Figures figures(Vote vote) {
		long eligible = vote.status().isFinished() && vote.eligibleCount() != null ? vote.eligibleCount()
				: residents.countVerified(vote.eligibility().districts(),
						vote.eligibility().bornOnOrBefore(LocalDate.now(clock)));
		// once closed, who voted is the published roll (a vote carried over brings its roll, not its voters)
		return jdbc.sql("""
				select (select count(*) from voting_voters where vote_id = :vote) as voted,
				       (select count(*) from voting_participation where vote_id = :vote) as rolled,
				       (select coalesce(max(tree_size), 0) from voting_tree_heads where vote_id = :vote) as leaves
				""")
			.param("vote", vote.id().value())
			.query((rs, row) -> new Figures(eligible, rs.getLong(vote.status().isFinished() ? "rolled" : "voted"),
					rs.getLong("leaves")))
			.single();
	}

	/** Whether the closed vote's published roll holds this pseudonym. */
	public boolean published(VoteId vote, byte[] pseudonym) {
		return jdbc.sql("select exists(select 1 from voting_participation where vote_id = ? and pseudonym = ?)")
			.params(vote.value(), pseudonym)
			.query(Boolean.class)
			.single();
	}

	/** The published roll, sorted, a chunk at a time. */
	public void forEachPublished(VoteId vote, Consumer<byte[]> action) {
		byte[] after = new byte[0];
		List<byte[]> chunk;
		do {
			chunk = jdbc.sql("""
					select pseudonym from voting_participation where vote_id = ? and pseudonym > ?
					order by pseudonym limit 5000
					""").params(vote.value(), after).query((rs, row) -> rs.getBytes(1)).list();
			chunk.forEach(action);
			if (!chunk.isEmpty()) {
				after = chunk.getLast();
			}
		}
		while (chunk.size() == 5000);
	}

	/** Publishes the roll of a vote that is closing (its ledger locked, nothing pooled). */
	@Transactional(propagation = Propagation.MANDATORY)
	void publish(VoteId vote) {
		Mac mac = mac();
		byte[][] roll = voters.all(vote).stream()
			.map(voter -> pseudonym(mac, vote.value(), voter))
			.sorted(Arrays::compareUnsigned)
			.toArray(byte[][]::new);
		jdbc.sql("""
				insert into voting_participation (vote_id, pseudonym)
				select ?, p.pseudonym from unnest(cast(? as bytea[])) with ordinality as p (pseudonym, n) order by p.n
				on conflict do nothing
				""").params(vote.value(), roll).update();
	}

	/** Stores the published roll of a vote carried over (sorted, one pseudonym per ballot: checked by the caller). */
	@Transactional(propagation = Propagation.MANDATORY)
	void importRoll(VoteId vote, List<byte[]> pseudonyms) {
		jdbc.sql("""
				insert into voting_participation (vote_id, pseudonym)
				select ?, p.pseudonym from unnest(cast(? as bytea[])) with ordinality as p (pseudonym, n) order by p.n
				""").params(vote.value(), pseudonyms.toArray(byte[][]::new)).update();
	}

	private Mac mac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(keys.pseudonymKey(), "HmacSHA256"));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("This JDK cannot compute HMAC-SHA256", ex);
		}
	}

	private static byte[] pseudonym(Mac mac, UUID vote, UUID voter) {
		mac.update(DOMAIN);
		mac.update(ByteBuffer.allocate(32).putLong(vote.getMostSignificantBits()).putLong(vote.getLeastSignificantBits())
			.putLong(voter.getMostSignificantBits()).putLong(voter.getLeastSignificantBits()).array());
		return Arrays.copyOf(mac.doFinal(), PSEUDONYM_BYTES);
	}

}
