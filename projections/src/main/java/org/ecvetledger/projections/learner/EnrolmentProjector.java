package org.ecvetledger.projections.learner;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.ecvetledger.domain.accumulation.CommonCoreUnitCounted;
import org.ecvetledger.domain.accumulation.CreditTransferred;
import org.ecvetledger.domain.accumulation.LearnerEnrolled;
import org.ecvetledger.domain.accumulation.LearnerPathwayMigrated;
import org.ecvetledger.domain.accumulation.UnitRecognised;
import org.ecvetledger.domain.accumulation.UnitRecognitionRevoked;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds the learner's enrolments and the units they hold from pathway events; idempotent by the pathway's sequence. */
@ProcessingGroup(LearnerProjector.PROCESSING_GROUP)
public class EnrolmentProjector {

    private final JdbcTemplate jdbc;

    public EnrolmentProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(LearnerEnrolled event, @SequenceNumber long sequence) {
        jdbc.update(
                """
                insert into rm_learner_enrolment
                    (learner_id, qualification_id, standard_version, enrolled_by, enrolled_on, last_sequence)
                values (?, ?, ?, ?, ?, ?)
                on conflict (learner_id, qualification_id) do update set
                    standard_version = excluded.standard_version, enrolled_by = excluded.enrolled_by,
                    enrolled_on = excluded.enrolled_on, last_sequence = excluded.last_sequence
                where rm_learner_enrolment.last_sequence < excluded.last_sequence
                """,
                event.pathway().learner().value(),
                event.standard().id().value(),
                event.standard().version(),
                event.enrolledBy().institution().value(),
                event.enrolledOn(),
                sequence);
    }

    @QueryHandler
    List<EnrolmentView> handle(FindEnrolments query) {
        return jdbc.query(
                """
                select qualification_id, standard_version, enrolled_by, enrolled_on
                from rm_learner_enrolment where learner_id = ? order by enrolled_on, qualification_id
                """,
                (row, n) -> new EnrolmentView(
                        query.learnerId(),
                        QualificationRef.of(row.getString("qualification_id"), row.getInt("standard_version")),
                        new InstitutionId(row.getString("enrolled_by")),
                        row.getObject("enrolled_on", LocalDate.class)),
                query.learnerId().value());
    }

    /** R23: the units the learner already holds, for a learning agreement's "progress so far". */
    @EventHandler
    void on(UnitRecognised event, @SequenceNumber long sequence) {
        jdbc.update(
                """
                insert into rm_learner_recognised_unit
                    (learner_id, qualification_id, unit_ref, recognised_on, valid_until, last_sequence)
                values (?, ?, ?, ?, ?, ?)
                on conflict (learner_id, qualification_id, unit_ref) do update set
                    recognised_on = excluded.recognised_on, valid_until = excluded.valid_until,
                    last_sequence = excluded.last_sequence
                where rm_learner_recognised_unit.last_sequence < excluded.last_sequence
                """,
                event.pathway().learner().value(),
                event.pathway().qualification().value(),
                event.unit().toString(),
                event.effectiveDate(),
                event.validUntil(),
                sequence);
    }

    /** ADR 0016: a common-core unit counted on its recognition elsewhere is held here too. */
    @EventHandler
    void on(CommonCoreUnitCounted event, @SequenceNumber long sequence) {
        jdbc.update(
                """
                insert into rm_learner_recognised_unit
                    (learner_id, qualification_id, unit_ref, recognised_on, valid_until, last_sequence)
                values (?, ?, ?, ?, ?, ?)
                on conflict (learner_id, qualification_id, unit_ref) do update set
                    recognised_on = excluded.recognised_on, valid_until = excluded.valid_until,
                    last_sequence = excluded.last_sequence
                where rm_learner_recognised_unit.last_sequence < excluded.last_sequence
                """,
                event.pathway().learner().value(),
                event.pathway().qualification().value(),
                event.unit().toString(),
                event.effectiveDate(),
                event.validUntil(),
                sequence);
    }

    /** ADR 0013: a unit transferred in full is held like a recognised one; part of a unit is not listed. */
    @EventHandler
    void on(CreditTransferred event, @SequenceNumber long sequence) {
        if (event.coverage() != Coverage.FULL) {
            return;
        }
        jdbc.update(
                """
                insert into rm_learner_recognised_unit
                    (learner_id, qualification_id, unit_ref, recognised_on, valid_until, last_sequence)
                values (?, ?, ?, ?, ?, ?)
                on conflict (learner_id, qualification_id, unit_ref) do update set
                    recognised_on = excluded.recognised_on, valid_until = excluded.valid_until,
                    last_sequence = excluded.last_sequence
                where rm_learner_recognised_unit.last_sequence < excluded.last_sequence
                """,
                event.pathway().learner().value(),
                event.pathway().qualification().value(),
                event.unit().toString(),
                event.effectiveDate(),
                event.validUntil(),
                sequence);
    }

    /**
     * S28: the enrolment moves to the new version; units mapped in full are held under their new
     * code, and units mapped away or left unmapped no longer count for the qualification.
     */
    @EventHandler
    void on(LearnerPathwayMigrated event, @SequenceNumber long sequence) {
        var learner = event.pathway().learner().value();
        var qualification = event.pathway().qualification().value();
        jdbc.update("""
                update rm_learner_enrolment set standard_version = ?, last_sequence = ?
                where learner_id = ? and qualification_id = ? and last_sequence < ?
                """, event.standard().version(), sequence, learner, qualification, sequence);
        var kept = event.mappedCredits().stream()
                .filter(c -> c.coverage() == Coverage.FULL)
                .toList();
        var gone = new java.util.ArrayList<String>();
        event.unmappedUnits().forEach(u -> gone.add(u.toString()));
        event.mappedCredits().stream()
                .filter(c -> !c.from().equals(c.to()) || c.coverage() != Coverage.FULL)
                .forEach(c -> gone.add(c.from().toString()));
        for (var unit : gone) {
            jdbc.update("""
                    delete from rm_learner_recognised_unit
                    where learner_id = ? and qualification_id = ? and unit_ref = ? and last_sequence < ?
                    """, learner, qualification, unit, sequence);
        }
        for (var credit : kept) {
            jdbc.update("""
                    insert into rm_learner_recognised_unit
                        (learner_id, qualification_id, unit_ref, recognised_on, valid_until, last_sequence)
                    values (?, ?, ?, ?, null, ?)
                    on conflict (learner_id, qualification_id, unit_ref) do update set
                        recognised_on = excluded.recognised_on, last_sequence = excluded.last_sequence
                    where rm_learner_recognised_unit.last_sequence < excluded.last_sequence
                    """, learner, qualification, credit.to().toString(), credit.originallyRecognisedOn(), sequence);
        }
    }

    /**
     * R25, S11: a revoked recognition leaves the units the learner holds at once; a later
     * recognition of the unit (a higher sequence) puts it back.
     */
    @EventHandler
    void on(UnitRecognitionRevoked event, @SequenceNumber long sequence) {
        if (event.partOfUnit()) {
            return; // only whole units are listed here
        }
        jdbc.update(
                """
                delete from rm_learner_recognised_unit
                where learner_id = ? and qualification_id = ? and unit_ref = ? and last_sequence < ?
                """,
                event.pathway().learner().value(),
                event.pathway().qualification().value(),
                event.unit().toString(),
                sequence);
    }

    @QueryHandler
    List<UnitRef> handle(FindRecognisedUnits query) {
        return jdbc.query(
                """
                select unit_ref from rm_learner_recognised_unit
                where learner_id = ? and qualification_id = ? and recognised_on <= ?
                  and (valid_until is null or valid_until >= ?)
                order by unit_ref
                """,
                (row, n) -> UnitRef.parse(row.getString("unit_ref")),
                query.learnerId().value(),
                query.qualification().value(),
                query.on(),
                query.on());
    }

    @ResetHandler
    void reset() {
        jdbc.update("truncate table rm_learner_enrolment, rm_learner_recognised_unit");
    }
}
