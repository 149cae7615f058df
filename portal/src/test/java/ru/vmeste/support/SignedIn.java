package ru.vmeste.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

import ru.vmeste.identity.internal.Users;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signs a MockMvc request in as a real account (a {@code PortalUser}, as the sign-in form would).
 */
public final class SignedIn {

	private SignedIn() {
	}

	public static RequestPostProcessor as(Users users, String email) {
		return user(users.byEmail(email).orElseThrow(() -> new IllegalArgumentException("No account " + email)).toPrincipal());
	}

	/** Signs the request in as the account, found in the portal the request goes to (no {@code Users} to inject). */
	public static RequestPostProcessor as(String email) {
		return request -> as(WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext())
			.getBean(Users.class), email).postProcessRequest(request);
	}

}
