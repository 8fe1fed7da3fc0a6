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
import org.ecvetledger.domain.partnership.MemorandumActivated;
import org.ecvetledger.domain.partnership.MemorandumAmended;
import org.ecvetledger.domain.partnership.MemorandumDrafted;
import org.ecvetledger.domain.partnership.MemorandumExpired;
import org.ecvetledger.domain.partnership.MemorandumId;
import org.ecvetledger.domain.partnership.MemorandumReviewed;
import org.ecvetledger.domain.partnership.MemorandumSigned;
import org.ecvetledger.domain.partnership.MemorandumTerminated;
import org.ecvetledger.domain.partnership.MemorandumTerms;
import org.ecvetledger.domain.shared.InstitutionId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds the Memoranda of Understanding: where each stands (DOMAIN c2), every version with its
 * terms and signatures, and its reviews. Idempotent: the MoU row and each version row remember the
 * sequence of the last event applied to them and never move backwards; signatures and reviews are
 * written once under their natural key.
 */
@ProcessingGroup(MobilityReadModel.PROCESSING_GROUP)
public class MemorandumProjector {

    private static final String SELECT_SUMMARY = """
            select m.memorandum_id, m.title, m.state, m.latest_version, m.version_in_force, m.active_from,
                   m.ended_on, v.terms -> 'parties' as parties
            from rm_mobility_memorandum m
            join rm_mobility_memorandum_version v
              on v.memorandum_id = m.memorandum_id and v.version = m.latest_version
            """;

    private static final String SELECT_MEMORANDUM = """
            select m.memorandum_id, m.state, m.latest_version, m.version_in_force, m.active_from, m.ended_on,
                   m.terminated_by, m.termination_reason,
                   v.version, v.terms, v.amendment_reason, v.active_from as version_active_from,
                   (select jsonb_agg(x.version order by x.version)
                    from rm_mobility_memorandum_version x
                    where x.memorandum_id = m.memorandum_id) as versions,
                   (select coalesce(jsonb_agg(jsonb_build_object(
                               'party', s.party, 'signatory', s.signatory, 'signedOn', s.signed_on)
                           order by s.sequence), '[]'::jsonb)
                    from rm_mobility_memorandum_signature s
                    where s.memorandum_id = m.memorandum_id and s.version = v.version) as signatures,
                   (select coalesce(jsonb_agg(jsonb_build_object(
                               'version', r.version, 'reviewedOn', r.reviewed_on, 'outcome', r.outcome)
                           order by r.sequence), '[]'::jsonb)
                    from rm_mobility_memorandum_review r
                    where r.memorandum_id = m.memorandum_id) as reviews
            from rm_mobility_memorandum m
            join rm_mobility_memorandum_version v
              on v.memorandum_id = m.memorandum_id and v.version = coalesce(?::integer, m.latest_version)
            where m.memorandum_id = ?
            """;

    private final JdbcTemplate jdbc;

    public MemorandumProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MemorandumDrafted event, @SequenceNumber long sequence) {
        jdbc.update("""
                insert into rm_mobility_memorandum
                    (memorandum_id, title, latest_version, version_in_force, state, active_from, ended_on,
                     terminated_by, termination_reason, last_sequence)
                values (?, ?, ?, null, 'DRAFT', null, null, null, null, ?)
                on conflict (memorandum_id) do nothing
                """, event.memorandumId().value(), event.terms().title(), event.version(), sequence);
        insertVersion(event.memorandumId(), event.version(), event.terms(), null, sequence);
    }

    /** Signing the latest version: the MoU is partially signed, or its amendment is, while the older version stays in force. */
    @EventHandler
    void on(MemorandumSigned event, @SequenceNumber long sequence) {
        jdbc.update(
                """
                insert into rm_mobility_memorandum_signature
                    (memorandum_id, version, party, signatory, signed_on, sequence)
                values (?, ?, ?, ?, ?, ?)
                on conflict (memorandum_id, version, party) do nothing
                """,
                event.memorandumId().value(),
                event.version(),
                event.party().value(),
                event.signatory(),
                event.signedOn(),
                sequence);
        jdbc.update("""
                update rm_mobility_memorandum
                set state = case when version_in_force is null then 'PARTIALLY_SIGNED' else 'AMENDMENT_PENDING' end,
                    last_sequence = ?
                where memorandum_id = ? and last_sequence < ?
                """, sequence, event.memorandumId().value(), sequence);
    }

    @EventHandler
    void on(MemorandumActivated event, @SequenceNumber long sequence) {
        jdbc.update("""
                update rm_mobility_memorandum_version
                set active_from = ?, last_sequence = ?
                where memorandum_id = ? and version = ? and last_sequence < ?
                """, event.activeFrom(), sequence, event.memorandumId().value(), event.version(), sequence);
        jdbc.update(
                """
                update rm_mobility_memorandum
                set version_in_force = ?, active_from = ?,
                    state = case when latest_version = ? then 'ACTIVE' else 'AMENDMENT_PENDING' end,
                    last_sequence = ?
                where memorandum_id = ? and last_sequence < ?
                """,
                event.version(),
                event.activeFrom(),
                event.version(),
                sequence,
                event.memorandumId().value(),
                sequence);
    }

    /** A new version awaits every party's signature; an older version in force stays in force meanwhile. */
    @EventHandler
    void on(MemorandumAmended event, @SequenceNumber long sequence) {
        insertVersion(event.memorandumId(), event.version(), event.terms(), event.reason(), sequence);
        jdbc.update(
                """
                update rm_mobility_memorandum
                set latest_version = ?, title = ?,
                    state = case when version_in_force is null then 'DRAFT' else 'AMENDMENT_PENDING' end,
                    last_sequence = ?
                where memorandum_id = ? and last_sequence < ?
                """,
                event.version(),
                event.terms().title(),
                sequence,
                event.memorandumId().value(),
                sequence);
    }

    @EventHandler
    void on(MemorandumReviewed event, @SequenceNumber long sequence) {
        jdbc.update("""
                insert into rm_mobility_memorandum_review (memorandum_id, sequence, version, reviewed_on, outcome)
                values (?, ?, ?, ?, ?)
                on conflict (memorandum_id, sequence) do nothing
                """, event.memorandumId().value(), sequence, event.version(), event.reviewedOn(), event.outcome());
    }

    @EventHandler
    void on(MemorandumExpired event, @SequenceNumber long sequence) {
        jdbc.update("""
                update rm_mobility_memorandum
                set state = 'EXPIRED', ended_on = ?, last_sequence = ?
                where memorandum_id = ? and last_sequence < ?
                """, event.expiredOn(), sequence, event.memorandumId().value(), sequence);
    }

    @EventHandler
    void on(MemorandumTerminated event, @SequenceNumber long sequence) {
        jdbc.update(
                """
                update rm_mobility_memorandum
                set state = 'TERMINATED', ended_on = ?, terminated_by = ?, termination_reason = ?,
                    last_sequence = ?
                where memorandum_id = ? and last_sequence < ?
                """,
                event.effectiveOn(),
                event.terminatedBy().value(),
                event.reason(),
                sequence,
                event.memorandumId().value(),
                sequence);
    }

    /** At most {@value MobilityReadModel#MAX_RESULTS} memoranda, ordered by title. */
    @QueryHandler
    List<MemorandumSummaryView> handle(FindMemoranda query) {
        var conditions = new SearchConditions()
                .when(query.party(), """
                        exists (select 1 from rm_mobility_memorandum_version p
                                where p.memorandum_id = m.memorandum_id
                                  and p.version in (m.latest_version, m.version_in_force)
                                  and p.terms -> 'parties' @> ?::jsonb)
                        """, query.party() == null ? null : MobilityJson.partyPattern(query.party()))
                .when(query.state(), "m.state = upper(?)", query.state());
        return jdbc.query(
                SELECT_SUMMARY + conditions.where() + " order by m.title, m.memorandum_id limit "
                        + MobilityReadModel.MAX_RESULTS,
                MemorandumProjector::toSummary,
                conditions.arguments());
    }

    @QueryHandler
    Optional<MemorandumView> handle(GetMemorandum query) {
        return jdbc
                .query(
                        SELECT_MEMORANDUM,
                        MemorandumProjector::toView,
                        query.version(),
                        query.memorandumId().value())
                .stream()
                .findFirst();
    }

    @ResetHandler
    void reset() {
        jdbc.update("""
                truncate table rm_mobility_memorandum, rm_mobility_memorandum_version,
                    rm_mobility_memorandum_signature, rm_mobility_memorandum_review
                """);
    }

    private void insertVersion(
            MemorandumId memorandumId, int version, MemorandumTerms terms, String amendmentReason, long sequence) {
        jdbc.update(
                """
                insert into rm_mobility_memorandum_version
                    (memorandum_id, version, terms, amendment_reason, active_from, last_sequence)
                values (?, ?, ?::jsonb, ?, null, ?)
                on conflict (memorandum_id, version) do nothing
                """,
                memorandumId.value(),
                version,
                MobilityJson.write(MobilityJson.memorandumTerms(terms)),
                amendmentReason,
                sequence);
    }

    private static MemorandumSummaryView toSummary(ResultSet row, int rowNumber) throws SQLException {
        var parties = new ArrayList<InstitutionId>();
        for (var party : MobilityJson.read(row.getString("parties"))) {
            parties.add(new InstitutionId(party.get("institution").stringValue()));
        }
        return new MemorandumSummaryView(
                new MemorandumId(row.getObject("memorandum_id", UUID.class)),
                row.getString("title"),
                parties,
                MemorandumState.valueOf(row.getString("state")),
                row.getInt("latest_version"),
                row.getObject("version_in_force", Integer.class),
                row.getObject("active_from", LocalDate.class),
                row.getObject("ended_on", LocalDate.class));
    }

    private static MemorandumView toView(ResultSet row, int rowNumber) throws SQLException {
        var signatures = new ArrayList<MemorandumSignatureView>();
        for (var signature : MobilityJson.read(row.getString("signatures"))) {
            signatures.add(new MemorandumSignatureView(
                    new InstitutionId(signature.get("party").stringValue()),
                    signature.get("signatory").stringValue(),
                    MobilityJson.date(signature, "signedOn")));
        }
        var reviews = new ArrayList<MemorandumReviewView>();
        for (var review : MobilityJson.read(row.getString("reviews"))) {
            reviews.add(new MemorandumReviewView(
                    review.get("version").intValue(),
                    MobilityJson.date(review, "reviewedOn"),
                    review.get("outcome").stringValue()));
        }
        var versions = new ArrayList<Integer>();
        MobilityJson.read(row.getString("versions")).forEach(version -> versions.add(version.intValue()));
        var terminatedBy = row.getString("terminated_by");
        return new MemorandumView(
                new MemorandumId(row.getObject("memorandum_id", UUID.class)),
                MemorandumState.valueOf(row.getString("state")),
                row.getInt("latest_version"),
                row.getObject("version_in_force", Integer.class),
                row.getObject("active_from", LocalDate.class),
                row.getObject("ended_on", LocalDate.class),
                terminatedBy == null
                        ? null
                        : new MemorandumTerminationView(
                                new InstitutionId(terminatedBy), row.getString("termination_reason")),
                versions,
                new MemorandumVersionView(
                        row.getInt("version"),
                        MobilityJson.memorandumTerms(MobilityJson.read(row.getString("terms"))),
                        row.getString("amendment_reason"),
                        row.getObject("version_active_from", LocalDate.class),
                        signatures),
                reviews);
    }
}
