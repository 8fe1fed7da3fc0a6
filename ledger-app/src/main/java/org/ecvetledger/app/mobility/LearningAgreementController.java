package org.ecvetledger.app.mobility;

import static org.ecvetledger.app.mobility.MobilityValues.date;
import static org.ecvetledger.app.web.RequestValues.orEmpty;
import static org.ecvetledger.app.web.RequestValues.text;

import jakarta.validation.Valid;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.app.access.Caller;
import org.ecvetledger.app.eventstore.TimeOrderedIdentifierFactory;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.app.web.RequestValues;
import org.ecvetledger.domain.learningagreement.AcceptLearningAgreementChange;
import org.ecvetledger.domain.learningagreement.AgreementParty;
import org.ecvetledger.domain.learningagreement.AssessmentArrangement;
import org.ecvetledger.domain.learningagreement.CancelLearningAgreement;
import org.ecvetledger.domain.learningagreement.CompleteLearningAgreement;
import org.ecvetledger.domain.learningagreement.DraftLearningAgreement;
import org.ecvetledger.domain.learningagreement.IssueMobilityDocument;
import org.ecvetledger.domain.learningagreement.LearningAgreementId;
import org.ecvetledger.domain.learningagreement.LearningAgreementTerms;
import org.ecvetledger.domain.learningagreement.MobilityDocumentType;
import org.ecvetledger.domain.learningagreement.PlannedUnit;
import org.ecvetledger.domain.learningagreement.ProposeLearningAgreementChange;
import org.ecvetledger.domain.learningagreement.RejectLearningAgreementChange;
import org.ecvetledger.domain.learningagreement.SignLearningAgreement;
import org.ecvetledger.domain.partnership.MemorandumId;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.projections.learner.FindRecognisedUnits;
import org.ecvetledger.projections.mobility.FindLearningAgreements;
import org.ecvetledger.projections.mobility.GetLearningAgreement;
import org.ecvetledger.projections.mobility.LearningAgreementState;
import org.ecvetledger.projections.mobility.LearningAgreementSummaryView;
import org.ecvetledger.projections.mobility.LearningAgreementView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Learning agreements (DOMAIN c3, c8): one per learner per mobility under an MoU, signed by learner,
 * home and host individually, changed only through proposals the other parties accept, cancelled
 * or completed (with what is outstanding), and documented by the host (R21).
 */
@RestController
@RequestMapping(path = "/api/learning-agreements", produces = MediaType.APPLICATION_JSON_VALUE)
class LearningAgreementController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    LearningAgreementController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<LearningAgreementResponses.Drafted> draft(
            @Valid @RequestBody LearningAgreementRequests.Draft request) {
        var learner = LearnerId.of(request.learner().strip());
        var terms = withProgressSoFar(
                terms(request.terms()), learner, request.terms().priorProgress() == null);
        var agreementId = new LearningAgreementId(TimeOrderedIdentifierFactory.next());
        commands.sendAndWait(new DraftLearningAgreement(
                agreementId, learner, MemorandumId.of(request.mou().strip()), terms, text(request.groupReference())));
        return ResponseEntity.created(URI.create(path(agreementId)))
                .body(new LearningAgreementResponses.Drafted(agreementId.toString(), 1));
    }

    /**
     * R23: a learning agreement states the learner's progress so far. When the request gives none,
     * it is filled from the units the ledger shows the learner holding towards the qualification today
     * (the read model follows the ledger within a fraction of a second); a given list, even empty, is kept.
     */
    private LearningAgreementTerms withProgressSoFar(LearningAgreementTerms terms, LearnerId learner, boolean fill) {
        if (!fill) {
            return terms;
        }
        var held = queries.query(
                        new FindRecognisedUnits(learner, terms.qualification().id(), LocalDate.now()),
                        ResponseTypes.multipleInstancesOf(UnitRef.class))
                .join();
        return new LearningAgreementTerms(
                terms.home(),
                terms.host(),
                terms.mobilityStart(),
                terms.mobilityEnd(),
                terms.qualification(),
                terms.plannedUnits(),
                terms.learningActivities(),
                terms.assessmentArrangements(),
                terms.documentation(),
                terms.validationAndRecognition(),
                held);
    }

    /**
     * One agreement per learner with the same terms and group reference. All or none: the drafts
     * share one transaction, so a refusal of any of them records nothing.
     */
    @PostMapping("/groups")
    @Transactional
    ResponseEntity<LearningAgreementResponses.GroupDrafted> draftGroup(
            @Valid @RequestBody LearningAgreementRequests.GroupDraft request) {
        var fields = new InvalidField.Fields();
        RequestValues.rejectRepeats(fields, "learners", request.learners(), "learner");
        fields.throwIfAny();
        var terms = terms(request.terms());
        var memorandum = MemorandumId.of(request.mou().strip());
        var groupReference =
                request.groupReference() == null || request.groupReference().isBlank()
                        ? TimeOrderedIdentifierFactory.next().toString()
                        : request.groupReference().strip();
        var members = new ArrayList<LearningAgreementResponses.Member>();
        for (var learnerText : request.learners()) {
            var learner = LearnerId.of(learnerText.strip());
            var agreementId = new LearningAgreementId(TimeOrderedIdentifierFactory.next());
            var learnerTerms = withProgressSoFar(terms, learner, request.terms().priorProgress() == null);
            commands.sendAndWait(
                    new DraftLearningAgreement(agreementId, learner, memorandum, learnerTerms, groupReference));
            members.add(new LearningAgreementResponses.Member(learner.toString(), agreementId.toString()));
        }
        return ResponseEntity.created(URI.create(
                        "/api/learning-agreements?group=" + URLEncoder.encode(groupReference, StandardCharsets.UTF_8)))
                .body(new LearningAgreementResponses.GroupDrafted(groupReference, members));
    }

    @GetMapping
    SearchResults<LearningAgreementResponses.Summary> search(
            @RequestParam(required = false) UUID learner,
            @RequestParam(required = false) String institution,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) UUID mou,
            @RequestParam(required = false) String group) {
        var query = new FindLearningAgreements(
                learner == null ? null : new LearnerId(learner),
                MobilityValues.institutionOrNull("institution", institution),
                MobilityValues.oneOfOrNull("state", state, LearningAgreementState.class),
                mou == null ? null : new MemorandumId(mou),
                group);
        var found = queries.query(query, ResponseTypes.multipleInstancesOf(LearningAgreementSummaryView.class))
                .join();
        return new SearchResults<>(
                found.stream().map(LearningAgreementResponses.Summary::of).toList());
    }

    /** The agreement with its latest version in full. */
    @GetMapping("/{agreementId}")
    LearningAgreementResponses.LearningAgreement find(@PathVariable UUID agreementId) {
        var id = new LearningAgreementId(agreementId);
        return read(new GetLearningAgreement(id, null)).orElseThrow(() -> notFound(id));
    }

    /** The agreement with one of its versions in full. */
    @GetMapping("/{agreementId}/versions/{version}")
    LearningAgreementResponses.LearningAgreement findVersion(
            @PathVariable UUID agreementId, @PathVariable int version) {
        var id = new LearningAgreementId(agreementId);
        return read(new GetLearningAgreement(id, version))
                .orElseThrow(() -> new MobilityRecordNotFound(
                        "no version " + version + " of learning agreement " + id + " is recorded"));
    }

    @PostMapping("/{agreementId}/signatures")
    LearningAgreementResponses.Recorded sign(
            @PathVariable UUID agreementId, @Valid @RequestBody LearningAgreementRequests.Signature request) {
        var id = new LearningAgreementId(agreementId);
        Caller.requireSigningAs("party", request.party());
        send(
                new SignLearningAgreement(
                        id,
                        request.version(),
                        AgreementParty.valueOf(request.party()),
                        request.signatory().strip(),
                        date(request.signedOn())),
                id);
        return recorded(id);
    }

    @PostMapping("/{agreementId}/change-proposals")
    LearningAgreementResponses.Recorded propose(
            @PathVariable UUID agreementId, @Valid @RequestBody LearningAgreementRequests.ChangeProposal request) {
        var id = new LearningAgreementId(agreementId);
        var terms = terms(request.terms());
        send(
                new ProposeLearningAgreementChange(
                        id,
                        terms,
                        AgreementParty.valueOf(request.proposedBy()),
                        request.reason().strip()),
                id);
        return recorded(id);
    }

    @PostMapping("/{agreementId}/change-proposals/{proposal}/acceptances")
    LearningAgreementResponses.Recorded accept(
            @PathVariable UUID agreementId,
            @PathVariable int proposal,
            @Valid @RequestBody LearningAgreementRequests.Acceptance request) {
        var id = new LearningAgreementId(agreementId);
        send(
                new AcceptLearningAgreementChange(
                        id,
                        proposal,
                        AgreementParty.valueOf(request.acceptedBy()),
                        request.signatory().strip(),
                        date(request.acceptedOn())),
                id);
        return recorded(id);
    }

    @PostMapping("/{agreementId}/change-proposals/{proposal}/rejection")
    LearningAgreementResponses.Recorded reject(
            @PathVariable UUID agreementId,
            @PathVariable int proposal,
            @Valid @RequestBody LearningAgreementRequests.Rejection request) {
        var id = new LearningAgreementId(agreementId);
        send(
                new RejectLearningAgreementChange(
                        id,
                        proposal,
                        AgreementParty.valueOf(request.rejectedBy()),
                        request.reason().strip()),
                id);
        return recorded(id);
    }

    @PostMapping("/{agreementId}/cancellation")
    LearningAgreementResponses.Recorded cancel(
            @PathVariable UUID agreementId, @Valid @RequestBody LearningAgreementRequests.Cancellation request) {
        var id = new LearningAgreementId(agreementId);
        send(
                new CancelLearningAgreement(
                        id,
                        AgreementParty.valueOf(request.cancelledBy()),
                        date(request.cancelledOn()),
                        request.reason().strip()),
                id);
        return recorded(id);
    }

    /** R29: an agreement in force completes even if its MoU has ended since. */
    @PostMapping("/{agreementId}/completion")
    LearningAgreementResponses.Recorded complete(
            @PathVariable UUID agreementId, @Valid @RequestBody LearningAgreementRequests.Completion request) {
        var id = new LearningAgreementId(agreementId);
        var fields = new InvalidField.Fields();
        var outstanding = new ArrayList<PlannedUnit>();
        var gaps = orEmpty(request.outstanding());
        RequestValues.rejectRepeats(
                fields,
                "outstanding",
                gaps.stream().map(LearningAgreementRequests.Outstanding::unit).toList(),
                "unit");
        for (int i = 0; i < gaps.size(); i++) {
            var field = "outstanding[" + i + "]";
            var unit = MobilityValues.unit(fields, field + ".unit", gaps.get(i).unit());
            var outcomes = RequestValues.learningOutcomes(
                    fields, field + ".learningOutcomes", gaps.get(i).learningOutcomes());
            if (unit != null) {
                outstanding.add(new PlannedUnit(unit, outcomes, null));
            }
        }
        fields.throwIfAny();
        send(new CompleteLearningAgreement(id, date(request.completedOn()), outstanding), id);
        return recorded(id);
    }

    /** R21: a host may document learning abroad without assessing it; that creates no credit. */
    @PostMapping("/{agreementId}/documents")
    LearningAgreementResponses.Recorded document(
            @PathVariable UUID agreementId, @Valid @RequestBody LearningAgreementRequests.Document request) {
        var id = new LearningAgreementId(agreementId);
        var fields = new InvalidField.Fields();
        var issuedBy = MobilityValues.institution(fields, "issuedBy", request.issuedBy());
        fields.throwIfAny();
        send(
                new IssueMobilityDocument(
                        id,
                        issuedBy,
                        MobilityDocumentType.valueOf(request.type()),
                        date(request.issuedOn()),
                        request.content().strip()),
                id);
        return recorded(id);
    }

    /** The terms as the domain holds them; every field the domain would refuse is named at once. */
    private static LearningAgreementTerms terms(LearningAgreementRequests.Terms request) {
        var fields = new InvalidField.Fields();
        var home = MobilityValues.institution(fields, "terms.home", request.home());
        var host = MobilityValues.institution(fields, "terms.host", request.host());
        if (home != null && home.equals(host)) {
            fields.reject("terms.host", "not-allowed", "home and host are two institutions");
        }
        var start = date(request.mobilityStart());
        var end = date(request.mobilityEnd());
        if (end.isBefore(start)) {
            fields.reject("terms.mobilityEnd", "not-before", "must not be before mobilityStart");
        }
        var qualification = MobilityValues.standard(fields, "terms.qualification", request.qualification());
        var planned = new ArrayList<PlannedUnit>();
        RequestValues.rejectRepeats(
                fields,
                "terms.plannedUnits",
                request.plannedUnits().stream()
                        .map(LearningAgreementRequests.PlannedUnit::unit)
                        .toList(),
                "unit");
        for (int i = 0; i < request.plannedUnits().size(); i++) {
            var field = "terms.plannedUnits[" + i + "]";
            var unitRequest = request.plannedUnits().get(i);
            var unit = MobilityValues.unit(fields, field + ".unit", unitRequest.unit());
            var outcomes =
                    RequestValues.learningOutcomes(fields, field + ".learningOutcomes", unitRequest.learningOutcomes());
            var points = unitRequest.points() == null
                    ? null
                    : fields.check(field + ".points", () -> new CreditPoints(unitRequest.points()));
            if (unit != null) {
                planned.add(new PlannedUnit(unit, outcomes, points));
            }
        }
        var arrangements = new ArrayList<AssessmentArrangement>();
        var arrangementRequests = orEmpty(request.assessmentArrangements());
        for (int i = 0; i < arrangementRequests.size(); i++) {
            var arrangement = arrangementRequests.get(i);
            var assessor = MobilityValues.institution(
                    fields, "terms.assessmentArrangements[" + i + "].assessor", arrangement.assessor());
            if (assessor != null) {
                arrangements.add(
                        new AssessmentArrangement(assessor, arrangement.method().strip(), text(arrangement.when())));
            }
        }
        var prior = new ArrayList<UnitRef>();
        var priorTexts = orEmpty(request.priorProgress());
        RequestValues.rejectRepeats(fields, "terms.priorProgress", priorTexts, "unit");
        for (int i = 0; i < priorTexts.size(); i++) {
            prior.add(MobilityValues.unit(fields, "terms.priorProgress[" + i + "]", priorTexts.get(i)));
        }
        fields.throwIfAny();
        return InvalidField.check(
                "terms",
                () -> new LearningAgreementTerms(
                        home,
                        host,
                        start,
                        end,
                        qualification,
                        planned,
                        text(request.learningActivities()),
                        arrangements,
                        text(request.documentation()),
                        text(request.validationAndRecognition()),
                        prior));
    }

    private Optional<LearningAgreementResponses.LearningAgreement> read(GetLearningAgreement query) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(LearningAgreementView.class))
                .join()
                .map(LearningAgreementResponses.LearningAgreement::of);
    }

    private void send(Object command, LearningAgreementId id) {
        MobilityCommands.send(commands, command, notFound(id).getMessage());
    }

    private static MobilityRecordNotFound notFound(LearningAgreementId id) {
        return new MobilityRecordNotFound("no learning agreement " + id + " is recorded");
    }

    private static LearningAgreementResponses.Recorded recorded(LearningAgreementId id) {
        return new LearningAgreementResponses.Recorded(id.toString());
    }

    private static String path(LearningAgreementId id) {
        return "/api/learning-agreements/" + id;
    }
}
