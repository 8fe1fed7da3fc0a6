package org.ecvetledger.app.transcript;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.projections.transcript.GetInstitutionTrail;
import org.ecvetledger.projections.transcript.GetLearnerTrail;
import org.ecvetledger.projections.transcript.GetQualificationTrail;
import org.ecvetledger.projections.transcript.GetTranscript;
import org.ecvetledger.projections.transcript.TrailView;
import org.ecvetledger.projections.transcript.TranscriptView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The personal transcript (JSON, or CSV on {@code Accept: text/csv}) and the audit trails of a
 * learner, of a learner's qualification and award, and of an institution. Each takes {@code asOf}
 * and {@code knownAt} (ADR 0008). Read only; accounts and scopes come with issue 10.
 */
@RestController
class TranscriptController {

    static final String TEXT_CSV = "text/csv";

    private final QueryGateway queries;

    TranscriptController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/learners/{learnerId}/transcript", produces = MediaType.APPLICATION_JSON_VALUE)
    TranscriptView transcript(
            @PathVariable UUID learnerId,
            @RequestParam(name = TimeTravel.AS_OF, required = false) String asOf,
            @RequestParam(name = TimeTravel.KNOWN_AT, required = false) String knownAt) {
        var time = TimeTravel.of(asOf, knownAt);
        return queries.query(
                        new GetTranscript(new LearnerId(learnerId), time.asOf(), time.knownAt()),
                        ResponseTypes.optionalInstanceOf(TranscriptView.class))
                .join()
                .orElseThrow(() -> new TranscriptNotFound("the ledger holds nothing about learner " + learnerId));
    }

    @GetMapping(path = "/api/learners/{learnerId}/transcript", produces = TEXT_CSV)
    ResponseEntity<String> transcriptAsCsv(
            @PathVariable UUID learnerId,
            @RequestParam(name = TimeTravel.AS_OF, required = false) String asOf,
            @RequestParam(name = TimeTravel.KNOWN_AT, required = false) String knownAt) {
        var csv = TranscriptCsv.write(transcript(learnerId, asOf, knownAt));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"transcript-" + learnerId + ".csv\"")
                .body(csv);
    }

    @GetMapping(path = "/api/learners/{learnerId}/trail", produces = MediaType.APPLICATION_JSON_VALUE)
    TrailView learnerTrail(
            @PathVariable UUID learnerId,
            @RequestParam(name = TimeTravel.AS_OF, required = false) String asOf,
            @RequestParam(name = TimeTravel.KNOWN_AT, required = false) String knownAt) {
        var time = TimeTravel.of(asOf, knownAt);
        return queries.query(
                        new GetLearnerTrail(new LearnerId(learnerId), time.asOf(), time.knownAt()),
                        ResponseTypes.optionalInstanceOf(TrailView.class))
                .join()
                .orElseThrow(() -> new TranscriptNotFound("the ledger holds nothing about learner " + learnerId));
    }

    /** S32: the chain behind one qualification and its award, MoU to award. */
    @GetMapping(
            path = "/api/learners/{learnerId}/qualifications/{qualificationId}/trail",
            produces = MediaType.APPLICATION_JSON_VALUE)
    TrailView qualificationTrail(
            @PathVariable UUID learnerId,
            @PathVariable String qualificationId,
            @RequestParam(name = TimeTravel.AS_OF, required = false) String asOf,
            @RequestParam(name = TimeTravel.KNOWN_AT, required = false) String knownAt) {
        var time = TimeTravel.of(asOf, knownAt);
        var qualification = InvalidField.check("qualificationId", () -> new QualificationId(qualificationId));
        return queries.query(
                        new GetQualificationTrail(new LearnerId(learnerId), qualification, time.asOf(), time.knownAt()),
                        ResponseTypes.optionalInstanceOf(TrailView.class))
                .join()
                .orElseThrow(
                        () -> new TranscriptNotFound("learner " + learnerId + " has no pathway to " + qualificationId));
    }

    /** R28: the events the institution took part in, and no other. */
    @GetMapping(path = "/api/institutions/{institutionId}/trail", produces = MediaType.APPLICATION_JSON_VALUE)
    TrailView institutionTrail(
            @PathVariable String institutionId,
            @RequestParam(name = TimeTravel.AS_OF, required = false) String asOf,
            @RequestParam(name = TimeTravel.KNOWN_AT, required = false) String knownAt) {
        var time = TimeTravel.of(asOf, knownAt);
        var institution = InvalidField.check("institutionId", () -> new InstitutionId(institutionId));
        return queries.query(
                        new GetInstitutionTrail(institution, time.asOf(), time.knownAt()),
                        ResponseTypes.instanceOf(TrailView.class))
                .join();
    }
}
