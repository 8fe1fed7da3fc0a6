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
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The text is the name of one constant of an enum, or one of the listed names: checked by Bean
 * Validation, so that a wrong name is reported together with every other bad field rather than
 * stopping Jackson at the first one. Null is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = OneOf.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {

    /** The enum whose constant names are allowed; {@code Enum.class} when {@link #names()} lists them. */
    @SuppressWarnings("rawtypes")
    Class<? extends Enum> value() default Enum.class;

    /** The allowed names, when they are not an enum's constants. */
    String[] names() default {};

    String message() default "must be one of {allowed}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OneOf, String> {
        private java.util.List<String> allowed;

        @Override
        public void initialize(OneOf annotation) {
            allowed = annotation.value() == Enum.class
                    ? java.util.List.of(annotation.names())
                    : Arrays.stream(annotation.value().getEnumConstants())
                            .map(constant -> ((Enum<?>) constant).name())
                            .toList();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || allowed.contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(
                            "must be one of " + allowed.stream().collect(Collectors.joining(", ")))
                    .addConstraintViolation();
            return false;
        }
    }
}
