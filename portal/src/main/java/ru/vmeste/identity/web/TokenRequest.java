package ru.vmeste.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Credentials exchanged for an API token.
 */
record TokenRequest(@NotBlank(message = "{identity.email.required}") @Size(max = 254) String email,
		@NotBlank(message = "{identity.password.required}") @Size(max = 128) String password) {
}
