package org.ecvetledger.app.evidence;

import java.util.UUID;
import org.ecvetledger.app.pages.LedgerPage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An evidence document opened from a page (the queue, a recorded assessment): the API's download,
 * in-process, under the same access rule ({@code evidence-read}), with the page's session.
 */
@LedgerPage
class EvidencePages {

    private final EvidenceController api;

    EvidencePages(EvidenceController api) {
        this.api = api;
    }

    @GetMapping("/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(@PathVariable UUID evidenceId) {
        return api.download(evidenceId);
    }
}
