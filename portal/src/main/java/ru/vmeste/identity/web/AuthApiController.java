package ru.vmeste.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.Role;
import ru.vmeste.identity.UserId;
import ru.vmeste.identity.VerificationLevel;
import ru.vmeste.identity.internal.Accounts;
import ru.vmeste.identity.internal.ApiTokens;
import ru.vmeste.identity.internal.Consents;
import ru.vmeste.identity.internal.Tokens;
import ru.vmeste.identity.internal.UserAccount;
import ru.vmeste.identity.internal.Users;
import ru.vmeste.shared.DomainException;

/**
 * Registration, tokens and the caller's own account for the mobile app and API clients.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Auth", description = "Registration, bearer tokens and the current user")
class AuthApiController {

	record Registered(String id, String email, String name) {
	}

	record TokenResponse(String token, Instant expiresAt) {
	}

	record Me(String id, String email, String name, Set<Role> roles, @Nullable String districtId, boolean verified,
			VerificationLevel verificationLevel) {
	}

	private final Accounts accounts;

	private final ApiTokens tokens;

	private final Users users;

	private final AuthenticationManager authentication;

	private final SiteUrl siteUrl;

	AuthApiController(Accounts accounts, ApiTokens tokens, Users users, AuthenticationManager authentication,
			SiteUrl siteUrl) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.users = users;
		this.authentication = authentication;
		this.siteUrl = siteUrl;
	}

	@PostMapping("/auth/register")
	@Operation(summary = "Register a resident; a confirmation link is e-mailed")
	ResponseEntity<Registered> register(@Valid @RequestBody RegistrationForm form, Locale locale) {
		if (Boolean.FALSE.equals(form.consent())) {
			throw DomainException.invalid("identity.consent.required");
		}
		UserId id = accounts.register(form.email(), form.password(), form.name(), locale, siteUrl.current(),
				Consents.Channel.API);
		return ResponseEntity.created(URI.create("/api/v1/me"))
			.body(new Registered(id.toString(), Accounts.normalize(form.email()), form.name().strip()));
	}

	@PostMapping("/auth/token")
	@Operation(summary = "Exchange e-mail and password for a bearer token")
	TokenResponse token(@Valid @RequestBody TokenRequest request) {
		PortalUser user;
		try {
			user = (PortalUser) authentication
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(request.email(), request.password()))
				.getPrincipal();
		}
		catch (LockedException ex) {
			throw new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "identity.login-locked");
		}
		catch (BadCredentialsException ex) {
			throw new DomainException(DomainException.Kind.UNAUTHORIZED, "identity.bad-credentials");
		}
		Tokens.Issued token = tokens.issue(user.id());
		return new TokenResponse(token.secret(), token.expiresAt());
	}

	@GetMapping("/me")
	@Operation(summary = "The signed-in user")
	Me me(@AuthenticationPrincipal PortalUser user) {
		UserAccount account = users.byId(user.id()).orElseThrow(() -> DomainException.notFound("identity.user-not-found"));
		return new Me(account.id().toString(), account.email(), account.name(), account.roles(),
				account.district() == null ? null : account.district().value().toString(),
				account.verification() == VerificationLevel.ADDRESS, account.verification());
	}

}
