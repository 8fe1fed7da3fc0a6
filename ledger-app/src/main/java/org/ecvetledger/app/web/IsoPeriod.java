package org.ecvetledger.app.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Period;
import java.time.format.DateTimeParseException;

/** The text is an ISO 8601 period of years, months, weeks or days ({@code P5Y}, {@code P18M}); null is left to {@code @NotNull}. */
@Documented
@Constraint(validatedBy = IsoPeriod.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoPeriod {

    String message() default "must be a period in ISO 8601 form, e.g. P5Y";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IsoPeriod, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || parse(value) != null;
        }

        /** The period, or null when the text is not one. */
        public static Period parse(String value) {
            try {
                return Period.parse(value);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
