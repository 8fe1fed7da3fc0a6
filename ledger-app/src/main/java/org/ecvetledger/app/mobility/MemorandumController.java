package org.ecvetledger.app.mobility;

import static org.ecvetledger.app.mobility.MobilityValues.date;
import static org.ecvetledger.app.web.RequestValues.orEmpty;
import static org.ecvetledger.app.web.RequestValues.text;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.app.access.Caller;
import org.ecvetledger.app.eventstore.TimeOrderedIdentifierFactory;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.app.web.RequestValues;
import org.ecvetledger.domain.partnership.AmendMemorandum;
import org.ecvetledger.domain.partnership.DraftMemorandum;
import org.ecvetledger.domain.partnership.MemorandumId;
import org.ecvetledger.domain.partnership.MemorandumParty;
import org.ecvetledger.domain.partnership.MemorandumScope;
import org.ecvetledger.domain.partnership.MemorandumTerms;
import org.ecvetledger.domain.partnership.ReviewMemorandum;
import org.ecvetledger.domain.partnership.SignMemorandum;
import org.ecvetledger.domain.partnership.TerminateMemorandum;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.projections.mobility.FindMemoranda;
import org.ecvetledger.projections.mobility.GetMemorandum;
import org.ecvetledger.projections.mobility.MemorandumState;
import org.ecvetledger.projections.mobility.MemorandumSummaryView;
import org.ecvetledger.projections.mobility.MemorandumView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Memoranda of Understanding (DOMAIN c2): drafted, signed by every party, amended as new versions
 * that every party signs again, reviewed, terminated. Expiry is the ledger's own doing
 * ({@link MemorandumExpiry}), never an endpoint.
 */
@RestController
@RequestMapping(path = "/api/mous", produces = MediaType.APPLICATION_JSON_VALUE)
class MemorandumController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    MemorandumController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<MemorandumResponses.Drafted> draft(@Valid @RequestBody MemorandumRequests.Terms request) {
        var terms = terms("", request);
        var memorandumId = new MemorandumId(TimeOrderedIdentifierFactory.next());
        commands.sendAndWait(new DraftMemorandum(memorandumId, terms));
        return ResponseEntity.created(URI.create(path(memorandumId)))
                .body(new MemorandumResponses.Drafted(memorandumId.toString(), 1));
    }

    @GetMapping
    SearchResults<MemorandumResponses.Summary> search(
            @RequestParam(required = false) String party, @RequestParam(required = false) String state) {
        var query = new FindMemoranda(
                MobilityValues.institutionOrNull("party", party),
                MobilityValues.oneOfOrNull("state", state, MemorandumState.class));
        var found = queries.query(query, ResponseTypes.multipleInstancesOf(MemorandumSummaryView.class))
                .join();
        return new SearchResults<>(
                found.stream().map(MemorandumResponses.Summary::of).toList());
    }

    /** The MoU with its latest version in full. */
    @GetMapping("/{memorandumId}")
    MemorandumResponses.Memorandum find(@PathVariable UUID memorandumId) {
        var id = new MemorandumId(memorandumId);
        return read(new GetMemorandum(id, null)).orElseThrow(() -> notFound(id));
    }

    /** The MoU with one of its versions in full. */
    @GetMapping("/{memorandumId}/versions/{version}")
    MemorandumResponses.Memorandum findVersion(@PathVariable UUID memorandumId, @PathVariable int version) {
        var id = new MemorandumId(memorandumId);
        return read(new GetMemorandum(id, version))
                .orElseThrow(
                        () -> new MobilityRecordNotFound("no version " + version + " of MoU " + id + " is recorded"));
    }

    @PostMapping("/{memorandumId}/signatures")
    MemorandumResponses.Recorded sign(
            @PathVariable UUID memorandumId, @Valid @RequestBody MemorandumRequests.Signature request) {
        var id = new MemorandumId(memorandumId);
        var fields = new InvalidField.Fields();
        var party = MobilityValues.institution(fields, "party", request.party());
        fields.throwIfAny();
        Caller.requireActingFor("party", party.value());
        send(
                new SignMemorandum(
                        id, request.version(), party, request.signatory().strip(), date(request.signedOn())),
                id);
        return recorded(id);
    }

    @PostMapping("/{memorandumId}/amendments")
    MemorandumResponses.Recorded amend(
            @PathVariable UUID memorandumId, @Valid @RequestBody MemorandumRequests.Amendment request) {
        var id = new MemorandumId(memorandumId);
        var terms = terms("terms.", request.terms());
        send(new AmendMemorandum(id, terms, request.reason().strip()), id);
        return recorded(id);
    }

    @PostMapping("/{memorandumId}/reviews")
    MemorandumResponses.Recorded review(
            @PathVariable UUID memorandumId, @Valid @RequestBody MemorandumRequests.Review request) {
        var id = new MemorandumId(memorandumId);
        send(
                new ReviewMemorandum(
                        id, date(request.reviewedOn()), request.outcome().strip()),
                id);
        return recorded(id);
    }

    @PostMapping("/{memorandumId}/termination")
    MemorandumResponses.Recorded terminate(
            @PathVariable UUID memorandumId, @Valid @RequestBody MemorandumRequests.Termination request) {
        var id = new MemorandumId(memorandumId);
        var fields = new InvalidField.Fields();
        var terminatedBy = MobilityValues.institution(fields, "terminatedBy", request.terminatedBy());
        fields.throwIfAny();
        Caller.requireActingFor("terminatedBy", terminatedBy.value());
        send(
                new TerminateMemorandum(
                        id,
                        terminatedBy,
                        date(request.effectiveOn()),
                        request.reason().strip()),
                id);
        return recorded(id);
    }

    /**
     * The terms as the domain holds them. Every field the domain would refuse is named at once,
     * under {@code prefix} ({@code terms.} in an amendment).
     */
    private static MemorandumTerms terms(String prefix, MemorandumRequests.Terms request) {
        var fields = new InvalidField.Fields();
        var parties = new ArrayList<MemorandumParty>();
        var partyIds = new HashSet<String>();
        for (int i = 0; i < request.parties().size(); i++) {
            var field = prefix + "parties[" + i + "].institution";
            var party = request.parties().get(i);
            var institution = MobilityValues.institution(fields, field, party.institution());
            if (institution != null && !partyIds.add(institution.value())) {
                fields.reject(field, "unique", institution + " is a party twice");
            }
            parties.add(new MemorandumParty(
                    institution,
                    text(party.areasOfCompetence()),
                    text(party.assessmentProcedure()),
                    text(party.documentationProcedure()),
                    text(party.validationProcedure()),
                    text(party.recognitionProcedure())));
        }
        var scope = new ArrayList<MemorandumScope>();
        var standards = new HashSet<String>();
        for (int i = 0; i < request.scope().size(); i++) {
            var field = prefix + "scope[" + i + "]";
            var covered = request.scope().get(i);
            var standard = MobilityValues.standard(fields, field + ".standard", covered.standard());
            if (standard != null && !standards.add(standard.toString())) {
                fields.reject(field + ".standard", "unique", standard + " is covered twice");
            }
            var units = new ArrayList<UnitRef>();
            var unitTexts = orEmpty(covered.units());
            RequestValues.rejectRepeats(fields, field + ".units", unitTexts, "unit");
            for (int u = 0; u < unitTexts.size(); u++) {
                units.add(MobilityValues.unit(fields, field + ".units[" + u + "]", unitTexts.get(u)));
            }
            if (standard != null) {
                scope.add(new MemorandumScope(standard, units));
            }
        }
        var validFrom = date(request.validFrom());
        var validUntil = date(request.validUntil());
        if (!validFrom.isBefore(validUntil)) {
            fields.reject(prefix + "validUntil", "after", "must be after validFrom");
        }
        if (request.maximumMobilityDays() < request.minimumMobilityDays()) {
            fields.reject(prefix + "maximumMobilityDays", "min", "must not be below minimumMobilityDays");
        }
        var reviewDates = new ArrayList<LocalDate>();
        var reviewTexts = orEmpty(request.reviewDates());
        for (int i = 0; i < reviewTexts.size(); i++) {
            var review = MobilityValues.isoDateOrNull(reviewTexts.get(i));
            if (review == null) {
                fields.reject(
                        prefix + "reviewDates[" + i + "]",
                        "format",
                        "must be a date in ISO 8601 form, e.g. 2006-03-14");
            } else {
                reviewDates.add(review);
            }
        }
        fields.throwIfAny();
        return InvalidField.check(
                prefix.isEmpty() ? "terms" : prefix.substring(0, prefix.length() - 1),
                () -> new MemorandumTerms(
                        request.title().strip(),
                        parties,
                        scope,
                        validFrom,
                        validUntil,
                        request.minimumMobilityDays(),
                        request.maximumMobilityDays(),
                        reviewDates));
    }

    private Optional<MemorandumResponses.Memorandum> read(GetMemorandum query) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(MemorandumView.class))
                .join()
                .map(MemorandumResponses.Memorandum::of);
    }

    private void send(Object command, MemorandumId id) {
        MobilityCommands.send(commands, command, notFound(id).getMessage());
    }

    private static MobilityRecordNotFound notFound(MemorandumId id) {
        return new MobilityRecordNotFound("no MoU " + id + " is recorded");
    }

    private static MemorandumResponses.Recorded recorded(MemorandumId id) {
        return new MemorandumResponses.Recorded(id.toString());
    }

    private static String path(MemorandumId id) {
        return "/api/mous/" + id;
    }
}
