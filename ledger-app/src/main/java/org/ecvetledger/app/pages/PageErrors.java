package org.ecvetledger.app.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.app.web.ResourceNotFound;
import org.ecvetledger.domain.shared.LedgerRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the pages shown as pages: a missing record as "not found", bad input or a refused rule as
 * a page naming what was wrong, anything unexpected as a plain apology with a reference for the log —
 * never a stack trace. Ahead of the API's problem documents, which answer every other controller.
 */
@ControllerAdvice(annotations = LedgerPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(ResourceNotFound.class)
    ModelAndView notFound(ResourceNotFound e, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return page("error/404").addObject("reason", e.getMessage());
    }

    @ExceptionHandler(InvalidField.class)
    ModelAndView invalid(InvalidField e, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page("error/400").addObject("errors", e.messagesByField());
    }

    @ExceptionHandler(LedgerRuleViolation.class)
    ModelAndView refusedByRule(LedgerRuleViolation e, HttpServletResponse response) {
        response.setStatus(422);
        return page("error/400").addObject("reason", e.getMessage()).addObject("rule", e.rule());
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletResponse response) {
        var reference = java.util.UUID.randomUUID().toString();
        log.error("page failed (reference {})", reference, e);
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        return page("error/500").addObject("reference", reference);
    }

    private static ModelAndView page(String view) {
        var page = new ModelAndView(view);
        PageCaller.current().ifPresent(caller -> page.addObject(PageConfiguration.CALLER, caller));
        return page;
    }
}
