package ru.vmeste.identity.internal.security;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import ru.vmeste.shared.web.UploadWithoutAccount;

/**
 * Refuses an upload (a multipart body) from someone not signed in before anything reads the
 * body: every upload of the portal — a report's photos, a rating's photo, imports, documents —
 * needs an account, so a stranger's multipart is not parsed, written to temporary files or held
 * in memory at all. The only exceptions are the modules' {@link UploadWithoutAccount}s (a
 * letter's reply link, whose token is checked here first). It sits after the session or bearer token is read and before the CSRF
 * check, whose token lookup would parse the body; the chain's entry point answers (a 401
 * problem on the API, the sign-in page on the web).
 */
final class AnonymousUploadFilter extends OncePerRequestFilter {

	private final AuthenticationEntryPoint entryPoint;

	private final List<UploadWithoutAccount> exceptions;

	AnonymousUploadFilter(AuthenticationEntryPoint entryPoint, List<UploadWithoutAccount> exceptions) {
		this.entryPoint = entryPoint;
		this.exceptions = List.copyOf(exceptions);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isMultipart(request) && !signedIn(SecurityContextHolder.getContext().getAuthentication())
				&& exceptions.stream().noneMatch(exception -> exception.allows(request))) {
			entryPoint.commence(request, response, new InsufficientAuthenticationException("Sign in to upload files"));
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	private static boolean signedIn(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
