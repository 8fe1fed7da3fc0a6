package org.ecvetledger.app.transcript;

import java.util.UUID;
import org.ecvetledger.app.pages.LedgerPage;
import org.ecvetledger.app.web.RequestValues;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The transcript and the audit trails as pages (issue 11): the same queries as the API, through the
 * same controller methods, so a page can never show what the API would not.
 */
@LedgerPage
class TranscriptPages {

    private final TranscriptController api;

    TranscriptPages(TranscriptController api) {
        this.api = api;
    }

    @GetMapping("/learners/{learnerId}/transcript")
    String transcript(
            @PathVariable UUID learnerId,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt,
            Model model) {
        model.addAttribute("learnerId", learnerId);
        model.addAttribute("asOf", RequestValues.text(asOf));
        model.addAttribute("knownAt", RequestValues.text(knownAt));
        model.addAttribute(
                "transcript", api.transcript(learnerId, RequestValues.text(asOf), RequestValues.text(knownAt)));
        return "learner/transcript";
    }

    /** The transcript as a file to download; the API's CSV, so the two never differ. */
    @GetMapping("/learners/{learnerId}/transcript.csv")
    org.springframework.http.ResponseEntity<String> transcriptFile(
            @PathVariable UUID learnerId,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt) {
        var file = api.transcriptAsCsv(learnerId, RequestValues.text(asOf), RequestValues.text(knownAt));
        return org.springframework.http.ResponseEntity.ok()
                .contentType(file.getHeaders().getContentType())
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"transcript-" + learnerId + ".csv\"")
                .body(file.getBody());
    }

    @GetMapping("/learners/{learnerId}/trail")
    String learnerTrail(
            @PathVariable UUID learnerId,
            @RequestParam(required = false) String qualification,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt,
            Model model) {
        model.addAttribute("learnerId", learnerId);
        model.addAttribute("kind", "learner");
        model.addAttribute("exportPath", "/learners/" + learnerId + "/trail");
        model.addAttribute("qualification", RequestValues.text(qualification));
        return trail(
                model,
                api.learnerTrail(
                        learnerId,
                        RequestValues.text(qualification),
                        RequestValues.text(asOf),
                        RequestValues.text(knownAt)),
                asOf,
                knownAt);
    }

    @GetMapping("/awards/{awardId}/trail")
    String awardTrail(
            @PathVariable UUID awardId,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt,
            Model model) {
        model.addAttribute("kind", "award");
        model.addAttribute("exportPath", "/awards/" + awardId + "/trail");
        return trail(
                model, api.awardTrail(awardId, RequestValues.text(asOf), RequestValues.text(knownAt)), asOf, knownAt);
    }

    /** An institution's trail, a page of entries at a time, like the API. */
    @GetMapping("/institutions/{institutionId}/trail")
    String institutionTrail(
            @PathVariable String institutionId,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt,
            @RequestParam(required = false) String after,
            Model model) {
        var page = api.institutionTrail(
                institutionId, RequestValues.text(asOf), RequestValues.text(knownAt), "200", RequestValues.text(after));
        model.addAttribute("kind", "institution");
        model.addAttribute("next", page.next());
        model.addAttribute("institutionId", institutionId);
        model.addAttribute("subject", page.subject());
        model.addAttribute("entries", page.entries());
        model.addAttribute("asOf", RequestValues.text(asOf));
        model.addAttribute("knownAt", RequestValues.text(knownAt));
        return "audit/trail";
    }

    private static String trail(
            Model model, org.ecvetledger.projections.transcript.TrailView trail, String asOf, String knownAt) {
        model.addAttribute("subject", trail.subject());
        model.addAttribute("entries", trail.entries());
        model.addAttribute("asOf", RequestValues.text(asOf));
        model.addAttribute("knownAt", RequestValues.text(knownAt));
        return "audit/trail";
    }
}
