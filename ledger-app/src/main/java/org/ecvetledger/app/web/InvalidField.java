package org.ecvetledger.app.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Input that passed Bean Validation but that a domain type still refuses (a value object's
 * constructor throws {@link IllegalArgumentException}): answered as a 400 {@code invalid-request}
 * naming the field, like any other bad field, never as a 500. Controllers turn request DTOs into
 * domain values through {@link #check} or a {@link Fields} collector.
 */
public final class InvalidField extends RuntimeException {

    /** The rule named when a domain type refuses a value that is well formed. */
    public static final String INVALID = "invalid";

    private final transient List<Problems.FieldError> errors;

    public InvalidField(String field, String rule, String message) {
        this(List.of(new Problems.FieldError(field, rule, message)));
    }

    private InvalidField(List<Problems.FieldError> errors) {
        super(errors.get(0).field() + " " + errors.get(0).message());
        this.errors = errors.stream()
                .sorted(Comparator.comparing(Problems.FieldError::field).thenComparing(Problems.FieldError::rule))
                .toList();
    }

    List<Problems.FieldError> errors() {
        return errors;
    }

    /** Each bad field's message, first rule first: what a page shows beside the field. */
    public java.util.Map<String, String> messagesByField() {
        var messages = new java.util.LinkedHashMap<String, String>();
        errors.forEach(error -> messages.putIfAbsent(error.field(), error.message()));
        return messages;
    }

    /** The domain value {@code value} builds, or an {@code InvalidField} naming {@code field}. */
    public static <T> T check(String field, Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidField(field, INVALID, e.getMessage());
        }
    }

    /**
     * Collects every bad field of one request before refusing it, so that a client learns of all
     * its mistakes at once: {@code var fields = new Fields(); ... fields.check(...); fields.throwIfAny();}.
     */
    public static final class Fields {

        private final List<Problems.FieldError> errors = new ArrayList<>();

        /** The value, or null after recording the field as bad. */
        public <T> T check(String field, Supplier<T> value) {
            try {
                return value.get();
            } catch (IllegalArgumentException e) {
                errors.add(new Problems.FieldError(field, INVALID, e.getMessage()));
                return null;
            }
        }

        public void reject(String field, String rule, String message) {
            errors.add(new Problems.FieldError(field, rule, message));
        }

        public boolean isEmpty() {
            return errors.isEmpty();
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidField(List.copyOf(errors));
            }
        }
    }
}
