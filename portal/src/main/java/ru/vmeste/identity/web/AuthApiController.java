package ru.vmeste.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.Role;
import ru.vmeste.identity.VerificationLevel;
import ru.vmeste.identity.internal.Accounts;
import ru.vmeste.identity.internal.ApiTokens;
import ru.vmeste.identity.internal.Consents;
import ru.vmeste.identity.internal.Tokens;
import ru.vmeste.identity.internal.UserAccount;
import ru.vmeste.identity.internal.Users;
import ru.vmeste.platform.PublicUrl;
import ru.vmeste.shared.DomainException;

/**
 * Registration, tokens and the caller's own account for the mobile app and API clients.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Auth", description = "Registration, bearer tokens and the current user")
class AuthApiController {

	/**
	 * The answer to a registration, the same whether the address was new or already had an
	 * account (its owner then gets a mail saying so): it names no account.
	 */
	record Registered(String email, String name, String status) {
	}

	record TokenView(String id, Instant issuedAt, Instant expiresAt) {
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

	private final PublicUrl siteUrl;

	AuthApiController(Accounts accounts, ApiTokens tokens, Users users, AuthenticationManager authentication,
			PublicUrl siteUrl) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.users = users;
		this.authentication = authentication;
		this.siteUrl = siteUrl;
	}

	@PostMapping("/auth/register")
	@Operation(summary = "Register a resident; a confirmation link is e-mailed (the same answer for an address "
			+ "that already has an account: its owner is told by mail)")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<Registered> register(@Valid @RequestBody RegistrationForm form, Locale locale) {
		if (Boolean.FALSE.equals(form.consent())) {
			throw DomainException.invalid("identity.consent.required");
		}
		accounts.signUp(form.email(), form.password(), form.name(), locale, siteUrl.base(), Consents.Channel.API);
		return ResponseEntity.created(URI.create("/api/v1/me"))
			.body(new Registered(Accounts.normalize(form.email()), form.name().strip(), "CONFIRMATION_SENT"));
	}

	@PostMapping("/auth/token")
	@Operation(summary = "Exchange e-mail and password for a bearer token")
	TokenResponse token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
		PortalUser user;
		try {
			UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken
				.unauthenticated(request.email(), request.password());
			attempt.setDetails(new WebAuthenticationDetails(http));
			user = (PortalUser) authentication.authenticate(attempt).getPrincipal();
		}
		catch (LockedException ex) {
			throw new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "identity.login-locked");
		}
		catch (DisabledException ex) {
			throw DomainException.forbidden("identity.unconfirmed");
		}
		catch (BadCredentialsException ex) {
			throw new DomainException(DomainException.Kind.UNAUTHORIZED, "identity.bad-credentials");
		}
		Tokens.Issued token = tokens.issue(user.id());
		return new TokenResponse(token.secret(), token.expiresAt());
	}

	@GetMapping("/me/tokens")
	@Operation(summary = "The caller's valid API tokens (named by their hash; the secret itself is never shown again)")
	List<TokenView> tokens(@AuthenticationPrincipal PortalUser user) {
		return tokens.active(user.id()).stream().map(token -> new TokenView(token.hash(), token.issuedAt(), token.expiresAt()))
			.toList();
	}

	@DeleteMapping("/me/tokens/{id}")
	@Operation(summary = "Revoke one of the caller's API tokens")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> revoke(@PathVariable String id, @AuthenticationPrincipal PortalUser user) {
		tokens.revoke(user.id(), id);
		return ResponseEntity.noContent().build();
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
