package ru.vmeste.platform.web;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

import ru.vmeste.platform.PlatformSettings;
import ru.vmeste.shared.DomainException;

/**
 * Limits how many writes (POST, PUT, PATCH, DELETE) one account, or one address when
 * anonymous, makes per minute, so a script cannot flood appeals, ballots or registrations.
 * Counting is per instance; behind a load balancer the effective limit is per instance too.
 */
@Component
class WriteRateLimiter implements HandlerInterceptor {

	private static final int MAX_TRACKED_CALLERS = 100_000;

	private record Window(long minute, AtomicInteger count) {
	}

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final Clock clock;

	private final int writesPerMinute;

	WriteRateLimiter(Clock clock, PlatformSettings settings) {
		this.clock = clock;
		this.writesPerMinute = settings.rateLimit().writesPerMinute();
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (isRead(request.getMethod()) || writesPerMinute <= 0) {
			return true;
		}
		long minute = clock.millis() / 60_000;
		if (windows.size() > MAX_TRACKED_CALLERS) {
			windows.values().removeIf(window -> window.minute() < minute);
		}
		Window window = windows.compute(caller(request),
				(key, current) -> current == null || current.minute() != minute
						? new Window(minute, new AtomicInteger()) : current);
		if (window.count().incrementAndGet() > writesPerMinute) {
			response.setHeader("Retry-After", "60");
			throw new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "problem.rate-limited");
		}
		return true;
	}

	private static boolean isRead(String method) {
		return HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method) || HttpMethod.OPTIONS.matches(method);
	}

	private static String caller(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getName())) {
			return "user:" + authentication.getName();
		}
		return "ip:" + request.getRemoteAddr();
	}

}
