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
import java.time.LocalDate;

/**
 * An ISO date text on or after a given date: catches typos such as year 0206. Text that is not a
 * date is left to {@link IsoDate}.
 */
@Documented
@Constraint(validatedBy = NotBefore.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotBefore {

    /** The earliest acceptable date, ISO 8601. */
    String value();

    String message() default "must not be before {value}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NotBefore, String> {
        private LocalDate earliest;

        @Override
        public void initialize(NotBefore annotation) {
            earliest = LocalDate.parse(annotation.value());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            var date = value == null ? null : IsoDate.Validator.parse(value);
            return date == null || !date.isBefore(earliest);
        }
    }
}
