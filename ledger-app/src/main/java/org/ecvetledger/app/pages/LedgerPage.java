package org.ecvetledger.app.pages;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller of web pages (issue 11, ADR 0018): its errors are shown as pages ({@link PageErrors}),
 * not as problem documents, and its paths are decided by the "pages" section of the access rules.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Controller
public @interface LedgerPage {
    @AliasFor(annotation = Controller.class)
    String value() default "";
}
