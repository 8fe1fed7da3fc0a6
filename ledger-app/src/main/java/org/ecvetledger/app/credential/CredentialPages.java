package org.ecvetledger.app.credential;

import java.util.UUID;
import org.ecvetledger.app.pages.LedgerPage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A learner downloads their Europass credential (issue 11): the sealed JSON-LD the API serves, from
 * the transcript page. The path names the learner, so the access rules decide it like the learner's
 * other records; a credential of someone else is not found under it.
 */
@LedgerPage
class CredentialPages {

    private final CredentialController api;

    CredentialPages(CredentialController api) {
        this.api = api;
    }

    @GetMapping("/learners/{learnerId}/credentials/{credentialId}.jsonld")
    ResponseEntity<String> download(@PathVariable UUID learnerId, @PathVariable UUID credentialId) {
        var status = api.credentialStatus(credentialId);
        if (!status.learner().value().equals(learnerId)) {
            throw new CredentialNotFound("learner " + learnerId + " holds no credential " + credentialId);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(CredentialController.LD_JSON))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"credential-" + credentialId + ".jsonld\"")
                .body(api.credential(credentialId));
    }
}
