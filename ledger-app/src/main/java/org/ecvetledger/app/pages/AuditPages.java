package org.ecvetledger.app.pages;

import java.util.LinkedHashMap;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The auditor's search (issue 11): by learner, award or institution, each leading to its recognition
 * trail. An identifier that is not one is said beside its field, not sent on to fail elsewhere; the
 * errors hold message keys, resolved by the page.
 */
@LedgerPage
class AuditPages {

    @GetMapping("/audit")
    String search(
            @RequestParam(required = false) String learner,
            @RequestParam(required = false) String award,
            @RequestParam(required = false) String institution,
            Model model) {
        var errors = new LinkedHashMap<String, String>();
        var target = target("learner", learner, "/learners/{id}/trail", errors);
        if (target == null) {
            target = target("award", award, "/awards/{id}/trail", errors);
        }
        if (target == null && institution != null && !institution.isBlank()) {
            target = UriComponentsBuilder.fromPath("/institutions/{id}/trail")
                    .buildAndExpand(institution.strip())
                    .encode()
                    .toUriString();
        }
        if (target != null) {
            return "redirect:" + target;
        }
        model.addAttribute("errors", errors);
        model.addAttribute("learner", learner);
        model.addAttribute("award", award);
        model.addAttribute("institution", institution);
        return "audit/search";
    }

    private static String target(String field, String value, String path, java.util.Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            var id = UUID.fromString(value.strip());
            return UriComponentsBuilder.fromPath(path).buildAndExpand(id).toUriString();
        } catch (IllegalArgumentException e) {
            errors.put(field, "audit.notAnIdentifier");
            return null;
        }
    }
}
