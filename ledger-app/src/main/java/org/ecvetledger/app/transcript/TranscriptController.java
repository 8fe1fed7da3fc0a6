package org.ecvetledger.app.transcript;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.projections.learner.FindLearner;
import org.ecvetledger.projections.learner.LearnerView;
import org.ecvetledger.projections.transcript.GetAwardTrail;
import org.ecvetledger.projections.transcript.GetInstitutionTrailPage;
import org.ecvetledger.projections.transcript.GetLearnerTrail;
import org.ecvetledger.projections.transcript.GetQualificationTrail;
import org.ecvetledger.projections.transcript.GetTranscript;
import org.ecvetledger.projections.transcript.TrailCursor;
import org.ecvetledger.projections.transcript.TrailEntryView;
import org.ecvetledger.projections.transcript.TrailPageView;
import org.ecvetledger.projections.transcript.TrailView;
import org.ecvetledger.projections.transcript.TranscriptView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The personal transcript (JSON, CSV on {@code Accept: text/csv}, PDF on {@code Accept: application/pdf})
 * and the audit trails of a learner (or of one of the learner's qualifications), of an award (these two
 * also as CSV and PDF) and of an institution. Each takes {@code asOf}
 * and {@code knownAt} (ADR 0008). Read only; who may read is decided by the access rules (ADR 0014).
 */
@RestController
class TranscriptController {

    static final String TEXT_CSV = "text/csv";
    static final String APPLICATION_PDF = "application/pdf";

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

    /**
     * The personal transcript printed (ADR 0020): the same facts and time travel as the JSON, with the
     * learner's name; the same access rule and read audit, since it is the same path.
     */
    @GetMapping(path = "/api/learners/{learnerId}/transcript", produces = APPLICATION_PDF)
    ResponseEntity<byte[]> transcriptAsPdf(
            @PathVariable UUID learnerId,
            @RequestParam(name = TimeTravel.AS_OF, required = false) String asOf,
            @RequestParam(name = TimeTravel.KNOWN_AT, required = false) String knownAt) {
        var transcript = transcript(learnerId, asOf, knownAt);
        var view = queries.query(
                        new FindLearner(new LearnerId(learnerId)), ResponseTypes.optionalInstanceOf(LearnerView.class))
                .join();
        var data = view.map(LearnerView::personalData).orElse(null);
        var erased = view.map(LearnerView::personalDataErased).orElse(false);
        var learner = data == null
                ? new TranscriptPdf.Learner(null, null, erased)
                : new TranscriptPdf.Learner(data.givenName(), data.familyName(), false);
        var pdf = TranscriptPdf.document(transcript, learner, Instant.now()).pdf();
        return download(pdf, APPLICATION_PDF, "transcript-" + learnerId + ".pdf");
    }

    /**
     * The learner's audit trail; with {@code qualification}, only what concerns that qualification (the
     * learner's pathway to it, its MoUs and agreements, its award).
     */
    @GetMapping(path = "/api/learners/{learnerId}/audit-trail", produces = MediaType.APPLICATION_JSON_VALUE)
    TrailView learnerTrail(
            @PathVariable UUID learnerId,
            @RequestParam(required = false) String qualification,
            @RequestParam(name = TimeTravel.AS_OF, required = false) String asOf,
            @RequestParam(name = TimeTravel.KNOWN_AT, required = false) String knownAt) {
        var time = TimeTravel.of(asOf, knownAt);
        var learner = new LearnerId(learnerId);
        if (qualification != null) {
            var id = InvalidField.check("qualification", () -> new QualificationId(qualification));
            return queries.query(
                            new GetQualificationTrail(learner, id, time.asOf(), time.knownAt()),
                            ResponseTypes.optionalInstanceOf(TrailView.class))
                    .join()
                    .orElseThrow(() ->
                            new TranscriptNotFound("learner " + learnerId + " has no pathway to " + qualification));
        }
        return queries.query(
                        new GetLearnerTrail(learner, time.asOf(), time.knownAt()),
                        ResponseTypes.optionalInstanceOf(TrailView.class))
                .join()
                .orElseThrow(() -> new TranscriptNotFound("the ledger holds nothing about learner " + learnerId));
    }

    /** The learner's audit trail as CSV, for an auditor's file (issue 11 item 4). */
    @GetMapping(path = "/api/learners/{learnerId}/audit-trail", produces = TEXT_CSV)
    ResponseEntity<byte[]> learnerTrailAsCsv(
            @PathVariable UUID learnerId,
            @RequestParam(required = false) String qualification,
            @RequestParam(name = TimeTravel.AS_OF, required = false) String asOf,
            @RequestParam(name = TimeTravel.KNOWN_AT, required = false) String knownAt) {
        var trail = learnerTrail(learnerId, qualification, asOf, knownAt);
        return download(
                TrailExport.csv(trail).getBytes(StandardCharsets.UTF_8), TEXT_CSV, "audit-trail-" + learnerId + ".csv");
    }

    /** The learner's audit trail printed. */
    @GetMapping(path = "/api/learners/{learnerId}/audit-trail", produces = APPLICATION_PDF)
    ResponseEntity<byte[]> learnerTrailAsPdf(
            @PathVariable UUID learnerId,
            @RequestParam(required = false) String qualification,
            @RequestParam(name = TimeTravel.AS_OF, required = false) String asOf,
            @RequestParam(name = TimeTravel.KNOWN_AT, required = false) String knownAt) {
        var trail = learnerTrail(learnerId, qualification, asOf, knownAt);
        return download(
                TrailExport.pdf(trail, Instant.now()).pdf(), APPLICATION_PDF, "audit-trail-" + learnerId + ".pdf");
    }

    /**
     * S32: the chain behind one award, MoU to credential status. The award id is the {@code awardId} of the
     * transcript's and the progress audit's award (the id of its {@code QualificationAwarded} event).
     */
    @GetMapping(path = "/api/awards/{awardId}/audit-trail", produces = MediaType.APPLICATION_JSON_VALUE)
    TrailView awardTrail(
            @PathVariable UUID awardId,
            @RequestParam(name = TimeTravel.AS_OF, required = false) String asOf,
            @RequestParam(name = TimeTravel.KNOWN_AT, required = false) String knownAt) {
        var time = TimeTravel.of(asOf, knownAt);
        return queries.query(
                        new GetAwardTrail(awardId.toString(), time.asOf(), time.knownAt()),
                        ResponseTypes.optionalInstanceOf(TrailView.class))
                .join()
                .orElseThrow(() -> new TranscriptNotFound("the ledger holds no award " + awardId));
    }

    /** An award's trail as CSV (S32, issue 11 item 4). */
    @GetMapping(path = "/api/awards/{awardId}/audit-trail", produces = TEXT_CSV)
    ResponseEntity<byte[]> awardTrailAsCsv(
            @PathVariable UUID awardId,
            @RequestParam(name = TimeTravel.AS_OF, required = false) String asOf,
            @RequestParam(name = TimeTravel.KNOWN_AT, required = false) String knownAt) {
        var trail = awardTrail(awardId, asOf, knownAt);
        return download(
                TrailExport.csv(trail).getBytes(StandardCharsets.UTF_8), TEXT_CSV, "award-trail-" + awardId + ".csv");
    }

    /** An award's trail printed. */
    @GetMapping(path = "/api/awards/{awardId}/audit-trail", produces = APPLICATION_PDF)
    ResponseEntity<byte[]> awardTrailAsPdf(
            @PathVariable UUID awardId,
            @RequestParam(name = TimeTravel.AS_OF, required = false) String asOf,
            @RequestParam(name = TimeTravel.KNOWN_AT, required = false) String knownAt) {
        var trail = awardTrail(awardId, asOf, knownAt);
        return download(
                TrailExport.pdf(trail, Instant.now()).pdf(), APPLICATION_PDF, "award-trail-" + awardId + ".pdf");
    }

    private static ResponseEntity<byte[]> download(byte[] body, String type, String filename) {
        var mediaType = type.equals(TEXT_CSV)
                ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                : MediaType.parseMediaType(type);
        return ResponseEntity.ok()
                .contentType(mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(body);
    }

    /**
     * R28: the events the institution took part in, and no other, a page at a time (keyset paging:
     * {@code after} is the {@code next} of the previous page, opaque to the client).
     */
    @GetMapping(path = "/api/institutions/{institutionId}/audit-trail", produces = MediaType.APPLICATION_JSON_VALUE)
    InstitutionTrailPage institutionTrail(
            @PathVariable String institutionId,
            @RequestParam(name = TimeTravel.AS_OF, required = false) String asOf,
            @RequestParam(name = TimeTravel.KNOWN_AT, required = false) String knownAt,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String after) {
        var fields = new InvalidField.Fields();
        var institution = fields.check("institutionId", () -> new InstitutionId(institutionId));
        // boxed: a bad limit reads as null until throwIfAny refuses the request
        Integer size = limit == null
                ? Integer.valueOf(GetInstitutionTrailPage.DEFAULT_LIMIT)
                : fields.check("limit", () -> pageSize(limit));
        var cursor = after == null ? null : fields.check("after", () -> TrailCursor.decode(after));
        fields.throwIfAny();
        var time = TimeTravel.of(asOf, knownAt);
        var page = queries.query(
                        new GetInstitutionTrailPage(institution, time.asOf(), time.knownAt(), cursor, size),
                        ResponseTypes.instanceOf(TrailPageView.class))
                .join();
        String next = page.next() == null ? null : page.next().encode();
        String nextPage = null;
        if (next != null) {
            var link = UriComponentsBuilder.fromPath("/api/institutions/{institutionId}/audit-trail");
            if (asOf != null) {
                link.queryParam(TimeTravel.AS_OF, asOf);
            }
            if (knownAt != null) {
                link.queryParam(TimeTravel.KNOWN_AT, knownAt);
            }
            nextPage = link.queryParam("limit", size)
                    .queryParam("after", next)
                    .encode()
                    .buildAndExpand(institutionId)
                    .toUriString();
        }
        return new InstitutionTrailPage(
                page.subject(), page.asOf(), page.knownAt(), page.entries(), size, next, nextPage);
    }

    private static int pageSize(String limit) {
        int size;
        try {
            size = Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number from 1 to " + GetInstitutionTrailPage.MAX_LIMIT);
        }
        if (size < 1 || size > GetInstitutionTrailPage.MAX_LIMIT) {
            throw new IllegalArgumentException("must be a whole number from 1 to " + GetInstitutionTrailPage.MAX_LIMIT);
        }
        return size;
    }

    /** A page of an institution's trail; {@code next} and {@code nextPage} are null on the last page. */
    record InstitutionTrailPage(
            String subject,
            LocalDate asOf,
            Instant knownAt,
            List<TrailEntryView> entries,
            int limit,
            String next,
            String nextPage) {}
}
