package ru.vmeste.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import ru.vmeste.support.Settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicUrlTests {

	@AfterEach
	void leaveTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void theConfiguredAddressWinsOverTheRequestsHost() {
		PublicUrl url = publicUrl("https://vmeste.perm.ru/");
		inRequestTo("evil.example", 80);
		assertThat(url.of("/appeals/7")).isEqualTo("https://vmeste.perm.ru/appeals/7");
		assertThat(url.isConfigured()).isTrue();
	}

	@Test
	void withoutOneLinksFollowTheRequestOrThisInstance() {
		PublicUrl url = publicUrl("");
		assertThat(url.isConfigured()).isFalse();
		assertThat(url.of("/works/1")).isEqualTo("http://localhost:8080/works/1");
		inRequestTo("portal.local", 8443);
		assertThat(url.of("/works/1")).isEqualTo("http://portal.local:8443/works/1");
	}

	@Test
	void refusesAnAddressThatIsNotAnHttpSite() {
		assertThatThrownBy(() -> publicUrl("vmeste.perm.ru")).hasRootCauseInstanceOf(IllegalArgumentException.class)
			.rootCause()
			.hasMessageContaining("vmeste.public-url");
		assertThatThrownBy(() -> publicUrl("javascript:alert(1)")).rootCause().hasMessageContaining("http(s)");
	}

	@Test
	void pathsStartWithASlash() {
		assertThatThrownBy(() -> publicUrl("https://vmeste.perm.ru").of("appeals"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static PublicUrl publicUrl(String configured) {
		return new PublicUrl(Settings.of(PlatformSettings.class, "vmeste.public-url", configured));
	}

	private static void inRequestTo(String host, int port) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setServerName(host);
		request.setServerPort(port);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

}
