package org.ecvetledger.app.learner;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.app.eventstore.TimeOrderedIdentifierFactory;
import org.ecvetledger.app.ledger.ActingHeaders;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.domain.accumulation.EnrolLearner;
import org.ecvetledger.domain.learner.ErasePersonalData;
import org.ecvetledger.domain.learner.PersonalData;
import org.ecvetledger.domain.learner.RegisterLearner;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.projections.learner.EnrolmentView;
import org.ecvetledger.projections.learner.FindEnrolments;
import org.ecvetledger.projections.learner.FindLearner;
import org.ecvetledger.projections.learner.LearnerView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Learner registration and the learner view. */
@RestController
@RequestMapping(path = "/api/learners", produces = MediaType.APPLICATION_JSON_VALUE)
class LearnerController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    LearnerController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<LearnerRegisteredResponse> register(@Valid @RequestBody RegisterLearnerRequest request) {
        var learnerId = new LearnerId(TimeOrderedIdentifierFactory.next());
        commands.sendAndWait(new RegisterLearner(
                learnerId,
                new PersonalData(
                        request.givenName().strip(), request.familyName().strip(), request.dateOfBirthAsDate())));
        return ResponseEntity.created(URI.create("/api/learners/" + learnerId))
                .body(new LearnerRegisteredResponse(learnerId.toString()));
    }

    @GetMapping("/{learnerId}")
    LearnerResponse find(@PathVariable UUID learnerId) {
        var id = new LearnerId(learnerId);
        var view = queries.query(new FindLearner(id), ResponseTypes.optionalInstanceOf(LearnerView.class))
                .join()
                .orElseThrow(() -> new LearnerNotFound(id));
        var data = view.personalData();
        return data == null
                ? new LearnerResponse(id.toString(), null, null, null, true, view.registeredAt())
                : new LearnerResponse(
                        id.toString(),
                        data.givenName(),
                        data.familyName(),
                        data.dateOfBirth(),
                        false,
                        view.registeredAt());
    }

    /**
     * S39, decision (j)6: erases the learner's personal data at their request (their key is
     * destroyed); the learner id and the decisions stay, and their credentials are revoked in
     * consequence. Asked again, it answers the same and records nothing more.
     */
    @PostMapping("/{learnerId}/erasure")
    ErasureResponse erase(
            @PathVariable UUID learnerId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson) {
        var fields = new InvalidField.Fields();
        var erasedBy = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        fields.throwIfAny();
        var id = new LearnerId(learnerId);
        try {
            commands.sendAndWait(new ErasePersonalData(id, erasedBy, LocalDate.now(ZoneOffset.UTC)));
        } catch (AggregateNotFoundException e) {
            throw new LearnerNotFound(id);
        }
        return new ErasureResponse(id.toString(), true);
    }

    record ErasureResponse(String learnerId, boolean personalDataErased) {}

    /** Enrols the learner in a published standard version (ADR 0005: one pathway per learner and qualification). */
    @PostMapping("/{learnerId}/enrolments")
    ResponseEntity<EnrolmentResponse> enrol(
            @PathVariable UUID learnerId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody EnrolLearnerRequest request) {
        var fields = new InvalidField.Fields();
        var enrolledBy = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var standard =
                fields.check("qualification", () -> QualificationRef.of(request.qualification(), request.version()));
        fields.throwIfAny();
        var enrolledOn = LocalDate.parse(request.enrolledOn());
        commands.sendAndWait(new EnrolLearner(new LearnerId(learnerId), standard, enrolledBy, enrolledOn));
        return ResponseEntity.created(URI.create("/api/learners/" + learnerId + "/enrolments/" + standard.id()))
                .body(new EnrolmentResponse(
                        standard.id().value(),
                        standard.version(),
                        enrolledBy.institution().value(),
                        enrolledOn));
    }

    @GetMapping("/{learnerId}/enrolments")
    List<EnrolmentResponse> enrolments(@PathVariable UUID learnerId) {
        return queries
                .query(
                        new FindEnrolments(new LearnerId(learnerId)),
                        ResponseTypes.multipleInstancesOf(EnrolmentView.class))
                .join()
                .stream()
                .map(e -> new EnrolmentResponse(
                        e.standard().id().value(),
                        e.standard().version(),
                        e.enrolledBy().value(),
                        e.enrolledOn()))
                .toList();
    }
}
