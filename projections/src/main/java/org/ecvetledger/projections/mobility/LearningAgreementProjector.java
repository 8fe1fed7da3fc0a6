package org.ecvetledger.projections.mobility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.ecvetledger.domain.learningagreement.AgreementParty;
import org.ecvetledger.domain.learningagreement.LearningAgreementActivated;
import org.ecvetledger.domain.learningagreement.LearningAgreementAmended;
import org.ecvetledger.domain.learningagreement.LearningAgreementCancelled;
import org.ecvetledger.domain.learningagreement.LearningAgreementChangeAccepted;
import org.ecvetledger.domain.learningagreement.LearningAgreementChangeProposed;
import org.ecvetledger.domain.learningagreement.LearningAgreementChangeRejected;
import org.ecvetledger.domain.learningagreement.LearningAgreementCompleted;
import org.ecvetledger.domain.learningagreement.LearningAgreementDrafted;
import org.ecvetledger.domain.learningagreement.LearningAgreementId;
import org.ecvetledger.domain.learningagreement.LearningAgreementSigned;
import org.ecvetledger.domain.learningagreement.LearningAgreementTerms;
import org.ecvetledger.domain.learningagreement.MobilityDocumentIssued;
import org.ecvetledger.domain.learningagreement.MobilityDocumentType;
import org.ecvetledger.domain.partnership.MemorandumId;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Builds the learning agreements: where each stands (DOMAIN c8, as far as the agreement's events
 * tell), every version with its terms and signatures, the change proposals and the mobility
 * documents. Idempotent: the agreement row and each proposal row remember the sequence of the last
 * event applied to them and never move backwards; versions, signatures, acceptances and documents
 * are written once under their natural key.
 */
@ProcessingGroup(MobilityReadModel.PROCESSING_GROUP)
public class LearningAgreementProjector {

    private static final String SELECT_SUMMARY = """
            select a.agreement_id, a.learner_id, a.memorandum_id, a.group_reference, a.home_id, a.host_id,
                   a.qualification, a.mobility_start, a.mobility_end, a.state, a.latest_version, a.active_from
            from rm_mobility_agreement a
            """;

    private static final String SELECT_AGREEMENT = """
            select a.agreement_id, a.learner_id, a.memorandum_id, a.group_reference, a.state, a.latest_version,
                   a.active_from, a.cancelled_by, a.cancelled_on, a.cancellation_reason, a.completed_on,
                   a.outstanding, v.version, v.terms, v.proposal,
                   (select jsonb_agg(x.version order by x.version)
                    from rm_mobility_agreement_version x
                    where x.agreement_id = a.agreement_id) as versions,
                   (select coalesce(jsonb_agg(jsonb_build_object(
                               'party', s.party, 'signatory', s.signatory, 'signedOn', s.signed_on)
                           order by s.sequence), '[]'::jsonb)
                    from rm_mobility_agreement_signature s
                    where s.agreement_id = a.agreement_id and s.version = v.version) as signatures,
                   (select coalesce(jsonb_agg(jsonb_build_object(
                               'proposal', p.proposal, 'baseVersion', p.base_version, 'terms', p.terms,
                               'proposedBy', p.proposed_by, 'reason', p.reason, 'status', p.status,
                               'rejectedBy', p.rejected_by, 'rejectionReason', p.rejection_reason,
                               'resultingVersion', p.resulting_version,
                               'acceptances',
                               (select coalesce(jsonb_agg(jsonb_build_object(
                                           'acceptedBy', c.accepted_by, 'signatory', c.signatory,
                                           'acceptedOn', c.accepted_on)
                                       order by c.sequence), '[]'::jsonb)
                                from rm_mobility_agreement_acceptance c
                                where c.agreement_id = p.agreement_id and c.proposal = p.proposal))
                           order by p.proposal), '[]'::jsonb)
                    from rm_mobility_agreement_proposal p
                    where p.agreement_id = a.agreement_id) as proposals,
                   (select coalesce(jsonb_agg(jsonb_build_object(
                               'issuedBy', d.issued_by, 'type', d.type, 'issuedOn', d.issued_on,
                               'content', d.content)
                           order by d.sequence), '[]'::jsonb)
                    from rm_mobility_agreement_document d
                    where d.agreement_id = a.agreement_id) as documents
            from rm_mobility_agreement a
            join rm_mobility_agreement_version v
              on v.agreement_id = a.agreement_id and v.version = coalesce(?::integer, a.latest_version)
            where a.agreement_id = ?
            """;

    private final JdbcTemplate jdbc;

    public LearningAgreementProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(LearningAgreementDrafted event, @SequenceNumber long sequence) {
        var terms = event.terms();
        jdbc.update(
                """
                insert into rm_mobility_agreement
                    (agreement_id, learner_id, memorandum_id, group_reference, home_id, host_id, qualification,
                     mobility_start, mobility_end, latest_version, state, active_from, cancelled_by,
                     cancelled_on, cancellation_reason, completed_on, outstanding, last_sequence)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', null, null, null, null, null, null, ?)
                on conflict (agreement_id) do nothing
                """,
                event.agreementId().value(),
                event.learner().value(),
                event.memorandum().value(),
                MobilityReadModel.criterion(event.groupReference()),
                terms.home().value(),
                terms.host().value(),
                terms.qualification().toString(),
                terms.mobilityStart(),
                terms.mobilityEnd(),
                event.version(),
                sequence);
        insertVersion(event.agreementId(), event.version(), terms, null, sequence);
    }

    @EventHandler
    void on(LearningAgreementSigned event, @SequenceNumber long sequence) {
        jdbc.update(
                """
                insert into rm_mobility_agreement_signature (agreement_id, version, party, signatory, signed_on, sequence)
                values (?, ?, ?, ?, ?, ?)
                on conflict (agreement_id, version, party) do nothing
                """,
                event.agreementId().value(),
                event.version(),
                event.party().name(),
                event.signatory(),
                event.signedOn(),
                sequence);
        updateAgreement(event.agreementId(), sequence, "state = 'PARTIALLY_SIGNED'");
    }

    @EventHandler
    void on(LearningAgreementActivated event, @SequenceNumber long sequence) {
        updateAgreement(event.agreementId(), sequence, "state = 'ACTIVE', active_from = ?", event.activeFrom());
    }

    @EventHandler
    void on(LearningAgreementChangeProposed event, @SequenceNumber long sequence) {
        jdbc.update(
                """
                insert into rm_mobility_agreement_proposal
                    (agreement_id, proposal, base_version, terms, proposed_by, reason, status, rejected_by,
                     rejection_reason, resulting_version, last_sequence)
                values (?, ?, ?, ?::jsonb, ?, ?, 'OPEN', null, null, null, ?)
                on conflict (agreement_id, proposal) do nothing
                """,
                event.agreementId().value(),
                event.proposal(),
                event.baseVersion(),
                MobilityJson.write(MobilityJson.agreementTerms(event.terms())),
                event.proposedBy().name(),
                event.reason(),
                sequence);
    }

    @EventHandler
    void on(LearningAgreementChangeAccepted event, @SequenceNumber long sequence) {
        jdbc.update(
                """
                insert into rm_mobility_agreement_acceptance
                    (agreement_id, proposal, accepted_by, signatory, accepted_on, sequence)
                values (?, ?, ?, ?, ?, ?)
                on conflict (agreement_id, proposal, accepted_by) do nothing
                """,
                event.agreementId().value(),
                event.proposal(),
                event.acceptedBy().name(),
                event.signatory(),
                event.acceptedOn(),
                sequence);
    }

    @EventHandler
    void on(LearningAgreementChangeRejected event, @SequenceNumber long sequence) {
        jdbc.update(
                """
                update rm_mobility_agreement_proposal
                set status = 'REJECTED', rejected_by = ?, rejection_reason = ?, last_sequence = ?
                where agreement_id = ? and proposal = ? and last_sequence < ?
                """,
                event.rejectedBy().name(),
                event.reason(),
                sequence,
                event.agreementId().value(),
                event.proposal(),
                sequence);
    }

    /** Every other party accepted the proposal: its terms are the new version in force. */
    @EventHandler
    void on(LearningAgreementAmended event, @SequenceNumber long sequence) {
        var terms = event.terms();
        insertVersion(event.agreementId(), event.version(), terms, event.proposal(), sequence);
        jdbc.update("""
                update rm_mobility_agreement_proposal
                set status = 'ACCEPTED', resulting_version = ?, last_sequence = ?
                where agreement_id = ? and proposal = ? and last_sequence < ?
                """, event.version(), sequence, event.agreementId().value(), event.proposal(), sequence);
        updateAgreement(
                event.agreementId(),
                sequence,
                """
                latest_version = ?, home_id = ?, host_id = ?, qualification = ?, mobility_start = ?,
                mobility_end = ?
                """,
                event.version(),
                terms.home().value(),
                terms.host().value(),
                terms.qualification().toString(),
                terms.mobilityStart(),
                terms.mobilityEnd());
    }

    @EventHandler
    void on(LearningAgreementCancelled event, @SequenceNumber long sequence) {
        updateAgreement(
                event.agreementId(),
                sequence,
                "state = 'CANCELLED', cancelled_by = ?, cancelled_on = ?, cancellation_reason = ?",
                event.cancelledBy().name(),
                event.cancelledOn(),
                event.reason());
        lapseOpenProposals(event.agreementId(), sequence);
    }

    /** DOMAIN c8: completed in full, or with gaps when planned units or outcomes were not achieved. */
    @EventHandler
    void on(LearningAgreementCompleted event, @SequenceNumber long sequence) {
        updateAgreement(
                event.agreementId(),
                sequence,
                "state = ?, completed_on = ?, outstanding = ?::jsonb",
                (event.withGaps() ? LearningAgreementState.COMPLETED_WITH_GAPS : LearningAgreementState.COMPLETED)
                        .name(),
                event.completedOn(),
                MobilityJson.write(MobilityJson.plannedUnits(event.outstanding())));
        lapseOpenProposals(event.agreementId(), sequence);
    }

    /** A proposal still open when the agreement ends can no longer be accepted or rejected. */
    private void lapseOpenProposals(LearningAgreementId agreement, long sequence) {
        jdbc.update("""
                update rm_mobility_agreement_proposal set status = 'LAPSED', last_sequence = ?
                where agreement_id = ? and status = 'OPEN' and last_sequence < ?
                """, sequence, agreement.value(), sequence);
    }

    @EventHandler
    void on(MobilityDocumentIssued event, @SequenceNumber long sequence) {
        jdbc.update(
                """
                insert into rm_mobility_agreement_document
                    (agreement_id, sequence, issued_by, type, issued_on, content)
                values (?, ?, ?, ?, ?, ?)
                on conflict (agreement_id, sequence) do nothing
                """,
                event.agreementId().value(),
                sequence,
                event.issuedBy().value(),
                event.type().name(),
                event.issuedOn(),
                event.content());
    }

    /** At most {@value MobilityReadModel#MAX_RESULTS} agreements, by start of the mobility. */
    @QueryHandler
    List<LearningAgreementSummaryView> handle(FindLearningAgreements query) {
        var institution =
                query.institution() == null ? null : query.institution().value();
        var conditions = new SearchConditions()
                .when(
                        query.learner(),
                        "a.learner_id = ?",
                        query.learner() == null ? null : query.learner().value())
                .when(institution, "(a.home_id = ? or a.host_id = ?)", institution, institution)
                .when(query.state(), "a.state = upper(?)", query.state())
                .when(
                        query.memorandum(),
                        "a.memorandum_id = ?",
                        query.memorandum() == null ? null : query.memorandum().value())
                .when(query.groupReference(), "a.group_reference = ?", query.groupReference());
        return jdbc.query(
                SELECT_SUMMARY + conditions.where() + " order by a.mobility_start, a.agreement_id limit "
                        + MobilityReadModel.MAX_RESULTS,
                LearningAgreementProjector::toSummary,
                conditions.arguments());
    }

    @QueryHandler
    Optional<LearningAgreementView> handle(GetLearningAgreement query) {
        return jdbc
                .query(
                        SELECT_AGREEMENT,
                        LearningAgreementProjector::toView,
                        query.version(),
                        query.agreementId().value())
                .stream()
                .findFirst();
    }

    @ResetHandler
    void reset() {
        jdbc.update("""
                truncate table rm_mobility_agreement, rm_mobility_agreement_version, rm_mobility_agreement_signature,
                    rm_mobility_agreement_proposal, rm_mobility_agreement_acceptance, rm_mobility_agreement_document
                """);
    }

    private void insertVersion(
            LearningAgreementId agreementId,
            int version,
            LearningAgreementTerms terms,
            Integer proposal,
            long sequence) {
        jdbc.update(
                """
                insert into rm_mobility_agreement_version (agreement_id, version, terms, proposal, sequence)
                values (?, ?, ?::jsonb, ?::integer, ?)
                on conflict (agreement_id, version) do nothing
                """,
                agreementId.value(),
                version,
                MobilityJson.write(MobilityJson.agreementTerms(terms)),
                proposal,
                sequence);
    }

    /** Applies {@code assignments} to the agreement row unless a later event has been applied already. */
    private void updateAgreement(
            LearningAgreementId agreementId, long sequence, String assignments, Object... arguments) {
        var all = new ArrayList<Object>(List.of(arguments));
        all.add(sequence);
        all.add(agreementId.value());
        all.add(sequence);
        jdbc.update(
                "update rm_mobility_agreement set " + assignments + ", last_sequence = ?"
                        + " where agreement_id = ? and last_sequence < ?",
                all.toArray());
    }

    private static LearningAgreementSummaryView toSummary(ResultSet row, int rowNumber) throws SQLException {
        return new LearningAgreementSummaryView(
                new LearningAgreementId(row.getObject("agreement_id", UUID.class)),
                new LearnerId(row.getObject("learner_id", UUID.class)),
                new MemorandumId(row.getObject("memorandum_id", UUID.class)),
                row.getString("group_reference"),
                new InstitutionId(row.getString("home_id")),
                new InstitutionId(row.getString("host_id")),
                MobilityJson.qualification(row.getString("qualification")),
                row.getObject("mobility_start", LocalDate.class),
                row.getObject("mobility_end", LocalDate.class),
                LearningAgreementState.valueOf(row.getString("state")),
                row.getInt("latest_version"),
                row.getObject("active_from", LocalDate.class));
    }

    private static LearningAgreementView toView(ResultSet row, int rowNumber) throws SQLException {
        var signatures = new ArrayList<LearningAgreementSignatureView>();
        for (var signature : MobilityJson.read(row.getString("signatures"))) {
            signatures.add(new LearningAgreementSignatureView(
                    AgreementParty.valueOf(signature.get("party").stringValue()),
                    signature.get("signatory").stringValue(),
                    MobilityJson.date(signature, "signedOn")));
        }
        var proposals = new ArrayList<ChangeProposalView>();
        for (var proposal : MobilityJson.read(row.getString("proposals"))) {
            proposals.add(toProposal(proposal));
        }
        var documents = new ArrayList<MobilityDocumentView>();
        for (var document : MobilityJson.read(row.getString("documents"))) {
            documents.add(new MobilityDocumentView(
                    new InstitutionId(document.get("issuedBy").stringValue()),
                    MobilityDocumentType.valueOf(document.get("type").stringValue()),
                    MobilityJson.date(document, "issuedOn"),
                    document.get("content").stringValue()));
        }
        var versions = new ArrayList<Integer>();
        MobilityJson.read(row.getString("versions")).forEach(version -> versions.add(version.intValue()));
        var cancelledBy = row.getString("cancelled_by");
        var completedOn = row.getObject("completed_on", LocalDate.class);
        return new LearningAgreementView(
                new LearningAgreementId(row.getObject("agreement_id", UUID.class)),
                new LearnerId(row.getObject("learner_id", UUID.class)),
                new MemorandumId(row.getObject("memorandum_id", UUID.class)),
                row.getString("group_reference"),
                LearningAgreementState.valueOf(row.getString("state")),
                row.getInt("latest_version"),
                row.getObject("active_from", LocalDate.class),
                versions,
                new LearningAgreementVersionView(
                        row.getInt("version"),
                        MobilityJson.agreementTerms(MobilityJson.read(row.getString("terms"))),
                        row.getObject("proposal", Integer.class),
                        signatures),
                cancelledBy == null
                        ? null
                        : new CancellationView(
                                AgreementParty.valueOf(cancelledBy),
                                row.getObject("cancelled_on", LocalDate.class),
                                row.getString("cancellation_reason")),
                completedOn == null
                        ? null
                        : new CompletionView(
                                completedOn,
                                MobilityJson.plannedUnits(MobilityJson.read(row.getString("outstanding")))),
                proposals,
                documents);
    }

    private static ChangeProposalView toProposal(JsonNode proposal) {
        var acceptances = new ArrayList<ChangeAcceptanceView>();
        for (var acceptance : proposal.get("acceptances")) {
            acceptances.add(new ChangeAcceptanceView(
                    AgreementParty.valueOf(acceptance.get("acceptedBy").stringValue()),
                    acceptance.get("signatory").stringValue(),
                    MobilityJson.date(acceptance, "acceptedOn")));
        }
        var rejectedBy = MobilityJson.text(proposal, "rejectedBy");
        var resultingVersion = proposal.path("resultingVersion");
        return new ChangeProposalView(
                proposal.get("proposal").intValue(),
                proposal.get("baseVersion").intValue(),
                MobilityJson.agreementTerms(proposal.get("terms")),
                AgreementParty.valueOf(proposal.get("proposedBy").stringValue()),
                proposal.get("reason").stringValue(),
                ChangeProposalStatus.valueOf(proposal.get("status").stringValue()),
                acceptances,
                rejectedBy == null ? null : AgreementParty.valueOf(rejectedBy),
                MobilityJson.text(proposal, "rejectionReason"),
                resultingVersion.isNumber() ? resultingVersion.intValue() : null);
    }
}
