package ru.vmeste.edms.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.edms.connector.DocumentChange;
import ru.vmeste.edms.internal.ChangeLog.Source;
import ru.vmeste.edms.internal.InboundChanges;
import ru.vmeste.edms.internal.MessageSignatures;
import ru.vmeste.platform.web.ApiProblems;

/**
 * The EDMS reports changes here (docs/edms.md, "Webhook"). The caller is no portal user: the
 * HMAC signature with the shared secret is its credential, and a timestamp outside the replay
 * window is refused like a wrong signature. A change already taken is acknowledged and ignored.
 */
@RestController
class EdmsWebhookController {

	static final String PATH = "/api/v1/edms/webhook";

	/** The webhook's body: a batch of changes. */
	record Changes(List<DocumentChange> changes) {
	}

	/** What the portal did: how many changes were new and how many it knew already. */
	record Received(int accepted, int duplicates) {
	}

	private final ObjectProvider<MessageSignatures> signatures;

	private final ObjectProvider<InboundChanges> inbound;

	private final JsonMapper json;

	private final ApiProblems problems;

	EdmsWebhookController(ObjectProvider<MessageSignatures> signatures, ObjectProvider<InboundChanges> inbound,
			JsonMapper json, ApiProblems problems) {
		this.signatures = signatures;
		this.inbound = inbound;
		this.json = json;
		this.problems = problems;
	}

	@Operation(summary = "Changes reported by the EDMS (signed with the shared secret)")
	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> receive(@RequestBody byte[] body,
			@RequestHeader(name = MessageSignatures.TIMESTAMP, required = false) @Nullable String timestamp,
			@RequestHeader(name = MessageSignatures.SIGNATURE, required = false) @Nullable String signature,
			@RequestHeader(name = MessageSignatures.IDEMPOTENCY_KEY, required = false) @Nullable String key,
			Locale locale) {
		MessageSignatures check = signatures.getIfAvailable();
		InboundChanges changes = inbound.getIfAvailable();
		if (check == null || changes == null || !check.verify(timestamp, signature, "POST " + PATH, key, body)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problems.of(HttpStatus.UNAUTHORIZED, "edms.webhook.unsigned", locale));
		}
		Changes batch;
		try {
			batch = json.readValue(body, Changes.class);
		}
		catch (JacksonException ex) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problems.of(HttpStatus.BAD_REQUEST, "edms.webhook.malformed", locale));
		}
		InboundChanges.Taken taken = changes.take(batch.changes() == null ? List.of() : batch.changes(), Source.WEBHOOK);
		return ResponseEntity.ok(new Received(taken.applied(), taken.duplicates()));
	}

}
