package org.ecvetledger.domain.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable name under which an event is stored, independent of its Java class name, so that
 * renaming or moving a class never rewrites history (STYLE.md §3). Its version is Axon's
 * {@code @Revision}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MessageName {

    String value();
}
