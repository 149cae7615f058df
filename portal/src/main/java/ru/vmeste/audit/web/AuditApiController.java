package ru.vmeste.audit.web;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.audit.internal.StaffActions;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * The audit log of staff actions as JSON, for administrators.
 */
@RestController
@Tag(name = "Audit", description = "The append-only log of staff actions, for administrators")
class AuditApiController {

	/** One staff action. */
	@Schema(name = "AuditEntry")
	record Entry(long id, Instant at, String actorId, String actorRoles, String method, String action, String handler,
			String target, String detail, int status, String address) {
	}

	private final StaffActions actions;

	AuditApiController(StaffActions actions) {
		this.actions = actions;
	}

	@GetMapping("/api/v1/admin/audit")
	@Operation(summary = "Staff actions newest first, of one staff member and/or mentioning an id (administrators)")
	Paged<Entry> log(@RequestParam(required = false) @Nullable UUID actor,
			@RequestParam(defaultValue = "") String mentioning, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return AuditController.page(actions, actor, mentioning.strip(), PageQuery.of(page, size))
			.map(action -> new Entry(action.id(), action.at(), action.actor().toString(), action.actorRoles(),
					action.method(), action.action(), action.handler(), action.target(), action.detail(), action.status(),
					action.address()));
	}

}
