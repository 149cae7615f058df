package ru.vmeste.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.identity.UserId;

/**
 * Random secrets handed to users (links in e-mails, API bearer tokens). Only their SHA-256
 * hashes are stored, so a copy of the database does not let anyone sign in.
 */
@Repository
public class Tokens {

	/** What a token lets its holder do. */
	public enum Purpose {

		CONFIRM_EMAIL, RESET_PASSWORD, API

	}

	/** A freshly issued token: the secret goes to the user, never to storage. */
	public record Issued(String secret, Instant expiresAt) {
	}

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final TokenHolders holders;

	Tokens(JdbcClient jdbc, TokenHolders holders) {
		this.jdbc = jdbc;
		this.holders = holders;
	}

	public Issued issue(UserId user, Purpose purpose, Instant now, Instant expiresAt) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				insert into identity_tokens (token_hash, user_id, purpose, created_at, expires_at)
				values (?, ?, ?, ?, ?)
				""").params(hash(secret), user.value(), purpose.name(), Timestamp.from(now), Timestamp.from(expiresAt))
			.update();
		return new Issued(secret, expiresAt);
	}

	/** Uses up a one-time token, returning its owner if it was still valid. */
	public Optional<UserId> redeem(String secret, Purpose purpose, Instant now) {
		return jdbc.sql("""
				update identity_tokens set used_at = ?
				where token_hash = ? and purpose = ? and expires_at > ? and used_at is null
				returning user_id
				""").params(Timestamp.from(now), hash(secret), purpose.name(), Timestamp.from(now))
			.query((rs, row) -> new UserId(rs.getObject("user_id", UUID.class)))
			.optional();
	}

	/** A valid token as its owner may list it: its hash (which names it, but cannot be used), issue and expiry. */
	public record Active(String hash, Instant issuedAt, Instant expiresAt) {
	}

	/** The user's valid tokens of a purpose, newest first (a handful: tokens expire). */
	public List<Active> active(UserId user, Purpose purpose, Instant now) {
		return jdbc.sql("""
				select token_hash, created_at, expires_at from identity_tokens
				where user_id = ? and purpose = ? and used_at is null and expires_at > ?
				order by created_at desc limit 100
				""").params(user.value(), purpose.name(), Timestamp.from(now))
			.query((rs, row) -> new Active(HexFormat.of().formatHex(rs.getBytes("token_hash")),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant()))
			.list();
	}

	/** Revokes one of the user's tokens by its hash; false if the user has no such valid token. */
	public boolean revoke(UserId user, Purpose purpose, String hash, Instant now) {
		if (!hash.matches("[0-9a-f]{64}")) {
			return false;
		}
		byte[] token = HexFormat.of().parseHex(hash);
		boolean revoked = jdbc.sql("""
				update identity_tokens set used_at = ?
				where token_hash = ? and user_id = ? and purpose = ? and used_at is null
				""").params(Timestamp.from(now), token, user.value(), purpose.name()).update() == 1;
		if (revoked) {
			holders.tokenChanged(token);
		}
		return revoked;
	}

	public void revokeAll(UserId user, Purpose purpose, Instant now) {
		jdbc.sql("update identity_tokens set used_at = ? where user_id = ? and purpose = ? and used_at is null")
			.params(Timestamp.from(now), user.value(), purpose.name())
			.update();
		holders.accountChanged(user);
	}

	public int deleteExpired(Instant now) {
		return jdbc.sql("delete from identity_tokens where expires_at < ?").param(Timestamp.from(now)).update();
	}

	static byte[] hash(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
