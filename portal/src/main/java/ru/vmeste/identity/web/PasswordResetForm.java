package ru.vmeste.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new password set through a reset link.
 */
record PasswordResetForm(@NotBlank String token,
		@NotBlank(message = "{identity.password.required}") @Size(min = 8, max = 128, message = "{identity.password.size}") String password) {
}
