package org.ecvetledger.app.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that answers a question sent with a body ({@code POST}) and records nothing: no
 * command, no event, no read-model row. The idempotency filter lets such a request pass untouched (no
 * key is claimed or remembered, ADR 0006), as it does a {@code GET}. Example: the what-if of
 * qualification progress (ADR 0009).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReadOnly {}
