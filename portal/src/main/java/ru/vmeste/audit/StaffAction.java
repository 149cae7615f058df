package ru.vmeste.audit;

import java.time.Instant;

import ru.vmeste.identity.UserId;

/**
 * One staff action as the audit log keeps it.
 *
 * @param action the URL pattern of what was done, e.g. {@code /manage/votes/{id}/schedule}
 * @param handler the code that did it, {@code Controller#method}
 * @param target the ids in the URL, e.g. {@code id=…}: the appeal, vote, user or rule acted on
 * @param detail what the action itself adds (e.g. the roles given), or empty
 * @param status the HTTP status of the answer: whether it was done or refused
 * @param address the client address (as a trusted proxy reports it, or the connection's)
 */
public record StaffAction(long id, Instant at, UserId actor, String actorRoles, String method, String action,
		String handler, String target, String detail, int status, String address) {
}
