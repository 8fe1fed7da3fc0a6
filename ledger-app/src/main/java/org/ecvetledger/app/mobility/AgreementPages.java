package org.ecvetledger.app.mobility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.ecvetledger.app.access.Caller;
import org.ecvetledger.app.pages.LedgerPage;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.domain.shared.LedgerRuleViolation;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The MoUs and learning agreements of the staff's institution (issue 11 item 3), with the signature
 * its staff may record on each: the API's search and signature, in-process, so the same rules apply
 * (a party signs only for itself; the home records the learner's signature).
 */
@LedgerPage
class AgreementPages {

    /** The states in which a text still awaits signatures. */
    private static final Set<String> AWAITING_SIGNATURES = Set.of("DRAFT", "PARTIALLY_SIGNED");

    private final MemorandumController memoranda;
    private final LearningAgreementController agreements;
    private final Clock clock = Clock.systemUTC();

    AgreementPages(MemorandumController memoranda, LearningAgreementController agreements) {
        this.memoranda = memoranda;
        this.agreements = agreements;
    }

    @GetMapping("/staff/agreements")
    String list(Model model) {
        var staff = Caller.staff().orElseThrow();
        model.addAttribute("institution", staff.institution());
        model.addAttribute(
                "memoranda", memoranda.search(staff.institution(), null).items());
        model.addAttribute(
                "agreements",
                agreements.search(null, staff.institution(), null, null, null).items());
        model.addAttribute("awaiting", AWAITING_SIGNATURES);
        model.addAttribute("today", LocalDate.now(clock).toString());
        return "staff/agreements";
    }

    @PostMapping("/staff/mous/{memorandumId}/signatures")
    String signMemorandum(
            @PathVariable UUID memorandumId,
            @RequestParam int version,
            @RequestParam(required = false) String signatory,
            @RequestParam(required = false) String signedOn,
            RedirectAttributes redirect) {
        var staff = Caller.staff().orElseThrow();
        return decide(
                redirect,
                "mouSigned",
                () -> memoranda.sign(
                        memorandumId,
                        new MemorandumRequests.Signature(
                                version,
                                staff.institution(),
                                signatory(signatory, staff.displayName()),
                                date(signedOn))));
    }

    @PostMapping("/staff/learning-agreements/{agreementId}/signatures")
    String signAgreement(
            @PathVariable UUID agreementId,
            @RequestParam int version,
            @RequestParam String party,
            @RequestParam(required = false) String signatory,
            @RequestParam(required = false) String signedOn,
            RedirectAttributes redirect) {
        var staff = Caller.staff().orElseThrow();
        return decide(redirect, "agreementSigned", () -> {
            InvalidField.check("party", () -> org.ecvetledger.domain.learningagreement.AgreementParty.valueOf(party));
            agreements.sign(
                    agreementId,
                    new LearningAgreementRequests.Signature(
                            version, party, signatory(signatory, staff.displayName()), date(signedOn)));
        });
    }

    private static String decide(RedirectAttributes redirect, String what, Runnable decision) {
        try {
            decision.run();
            redirect.addFlashAttribute("done", what);
        } catch (InvalidField invalid) {
            redirect.addFlashAttribute(
                    "refusal",
                    String.join(
                            "; ",
                            invalid.messagesByField().entrySet().stream()
                                    .map(e -> e.getKey() + ": " + e.getValue())
                                    .toList()));
        } catch (LedgerRuleViolation refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage() + " (" + refused.rule() + ")");
        } catch (org.ecvetledger.app.access.AccessRefused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/staff/agreements";
    }

    private static String signatory(String typed, String displayName) {
        return typed == null || typed.isBlank() ? displayName : typed.strip();
    }

    private String date(String text) {
        var date = text == null || text.isBlank() ? LocalDate.now(clock).toString() : text.strip();
        InvalidField.check("signedOn", () -> {
            try {
                return LocalDate.parse(date);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("must be a date such as 2026-10-01", e);
            }
        });
        return date;
    }
}
