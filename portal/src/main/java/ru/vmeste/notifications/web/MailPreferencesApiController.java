package ru.vmeste.notifications.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.notifications.MailKind;
import ru.vmeste.notifications.MailMode;
import ru.vmeste.notifications.internal.MailPreferences;

/** How each kind of the caller's mail comes, for the mobile app. */
@RestController
@RequestMapping("/api/v1/me/notifications")
@Tag(name = "Auth", description = "Registration, bearer tokens and the current user")
@Validated
class MailPreferencesApiController {

	/** The caller's choice for every kind of mail. */
	record Preferences(@NotNull Map<MailKind, MailMode> modes) {
	}

	private final MailPreferences preferences;

	MailPreferencesApiController(MailPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping
	@Operation(summary = "How each kind of the caller's mail comes (IMMEDIATE, DAILY, WEEKLY or OFF)")
	Preferences get(@AuthenticationPrincipal PortalUser user) {
		return new Preferences(preferences.of(user.id()));
	}

	@PutMapping
	@Operation(summary = "Chooses how kinds of the caller's mail come; kinds left out keep their choice")
	Preferences put(@AuthenticationPrincipal PortalUser user, @RequestBody @jakarta.validation.Valid Preferences chosen) {
		chosen.modes().forEach((kind, mode) -> preferences.choose(user.id(), kind, mode));
		return new Preferences(preferences.of(user.id()));
	}

}
