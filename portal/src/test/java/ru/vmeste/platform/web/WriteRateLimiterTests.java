package ru.vmeste.platform.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import ru.vmeste.platform.PlatformSettings;
import ru.vmeste.shared.DomainException;
import ru.vmeste.support.Settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriteRateLimiterTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

	private final WriteRateLimiter limiter = new WriteRateLimiter(clock,
			Settings.of(PlatformSettings.class, "vmeste.rate-limit.writes-per-minute", "3"));

	@Test
	void refusesTheWriteAboveTheLimitWith429AndRetryAfter() {
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.preHandle(post("10.0.0.1"), new MockHttpServletResponse(), new Object())).isTrue();
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThatThrownBy(() -> limiter.preHandle(post("10.0.0.1"), response, new Object()))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.kind()).isEqualTo(DomainException.Kind.TOO_MANY_REQUESTS));
		assertThat(response.getHeader("Retry-After")).isEqualTo("60");
	}

	@Test
	void countsEachCallerSeparatelyAndNeverLimitsReads() {
		for (int i = 0; i < 3; i++) {
			limiter.preHandle(post("10.0.0.2"), new MockHttpServletResponse(), new Object());
		}
		assertThat(limiter.preHandle(post("10.0.0.3"), new MockHttpServletResponse(), new Object())).isTrue();
		MockHttpServletRequest read = new MockHttpServletRequest("GET", "/api/v1/topics");
		read.setRemoteAddr("10.0.0.2");
		assertThat(limiter.preHandle(read, new MockHttpServletResponse(), new Object())).isTrue();
	}

	private static MockHttpServletRequest post(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/appeals");
		request.setRemoteAddr(address);
		return request;
	}

}
