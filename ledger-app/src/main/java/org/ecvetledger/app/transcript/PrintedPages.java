package org.ecvetledger.app.transcript;

import java.util.UUID;
import org.ecvetledger.app.pages.LedgerPage;
import org.ecvetledger.app.web.RequestValues;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The printed transcript and the trail exports as downloads of the pages (ADR 0020): a browser link
 * sends no {@code Accept}, so each has its own page path, answered by the API's own methods, so the
 * file a page offers is the file the API gives.
 */
@LedgerPage
class PrintedPages {

    private final TranscriptController api;

    PrintedPages(TranscriptController api) {
        this.api = api;
    }

    @GetMapping("/learners/{learnerId}/transcript.pdf")
    ResponseEntity<byte[]> transcript(
            @PathVariable UUID learnerId,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt) {
        return api.transcriptAsPdf(learnerId, RequestValues.text(asOf), RequestValues.text(knownAt));
    }

    @GetMapping("/learners/{learnerId}/trail.csv")
    ResponseEntity<byte[]> learnerTrailCsv(
            @PathVariable UUID learnerId,
            @RequestParam(required = false) String qualification,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt) {
        return api.learnerTrailAsCsv(
                learnerId, RequestValues.text(qualification), RequestValues.text(asOf), RequestValues.text(knownAt));
    }

    @GetMapping("/learners/{learnerId}/trail.pdf")
    ResponseEntity<byte[]> learnerTrailPdf(
            @PathVariable UUID learnerId,
            @RequestParam(required = false) String qualification,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt) {
        return api.learnerTrailAsPdf(
                learnerId, RequestValues.text(qualification), RequestValues.text(asOf), RequestValues.text(knownAt));
    }

    @GetMapping("/awards/{awardId}/trail.csv")
    ResponseEntity<byte[]> awardTrailCsv(
            @PathVariable UUID awardId,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt) {
        return api.awardTrailAsCsv(awardId, RequestValues.text(asOf), RequestValues.text(knownAt));
    }

    @GetMapping("/awards/{awardId}/trail.pdf")
    ResponseEntity<byte[]> awardTrailPdf(
            @PathVariable UUID awardId,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt) {
        return api.awardTrailAsPdf(awardId, RequestValues.text(asOf), RequestValues.text(knownAt));
    }
}
