package ru.vmeste.identity.web;

import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A resident's profile: name, phone, home address with its map point, and birth date.
 */
record ProfileForm(@NotBlank(message = "{identity.name.required}") @Size(max = 100) String name,
		@Nullable @Pattern(regexp = "^$|^\\+?[0-9 ()-]{6,20}$", message = "{identity.phone.invalid}") String phone,
		@Nullable @Size(max = 300) String address,
		@Nullable @DecimalMin(value = "-90", message = "{geo.lat.invalid}") @DecimalMax(value = "90", message = "{geo.lat.invalid}") Double lat,
		@Nullable @DecimalMin(value = "-180", message = "{geo.lon.invalid}") @DecimalMax(value = "180", message = "{geo.lon.invalid}") Double lon,
		@Nullable @Past(message = "{identity.birth-date.invalid}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate) {

	boolean hasPoint() {
		return lat != null && lon != null;
	}

}
