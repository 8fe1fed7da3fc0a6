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
import java.time.Clock;
import java.time.LocalDate;

/**
 * An ISO date text that lies before today. Text that is not a date is left to {@link IsoDate}, so
 * each problem is reported once, under its own rule.
 */
@Documented
@Constraint(validatedBy = InThePast.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface InThePast {

    String message() default "must be a date in the past";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<InThePast, String> {
        private final Clock clock;

        public Validator() {
            this(Clock.systemDefaultZone());
        }

        Validator(Clock clock) {
            this.clock = clock;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            var date = value == null ? null : IsoDate.Validator.parse(value);
            return date == null || date.isBefore(LocalDate.now(clock));
        }
    }
}
