package org.ecvetledger.projections.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.ecvetledger.domain.equivalence.EquivalenceId;
import org.ecvetledger.domain.institution.FunctionGrant;
import org.ecvetledger.domain.institution.InstitutionFunctionGranted;
import org.ecvetledger.domain.institution.InstitutionFunctionWithdrawn;
import org.ecvetledger.domain.qualification.QualificationProfileAmended;
import org.ecvetledger.domain.qualification.QualificationStandardDrafted;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.domain.transfer.CreditTransferCompleted;
import org.ecvetledger.domain.transfer.CreditTransferRecognised;
import org.ecvetledger.domain.transfer.CreditTransferRefused;
import org.ecvetledger.domain.transfer.CreditTransferValidated;
import org.ecvetledger.domain.transfer.TransferRequestId;
import org.ecvetledger.domain.transfer.TransferRequested;
import org.ecvetledger.domain.transfer.TransferRoute;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds every transfer request as it stands from the {@code TransferRequest} events (ADR 0022), so
 * the API answers a request's state without reading the event store; idempotent by the request's
 * sequence number.
 */
@ProcessingGroup(TransferRequestProjector.PROCESSING_GROUP)
public class TransferRequestProjector {

    public static final String PROCESSING_GROUP = "transfer-requests";

    /** The institution (first parameter) holds the function (second) for the request's receiving standard. */
    private static final String COMPETENT = """
            exists (select 1 from rm_transfer_grant g
                    join rm_transfer_standard s on s.standard_ref = r.qualification_id || '@' || r.version
                    where g.institution_id = ? and g.function = ?
                      and (g.qualification_id = '' or g.qualification_id = s.qualification_id)
                      and (s.jurisdiction = g.jurisdiction or s.jurisdiction like g.jurisdiction || '/%'))""";

    private final JdbcTemplate jdbc;

    public TransferRequestProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TransferRequested event, @SequenceNumber long sequence) {
        jdbc.update(
                """
                insert into rm_transfer_request (transfer_request_id, learner_id, source_qualification_id,
                    source_version, source_unit, qualification_id, version, unit, route, equivalence_id,
                    equivalence_version, coverage, state, requested_by_institution, requested_by_person,
                    requested_on, last_sequence)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?, ?, ?)
                on conflict (transfer_request_id) do nothing
                """,
                event.transferRequestId().value(),
                event.learner().value(),
                event.sourceStandard().id().value(),
                event.sourceStandard().version(),
                event.sourceUnit().toString(),
                event.standard().id().value(),
                event.standard().version(),
                event.unit().toString(),
                event.route().name(),
                event.equivalence() == null ? null : event.equivalence().value(),
                event.equivalenceVersion(),
                event.coverage() == null ? null : event.coverage().name(),
                event.requestedBy().institution().value(),
                event.requestedBy().person(),
                event.requestedOn(),
                sequence);
    }

    @EventHandler
    void on(CreditTransferValidated event, @SequenceNumber long sequence) {
        jdbc.update(
                """
                update rm_transfer_request set state = 'VALIDATED', validated_by_institution = ?,
                    validated_by_person = ?, validation_reference = ?, validated_on = ?, recognition_follows = ?,
                    last_sequence = ?
                where transfer_request_id = ? and last_sequence < ?
                """,
                event.validatedBy().institution().value(),
                event.validatedBy().person(),
                event.decisionReference(),
                event.effectiveDate(),
                event.recognitionFollows(),
                sequence,
                event.transferRequestId().value(),
                sequence);
    }

    @EventHandler
    void on(CreditTransferRecognised event, @SequenceNumber long sequence) {
        jdbc.update(
                """
                update rm_transfer_request set state = 'RECOGNISED', recognised_by_institution = ?,
                    recognised_by_person = ?, recognition_reference = ?, recognised_on = ?, last_sequence = ?
                where transfer_request_id = ? and last_sequence < ?
                """,
                event.recognisedBy().institution().value(),
                event.recognisedBy().person(),
                event.decisionReference(),
                event.effectiveDate(),
                sequence,
                event.transferRequestId().value(),
                sequence);
    }

    /**
     * Without a recognition of its own, the request was recognised by the body that validated it (one
     * decision), or — after a targeted assessment — by the body the completion names; a revision-1
     * completion names none, so the validating body stands in for it.
     */
    @EventHandler
    void on(CreditTransferCompleted event, @SequenceNumber long sequence) {
        var by = event.recognisedBy();
        jdbc.update(
                """
                update rm_transfer_request set state = 'COMPLETED', recognition_event = ?, completed_on = ?,
                    recognised_by_institution = coalesce(recognised_by_institution, ?, validated_by_institution),
                    recognised_by_person = coalesce(recognised_by_person, ?, validated_by_person),
                    recognition_reference = coalesce(recognition_reference,
                        case when recognition_follows then null else validation_reference end),
                    recognised_on = coalesce(recognised_on, ?),
                    last_sequence = ?
                where transfer_request_id = ? and last_sequence < ?
                """,
                event.recognitionEvent(),
                event.effectiveDate(),
                by == null ? null : by.institution().value(),
                by == null ? null : by.person(),
                event.effectiveDate(),
                sequence,
                event.transferRequestId().value(),
                sequence);
    }

    @EventHandler
    void on(CreditTransferRefused event, @SequenceNumber long sequence) {
        jdbc.update(
                """
                update rm_transfer_request set state = 'REFUSED', refusal_rule = ?, refusal_reason = ?,
                    refused_on = ?, last_sequence = ?
                where transfer_request_id = ? and last_sequence < ?
                """,
                event.rule(),
                event.reason(),
                event.effectiveDate(),
                sequence,
                event.transferRequestId().value(),
                sequence);
    }

    // --- who is competent for which receiving standard (R2), for the pending requests

    @EventHandler
    void on(InstitutionFunctionGranted event) {
        var grant = event.grant();
        jdbc.update(
                "insert into rm_transfer_grant (institution_id, function, qualification_id, jurisdiction)"
                        + " values (?, ?, ?, ?) on conflict do nothing",
                event.institutionId().value(),
                grant.function().name(),
                standardOf(grant),
                grant.jurisdiction().toString());
    }

    @EventHandler
    void on(InstitutionFunctionWithdrawn event) {
        var grant = event.grant();
        jdbc.update(
                "delete from rm_transfer_grant where institution_id = ? and function = ? and qualification_id = ?"
                        + " and jurisdiction = ?",
                event.institutionId().value(),
                grant.function().name(),
                standardOf(grant),
                grant.jurisdiction().toString());
    }

    @EventHandler
    void on(QualificationStandardDrafted event) {
        standard(event.standard(), event.profile().jurisdiction().toString());
    }

    @EventHandler
    void on(QualificationProfileAmended event) {
        standard(event.standard(), event.profile().jurisdiction().toString());
    }

    private void standard(QualificationRef standard, String jurisdiction) {
        jdbc.update(
                "insert into rm_transfer_standard (standard_ref, qualification_id, jurisdiction) values (?, ?, ?)"
                        + " on conflict (standard_ref) do update set jurisdiction = excluded.jurisdiction",
                standard.toString(),
                standard.id().value(),
                jurisdiction);
    }

    private static String standardOf(FunctionGrant grant) {
        return grant.standard() == null ? "" : grant.standard().value();
    }

    @ResetHandler
    void reset() {
        // one truncate of exactly the tables this group writes (ADR 0011): ReadModelTablesTest reads it
        jdbc.update("truncate table rm_transfer_request, rm_transfer_grant, rm_transfer_standard");
    }

    @QueryHandler
    Optional<TransferRequestView> handle(GetTransferRequest query) {
        return jdbc
                .query(
                        "select * from rm_transfer_request where transfer_request_id = ?",
                        (row, n) -> view(row),
                        query.transferRequestId().value())
                .stream()
                .findFirst();
    }

    @QueryHandler
    List<TransferRequestView> handle(FindTransferRequests query) {
        return jdbc.query(
                "select * from rm_transfer_request where learner_id = ? order by requested_on, transfer_request_id",
                (row, n) -> view(row),
                query.learner().value());
    }

    /**
     * Awaiting a validation (an equivalence or the common core, not a targeted assessment) where the
     * institution holds validate, or a recognition left to another body where it holds recognise; a
     * grant covers a standard in its jurisdiction or inside it (FunctionGrant.covers).
     */
    @QueryHandler
    List<TransferRequestView> handle(FindPendingTransferRequests query) {
        var institution = query.institution().value();
        return jdbc.query(
                """
                select r.* from rm_transfer_request r
                where (r.state = 'REQUESTED' and r.route <> 'TARGETED_ASSESSMENT' and %s)
                   or (r.state = 'VALIDATED' and r.recognition_follows and %s)
                order by r.requested_on, r.transfer_request_id
                """.formatted(COMPETENT, COMPETENT),
                (row, n) -> view(row),
                institution,
                "VALIDATE",
                institution,
                "RECOGNISE");
    }

    private static TransferRequestView view(ResultSet row) throws SQLException {
        var equivalence = row.getObject("equivalence_id", UUID.class);
        var coverage = row.getString("coverage");
        var refused = row.getString("refusal_rule");
        return new TransferRequestView(
                new TransferRequestId(row.getObject("transfer_request_id", UUID.class)),
                new LearnerId(row.getObject("learner_id", UUID.class)),
                QualificationRef.of(row.getString("source_qualification_id"), row.getInt("source_version")),
                UnitRef.parse(row.getString("source_unit")),
                QualificationRef.of(row.getString("qualification_id"), row.getInt("version")),
                UnitRef.parse(row.getString("unit")),
                TransferRoute.valueOf(row.getString("route")),
                equivalence == null ? null : new EquivalenceId(equivalence),
                (Integer) row.getObject("equivalence_version"),
                coverage == null ? null : Coverage.valueOf(coverage),
                TransferRequestState.valueOf(row.getString("state")),
                step(row, "requested_by", null, "requested_on"),
                step(row, "validated_by", "validation_reference", "validated_on"),
                row.getBoolean("recognition_follows"),
                step(row, "recognised_by", "recognition_reference", "recognised_on"),
                row.getString("recognition_event"),
                row.getObject("completed_on", LocalDate.class),
                refused,
                row.getString("refusal_reason"),
                row.getObject("refused_on", LocalDate.class));
    }

    private static TransferStepView step(ResultSet row, String by, String reference, String on) throws SQLException {
        var institution = row.getString(by + "_institution");
        if (institution == null) {
            return null;
        }
        return new TransferStepView(
                new Actor(new InstitutionId(institution), row.getString(by + "_person")),
                reference == null ? null : row.getString(reference),
                row.getObject(on, LocalDate.class));
    }
}
