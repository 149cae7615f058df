package ru.vmeste.reports.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A resident's text must be plain text: no HTML tags, scripts or {@code javascript:} links.
 * A lone "&lt;" or "&amp;" is fine; pages always escape what they show.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
@interface PlainText {

	String message() default "{reports.text.markup}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Refuses anything that looks like markup. */
	class Validator implements ConstraintValidator<PlainText, String> {

		private static final Pattern MARKUP = Pattern
			.compile("(?is)<\\s*/?\\s*[a-z!][^>]*>|javascript\\s*:|\\bon[a-z]+\\s*=|&#?[a-z0-9]+;");

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || !MARKUP.matcher(value).find();
		}

	}

}
