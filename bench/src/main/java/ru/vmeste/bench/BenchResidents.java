package ru.vmeste.bench;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Generates residents for the write scenarios straight into the identity tables with COPY:
 * verified, living in Leninsky district, each with an API token whose secret the bench knows
 * ({@code bench-token-<n>}; the portal stores only its SHA-256, as for any token).
 */
final class BenchResidents {

	private final BenchDatabase database;

	private int created;

	BenchResidents(BenchDatabase database) {
		this.database = database;
	}

	/** Creates residents {@code created .. created + count - 1}; returns the first number. */
	int create(int count) throws Exception {
		UUID district = UUID.fromString(database.queryString("select id::text from territory_districts where code = 'leninsky'"));
		StringBuilder users = new StringBuilder();
		StringBuilder roles = new StringBuilder();
		StringBuilder tokens = new StringBuilder();
		int first = created;
		Instant now = Instant.now();
		Instant expires = now.plus(Duration.ofDays(1));
		for (int n = first; n < first + count; n++) {
			UUID id = UUID.nameUUIDFromBytes(("bench-resident-" + n).getBytes(StandardCharsets.UTF_8));
			users.append(id).append(",bench-").append(n).append("@bench.vmeste,x,Bench Resident ").append(n)
				.append(",58.0106,56.2420,").append(district).append(",1980-01-01,ru,").append(now).append(',').append(now)
				.append(',').append(now).append('\n');
			roles.append(id).append(",RESIDENT\n");
			tokens.append("\\x").append(sha256Hex(token(n))).append(',').append(id).append(",API,").append(now).append(',')
				.append(expires).append('\n');
		}
		database.copy("identity_users", "id, email, password_hash, name, address_lat, address_lon, district_id, birth_date, "
				+ "locale, email_confirmed_at, address_verified_at, created_at", new StringReader(users.toString()));
		database.copy("identity_user_roles", "user_id, role", new StringReader(roles.toString()));
		database.copy("identity_tokens", "token_hash, user_id, purpose, created_at, expires_at",
				new StringReader(tokens.toString()));
		created += count;
		return first;
	}

	static String token(int resident) {
		return "bench-token-" + resident;
	}

	private static String sha256Hex(String secret) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
	}

}
