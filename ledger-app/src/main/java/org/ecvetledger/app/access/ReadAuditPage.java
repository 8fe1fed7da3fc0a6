package org.ecvetledger.app.access;

import java.util.UUID;
import org.ecvetledger.app.pages.LedgerPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Who read my record (issue 11): the read audit of issue 10 as a page, for the learner and auditors. */
@LedgerPage
class ReadAuditPage {

    private final ReadAudit audit;

    ReadAuditPage(ReadAudit audit) {
        this.audit = audit;
    }

    @GetMapping("/learners/{learnerId}/reads")
    String reads(@PathVariable UUID learnerId, Model model) {
        model.addAttribute("learnerId", learnerId);
        model.addAttribute("reads", audit.of(learnerId));
        return "learner/reads";
    }
}
