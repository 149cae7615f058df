package ru.vmeste.edms.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageSignaturesTests {

	private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	private final MessageSignatures signatures = new MessageSignatures("shared-secret",
			Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5));

	private final byte[] body = "{\"changes\":[]}".getBytes(StandardCharsets.UTF_8);

	@Test
	void acceptsWhatItSignedWithinTheWindow() {
		long at = NOW.minusSeconds(299).getEpochSecond();
		String signature = signatures.sign(at, "POST /api/v1/edms/webhook", "key", body);

		assertThat(signature).matches("v1=[0-9a-f]{64}");
		assertThat(signatures.verify(Long.toString(at), signature, "POST /api/v1/edms/webhook", "key", body)).isTrue();
	}

	@Test
	void refusesAChangedBodySubjectKeyOrSecret() {
		long at = NOW.getEpochSecond();
		String signature = signatures.sign(at, "POST /documents", "key", body);
		MessageSignatures otherSecret = new MessageSignatures("another-secret", Clock.fixed(NOW, ZoneOffset.UTC),
				Duration.ofMinutes(5));

		assertThat(signatures.verify(Long.toString(at), signature, "POST /documents", "key", "{}".getBytes(StandardCharsets.UTF_8))).isFalse();
		assertThat(signatures.verify(Long.toString(at), signature, "POST /documents/x/events", "key", body)).isFalse();
		assertThat(signatures.verify(Long.toString(at), signature, "POST /documents", "other-key", body)).isFalse();
		assertThat(otherSecret.verify(Long.toString(at), signature, "POST /documents", "key", body)).isFalse();
		assertThat(signatures.verify(null, signature, "POST /documents", "key", body)).isFalse();
		assertThat(signatures.verify(Long.toString(at), null, "POST /documents", "key", body)).isFalse();
	}

	@Test
	void refusesARecordedMessagePlayedAgainOutsideTheWindow() {
		long recorded = NOW.minus(Duration.ofMinutes(6)).getEpochSecond();
		String signature = signatures.sign(recorded, "POST /api/v1/edms/webhook", "key", body);

		assertThat(signatures.verify(Long.toString(recorded), signature, "POST /api/v1/edms/webhook", "key", body)).isFalse();
		long future = NOW.plus(Duration.ofMinutes(6)).getEpochSecond();
		assertThat(signatures.verify(Long.toString(future), signatures.sign(future, "POST /api/v1/edms/webhook", "key", body),
				"POST /api/v1/edms/webhook", "key", body)).isFalse();
	}

}
