package ru.vmeste.voting;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of votes and their ledgers.
 *
 * @param signInterval how often open votes' tree heads are signed (only if the tree grew)
 * @param calendarInterval how often votes are opened and closed on time
 * @param signingKey the Ed25519 private key that signs tree heads, PKCS#8 (PEM or base64), e.g. from
 * the environment (VMESTE_VOTING_SIGNING_KEY) or a secret store
 * @param signingKeyFile a file holding the private key (PEM), instead of signing-key
 * @param publicKey the signing key's public key, X.509 (PEM or base64); required with the private key
 * @param publicKeyFile a file holding the public key (PEM), instead of public-key
 * @param keyFromDatabase whether, without a configured key, a key pair may be generated and kept in
 * the database the heads are about; the prod profile switches this off, so it refuses to start
 * without an external key
 * @param batch how ballots are gathered into the batches the ledger appends at once
 */
@ConfigurationProperties("vmeste.voting")
public record VotingSettings(@DefaultValue("5m") Duration signInterval, @DefaultValue("1m") Duration calendarInterval,
		@Nullable String signingKey, @Nullable Path signingKeyFile, @Nullable String publicKey,
		@Nullable Path publicKeyFile, @DefaultValue("true") boolean keyFromDatabase, @DefaultValue Batch batch) {

	/**
	 * The batch policy of the ballot appender: a batch is appended as soon as it holds
	 * {@code minSize} ballots or its first ballot has waited {@code maxWait}, whichever comes first.
	 * The ballots of one batch are shuffled and share one transaction, so a batch is the smallest
	 * group a database reader can tie a voter to: larger batches hide better and answer later.
	 *
	 * @param minSize the batch size at which the appender stops waiting for more ballots
	 * @param maxWait the longest a ballot waits for others before its batch is appended
	 * @param receiptWait how long a request waits for its ballot to be appended before it answers
	 * 202 (ballot recorded, receipt by its leaf hash later) instead of 201 with the receipt
	 */
	public record Batch(@DefaultValue("1000") int minSize, @DefaultValue("800ms") Duration maxWait,
			@DefaultValue("10s") Duration receiptWait) {

		public Batch {
			if (minSize < 1) {
				throw new IllegalArgumentException("vmeste.voting.batch.min-size must be at least 1");
			}
			if (maxWait.isNegative() || receiptWait.compareTo(maxWait) <= 0) {
				throw new IllegalArgumentException(
						"vmeste.voting.batch.receipt-wait must be longer than vmeste.voting.batch.max-wait");
			}
		}

	}

	public VotingSettings {
		if (signingKey != null && signingKey.isBlank()) {
			signingKey = null;
		}
		if (publicKey != null && publicKey.isBlank()) {
			publicKey = null;
		}
	}

}
