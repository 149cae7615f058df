package ru.vmeste.identity.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.internal.AccountDeletion;
import ru.vmeste.identity.internal.PersonalDataExport;

/**
 * The caller's personal data (152-FZ) for the mobile app: everything the portal keeps about
 * them, and deleting the account.
 */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Auth", description = "Registration, bearer tokens and the current user")
class PersonalDataApiController {

	private final PersonalDataExport export;

	private final AccountDeletion deletion;

	PersonalDataApiController(PersonalDataExport export, AccountDeletion deletion) {
		this.export = export;
		this.deletion = deletion;
	}

	@GetMapping("/data")
	@Operation(summary = "Everything the portal keeps about the caller (JSON, section per module)")
	Map<String, Object> data(@AuthenticationPrincipal PortalUser user) {
		return export.of(user.id());
	}

	@DeleteMapping
	@Operation(summary = "Delete the caller's account: personal data erased, sign-ins ended; published appeals stay without the name")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@AuthenticationPrincipal PortalUser user) {
		deletion.delete(user.id());
	}

}
