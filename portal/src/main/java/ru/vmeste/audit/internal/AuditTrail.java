package ru.vmeste.audit.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import ru.vmeste.audit.StaffAction;
import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.Role;
import ru.vmeste.shared.web.AuditDetail;

/**
 * Records every write a staff member makes (any role but resident's alone), once it is answered:
 * complete by construction, since it sits in front of every controller, including those of modules
 * that know nothing of auditing. Residents' own doings are not staff actions, and casting a ballot
 * or handling its receipt is never recorded for anyone: the log must not tie anyone to a ballot.
 * Reads are not recorded.
 */
@Component
class AuditTrail implements HandlerInterceptor {

	/** Writes that are a person's own business, never a staff action, whatever their roles. */
	private static final Set<String> NOT_STAFF_ACTIONS = Set.of("/api/v1/votes/{id}/ballots", "/votes/{id}/ballot",
			"/votes/{id}/receipt.json", "/account/password", "/account/profile", "/account/confirmation",
			"/account/delete", "/account/register", "/account/forgot", "/account/reset",
			"/account/tokens/{hash}/revoke", "/api/v1/me/tokens/{id}", "/api/v1/auth/token", "/api/v1/auth/register");

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	private final StaffActions actions;

	private final Clock clock;

	AuditTrail(StaffActions actions, Clock clock) {
		this.actions = actions;
		this.clock = clock;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable Exception ex) {
		if (READS.contains(request.getMethod()) || !(handler instanceof HandlerMethod method)) {
			return;
		}
		PortalUser user = staff();
		String action = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
		if (user == null || NOT_STAFF_ACTIONS.contains(action)) {
			return;
		}
		try {
			actions.record(new StaffAction(0, clock.instant(), user.id(),
					user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")), request.getMethod(),
					action, method.getBeanType().getSimpleName() + "#" + method.getMethod().getName(), target(request),
					String.valueOf(request.getAttribute(AuditDetail.ATTRIBUTE) == null ? ""
							: request.getAttribute(AuditDetail.ATTRIBUTE)),
					ex != null && response.getStatus() < 400 ? 500 : response.getStatus(), request.getRemoteAddr()));
		}
		catch (RuntimeException failure) {
			log.error("A staff action of {} ({} {}) could not be written to the audit log", user.id(), request.getMethod(),
					action, failure);
		}
	}

	private static @Nullable PortalUser staff() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PortalUser user
				&& user.roles().stream().anyMatch(role -> role != Role.RESIDENT)) {
			return user;
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private static String target(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (!(variables instanceof Map<?, ?> map)) {
			return "";
		}
		return new TreeMap<>((Map<String, String>) map).entrySet()
			.stream()
			.map(variable -> variable.getKey() + "=" + variable.getValue())
			.collect(Collectors.joining(","));
	}

}
