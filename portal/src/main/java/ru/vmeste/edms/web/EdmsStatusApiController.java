package ru.vmeste.edms.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.edms.internal.EdmsOperations;

/**
 * The EDMS connection's state for monitoring (API.md, "EDMS").
 */
@RestController
class EdmsStatusApiController {

	/**
	 * The queue and the last sync.
	 *
	 * @param failed dead letters waiting for the operator
	 * @param lastError the last sync error, whenever it was ({@code lastErrorAt})
	 * @param configured whether {@code vmeste.edms.base-url} is set
	 */
	record Status(long pending, long delivered, long failed, @Nullable Instant lastSyncAt, @Nullable String lastError,
			@Nullable Instant lastErrorAt, Instant nextSyncAt, long syncs, boolean configured) {
	}

	private final EdmsOperations operations;

	EdmsStatusApiController(EdmsOperations operations) {
		this.operations = operations;
	}

	@Operation(summary = "The EDMS queue and sync (administrators)")
	@GetMapping("/api/v1/edms/status")
	Status status() {
		EdmsOperations.Overview overview = operations.overview();
		return new Status(overview.counts().pending(), overview.counts().delivered(), overview.counts().dead(),
				overview.sync().lastSyncAt(), overview.sync().lastError(), overview.sync().lastErrorAt(),
				overview.sync().nextRunAt(), overview.sync().syncs(), overview.configured());
	}

}
