package org.ecvetledger.app.sharing;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.ecvetledger.app.access.Caller;
import org.ecvetledger.app.pages.LedgerPage;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.domain.shared.QualificationId;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Share links as pages (issue 11, ADR 0020): the learner's list with its form and revoke buttons, and
 * the public page a link opens, signed out. The same {@link ShareLinks} as the API, so a page shares
 * and shows exactly what the API would.
 */
@LedgerPage
class ShareLinkPages {

    /** The resource the read audit names for an opening of the page: never the token itself. */
    static final String SHARED_PAGE = "GET /share/{token}";

    private final ShareLinks links;

    ShareLinkPages(ShareLinks links) {
        this.links = links;
    }

    @GetMapping("/learners/{learnerId}/share-links")
    String list(@PathVariable UUID learnerId, Model model) {
        return page(learnerId, model, new Form(null, null, null), Map.of());
    }

    @PostMapping("/learners/{learnerId}/share-links")
    String create(
            @PathVariable UUID learnerId,
            @RequestParam(required = false) String label,
            @RequestParam(required = false) String expiresOn,
            @RequestParam(required = false) String qualification,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var form = new Form(label, expiresOn, qualification);
        var fields = new InvalidField.Fields();
        if (label == null || label.isBlank()) {
            fields.reject("label", "required", "must name who the link is for, e.g. Employer Acme");
        } else if (label.strip().length() > 100) {
            fields.reject("label", "size", "must be at most 100 characters");
        }
        var expiresAt = ShareLinkController.expiry(fields, expiresOn, Instant.now());
        QualificationId standard = qualification == null || qualification.isBlank()
                ? null
                : fields.check("qualification", () -> new QualificationId(qualification.strip()));
        try {
            fields.throwIfAny();
        } catch (InvalidField invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(learnerId, model, form, invalid.messagesByField());
        }
        var createdBy = Caller.current().map(a -> a.name()).orElse("unknown");
        var issued = links.create(learnerId, label.strip(), standard, expiresAt, createdBy);
        redirect.addFlashAttribute("created", issued);
        return "redirect:/learners/" + learnerId + "/share-links";
    }

    @PostMapping("/learners/{learnerId}/share-links/{linkId}/revocation")
    String revoke(@PathVariable UUID learnerId, @PathVariable UUID linkId, RedirectAttributes redirect) {
        if (!links.revoke(learnerId, linkId)) {
            throw new ShareLinkNotFound("learner " + learnerId + " has no share link " + linkId);
        }
        redirect.addFlashAttribute("revoked", linkId);
        return "redirect:/learners/" + learnerId + "/share-links";
    }

    /** What a link opens, for whoever holds it, signed out; the opening is in the learner's read audit. */
    @GetMapping("/share/{token}")
    String shared(@PathVariable String token, Model model) {
        var record = links.open(token, SHARED_PAGE).orElseThrow(ShareLinkNotFound::forToken);
        model.addAttribute("shared", record);
        return "share/shared";
    }

    private String page(UUID learnerId, Model model, Form form, Map<String, String> errors) {
        model.addAttribute("learnerId", learnerId);
        model.addAttribute("links", links.of(learnerId));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        // the address to copy is the one this ledger was reached at
        model.addAttribute(
                "base", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        model.addAttribute(
                "mayShare",
                Caller.current().map(a -> learnerId.equals(a.learner())).orElse(false));
        return "learner/share-links";
    }

    /** What the learner typed, shown again beside the errors. */
    record Form(String label, String expiresOn, String qualification) {}
}
