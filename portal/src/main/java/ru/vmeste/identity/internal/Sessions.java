package ru.vmeste.identity.internal;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a user's web sessions (kept in the database, so on every instance at once): after a
 * password reset or change and a change of roles, nobody keeps signing in with what they had.
 */
@Component
public class Sessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	Sessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Ends every session of the account with this e-mail but {@code keep} (the caller's own, if any). */
	public int endAll(String email, @Nullable String keep) {
		Set<String> ids = sessions.findByPrincipalName(email).keySet();
		int ended = 0;
		for (String id : ids) {
			if (!id.equals(keep)) {
				sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

}
