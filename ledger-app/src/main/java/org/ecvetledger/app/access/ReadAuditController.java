package org.ecvetledger.app.access;

import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/learners/{learnerId}/reads}: who read this learner's records, for the learner and auditors. */
@RestController
class ReadAuditController {

    private final ReadAudit audit;

    ReadAuditController(ReadAudit audit) {
        this.audit = audit;
    }

    @GetMapping(path = "/api/learners/{learnerId}/reads", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ReadAudit.Read> reads(@PathVariable UUID learnerId) {
        return audit.of(learnerId);
    }
}
