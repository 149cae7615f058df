package ru.vmeste.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A signed-in user's new password, proven by the current one.
 */
record PasswordChangeForm(@NotBlank String currentPassword,
		@NotBlank(message = "{identity.password.required}") @Size(min = 8, max = 128, message = "{identity.password.size}") String newPassword) {
}
