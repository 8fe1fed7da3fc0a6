package org.ecvetledger.app.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ecvetledger.app.access.PageSecurity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Sign-in, the landing page of each role, and the page that explains a refusal. */
@LedgerPage
class HomePages {

    /** A learner lands on their transcript and an auditor on the search; staff and administrators on their menu. */
    @GetMapping("/")
    String home() {
        var caller = PageCaller.current().orElseThrow();
        if (caller.isLearner() && caller.learner() != null) {
            return "redirect:/learners/" + caller.learner() + "/transcript";
        }
        if (caller.isAuditor()) {
            return "redirect:/audit";
        }
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /**
     * Where the security chain forwards a refused page: a path no rule knows is shown as "not found"
     * (as a missing record is), anything else as "not allowed" with the rule's reason.
     */
    // any method: a refused form post (a missing CSRF token) is forwarded here as the POST it was
    @RequestMapping("/refused")
    String refused(HttpServletRequest request, HttpServletResponse response, Model model) {
        var refusal = PageSecurity.refusal(request);
        if (refusal.isPresent() && refusal.get().noSuchPage()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "error/404";
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        refusal.ifPresent(why -> model.addAttribute("reason", why.detail()));
        PageCaller.current().ifPresent(caller -> model.addAttribute(PageConfiguration.CALLER, caller));
        return "error/403";
    }
}
