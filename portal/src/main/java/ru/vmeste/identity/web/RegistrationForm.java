package ru.vmeste.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a new resident enters to register, on the web form and in the API. {@code consent} is the
 * consent to processing personal data (152-FZ): the page requires the box ticked; an API client
 * shows the policy itself and may leave it out (an explicit {@code false} is refused).
 */
public record RegistrationForm(
		@NotBlank(message = "{identity.email.required}") @Email(regexp = ".+@.+\\..+", message = "{identity.email.invalid}")
		@Size(max = 254, message = "{identity.email.too-long}") String email,
		@NotBlank(message = "{identity.password.required}")
		@Size(min = 8, max = 128, message = "{identity.password.size}") String password,
		@NotBlank(message = "{identity.name.required}") @Size(max = 100, message = "{identity.name.too-long}") String name,
		@Nullable Boolean consent) {

	static RegistrationForm empty() {
		return new RegistrationForm("", "", "", false);
	}

	boolean consented() {
		return Boolean.TRUE.equals(consent);
	}

}
