package org.ecvetledger.app.ledger;

import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.app.web.ReadOnly;
import org.ecvetledger.app.web.RequestValues;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.projections.progress.GetQualificationProgress;
import org.ecvetledger.projections.progress.GetWhatIfProgress;
import org.ecvetledger.projections.progress.ProgressProjector.WhatIfAnswer;
import org.ecvetledger.projections.progress.QualificationProgressView;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A learner's qualification progress (a degree audit, ADR 0009): under their rule-set version, as of an
 * effective date ({@code asOf}, default today: the progress statement at a cut-off date) and as known at
 * an instant ({@code knownAt}, default: everything recorded). The what-if runs the same audit with
 * hypotheses and writes nothing: a {@code POST} to the same path, marked {@link ReadOnly} so that no
 * idempotency key is claimed for it. Read model: eventually consistent, like every {@code GET}.
 */
@RestController
@RequestMapping(
        path = "/api/learners/{learnerId}/progress/{qualificationId}",
        produces = MediaType.APPLICATION_JSON_VALUE)
class ProgressController {

    private final QueryGateway queries;

    ProgressController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    QualificationProgressView progress(
            @PathVariable UUID learnerId,
            @PathVariable String qualificationId,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt) {
        var fields = new InvalidField.Fields();
        var qualification = fields.check("qualificationId", () -> new QualificationId(qualificationId));
        var date = date(fields, "asOf", asOf);
        var known = instant(fields, "knownAt", knownAt);
        fields.throwIfAny();
        var learner = new LearnerId(learnerId);
        return queries.query(
                        new GetQualificationProgress(learner, qualification, date, known),
                        ResponseTypes.optionalInstanceOf(QualificationProgressView.class))
                .join()
                .orElseThrow(() -> new PathwayNotFound(learner, qualification));
    }

    /** A question asked with a body, so POST; it records nothing, hence {@link ReadOnly}. */
    @ReadOnly
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    QualificationProgressView whatIf(
            @PathVariable UUID learnerId,
            @PathVariable String qualificationId,
            @Valid @RequestBody ProgressRequests.WhatIf request) {
        var fields = new InvalidField.Fields();
        var qualification = fields.check("qualificationId", () -> new QualificationId(qualificationId));
        var date = date(fields, "asOf", request.asOf());
        var known = instant(fields, "knownAt", request.knownAt());
        var recognitions = RequestValues.orEmpty(request.recognitions());
        var transferTo = request.transferTo() == null || request.transferTo().isBlank()
                ? null
                : LedgerValues.qualification(fields, "transferTo", request.transferTo());
        if (recognitions.isEmpty() && transferTo == null) {
            fields.reject("recognitions", "required", "name at least one hypothetical recognition, or a transferTo");
        }
        RequestValues.rejectRepeats(
                fields,
                "recognitions",
                recognitions.stream().map(r -> r.unit().strip()).toList(),
                "unit");
        var hypotheses = new ArrayList<GetWhatIfProgress.HypotheticalRecognition>();
        for (int i = 0; i < recognitions.size(); i++) {
            var recognition = recognitions.get(i);
            var field = "recognitions[" + i + "]";
            var unit = LedgerValues.unit(fields, field + ".unit", recognition.unit());
            var on = LedgerValues.date(recognition.recognisedOn());
            if (on != null && date != null && on.isAfter(date)) {
                fields.reject(field + ".recognisedOn", "not-after-asOf", "must not be after asOf (" + date + ")");
            }
            if (unit != null) {
                hypotheses.add(new GetWhatIfProgress.HypotheticalRecognition(unit, recognition.grade(), on));
            }
        }
        fields.throwIfAny();
        var learner = new LearnerId(learnerId);
        var answer = queries.query(
                        new GetWhatIfProgress(learner, qualification, date, known, List.copyOf(hypotheses), transferTo),
                        ResponseTypes.optionalInstanceOf(WhatIfAnswer.class))
                .join()
                .orElseThrow(() -> new PathwayNotFound(learner, qualification));
        if (!answer.refusals().isEmpty()) {
            var refused = new InvalidField.Fields();
            answer.refusals().forEach(r -> refused.reject(r.field(), r.rule(), r.message()));
            refused.throwIfAny();
        }
        return answer.progress();
    }

    private static LocalDate date(InvalidField.Fields fields, String field, String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            fields.reject(field, "format", "must be a date in ISO 8601 form, e.g. 2025-06-30");
            return null;
        }
    }

    private static Instant instant(InvalidField.Fields fields, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            fields.reject(field, "format", "must be an instant in ISO 8601 form, e.g. 2026-01-31T23:59:59Z");
            return null;
        }
    }
}
