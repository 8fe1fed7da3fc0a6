package org.ecvetledger.app.ledger;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.ecvetledger.app.pages.LedgerPage;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.domain.shared.LedgerRuleViolation;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Award eligibility for the awarding body's staff (issue 11 item 3; R12–R17): the evaluation with
 * every rule of the standard's rule set, held or not and why, and the award itself when eligible —
 * the API's evaluation and award, called in-process.
 */
@LedgerPage
class AwardPages {

    private final PathwayController pathways;
    private final Clock clock = Clock.systemUTC();

    AwardPages(PathwayController pathways) {
        this.pathways = pathways;
    }

    /** The staff home's form: a learner and a qualification lead to the award page. */
    @GetMapping("/staff/award")
    String find(@RequestParam(required = false) String learner, @RequestParam(required = false) String qualification) {
        try {
            var id = UUID.fromString(String.valueOf(learner).strip());
            return "redirect:"
                    + UriComponentsBuilder.fromPath("/staff/learners/{id}/award/{q}")
                            .buildAndExpand(id, String.valueOf(qualification).strip())
                            .encode()
                            .toUriString();
        } catch (IllegalArgumentException e) {
            throw new InvalidField("learner", "format", "must be a learner's identifier");
        }
    }

    @GetMapping("/staff/learners/{learnerId}/award/{qualificationId}")
    String page(@PathVariable UUID learnerId, @PathVariable String qualificationId, Model model) {
        return page(learnerId, qualificationId, LocalDate.now(clock).toString(), new LinkedHashMap<>(), model);
    }

    @PostMapping("/staff/learners/{learnerId}/award/{qualificationId}/evaluation")
    String evaluate(
            @PathVariable UUID learnerId,
            @PathVariable String qualificationId,
            @RequestParam(required = false) String evaluatedOn,
            Model model,
            HttpServletResponse response) {
        var errors = new LinkedHashMap<String, String>();
        try {
            model.addAttribute(
                    "evaluation",
                    pathways.evaluate(
                            learnerId,
                            null,
                            null,
                            new LedgerRequests.AwardEvaluation(qualificationId, date(evaluatedOn))));
        } catch (InvalidField invalid) {
            errors.putAll(invalid.messagesByField());
            response.setStatus(400);
        }
        return page(learnerId, qualificationId, evaluatedOn, errors, model);
    }

    @PostMapping("/staff/learners/{learnerId}/award/{qualificationId}")
    String award(
            @PathVariable UUID learnerId,
            @PathVariable String qualificationId,
            @RequestParam(required = false) String effectiveDate,
            @RequestParam(required = false) String legalBasis,
            Model model,
            HttpServletResponse response) {
        var errors = new LinkedHashMap<String, String>();
        try {
            pathways.award(
                    learnerId,
                    null,
                    null,
                    new LedgerRequests.Award(
                            qualificationId,
                            date(effectiveDate),
                            legalBasis == null || legalBasis.isBlank() ? null : legalBasis.strip()));
            model.addAttribute("awarded", true);
        } catch (InvalidField invalid) {
            errors.putAll(invalid.messagesByField());
            response.setStatus(400);
        } catch (LedgerRuleViolation refused) {
            errors.put("form", refused.getMessage() + " (" + refused.rule() + ")");
            response.setStatus(422);
        }
        return page(learnerId, qualificationId, effectiveDate, errors, model);
    }

    private String page(
            UUID learnerId, String qualificationId, String on, java.util.Map<String, String> errors, Model model) {
        model.addAttribute("learnerId", learnerId);
        model.addAttribute("qualificationId", qualificationId);
        model.addAttribute(
                "on", on == null || on.isBlank() ? LocalDate.now(clock).toString() : on);
        model.addAttribute("errors", errors);
        return "staff/award";
    }

    /** The date as typed, today when left empty; not a date: the field is named. */
    private String date(String text) {
        var date = text == null || text.isBlank() ? LocalDate.now(clock).toString() : text.strip();
        InvalidField.check("date", () -> {
            try {
                return LocalDate.parse(date);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("must be a date such as 2027-06-30", e);
            }
        });
        return date;
    }
}
