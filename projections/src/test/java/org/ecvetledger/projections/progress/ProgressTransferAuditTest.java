package org.ecvetledger.projections.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.ecvetledger.domain.qualification.AttachedUnit;
import org.ecvetledger.domain.qualification.AwardRule;
import org.ecvetledger.domain.qualification.AwardRuleSet;
import org.ecvetledger.domain.qualification.QualificationRules;
import org.ecvetledger.domain.qualification.UnitRole;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.projections.progress.QualificationProgressView.UnitStatus;
import org.junit.jupiter.api.Test;

/** Credit transferred onto the pathway (ADR 0013) or counted as common core (ADR 0016) as the progress audit counts it. */
class ProgressTransferAuditTest {

    private static final LearnerId LEARNER = new LearnerId(UUID.fromString("01900000-0000-7000-8000-000000000023"));
    private static final QualificationRef Y = QualificationRef.of("Y-QUAL", 1);
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final Instant RECORDED = Instant.parse("2026-01-10T09:00:00Z");

    private static QualificationRules y() {
        return new QualificationRules(
                CreditFramework.ECVET,
                CreditPoints.of(60),
                List.of(unit("R1", UnitRole.MANDATORY, 15), unit("R2", UnitRole.MANDATORY, 45)),
                new AwardRuleSet(
                        List.of(new AwardRule.AllMandatoryUnits(), new AwardRule.MinimumPoints(CreditPoints.of(60)))),
                null);
    }

    @Test
    void S23_a_full_transfer_counts_with_the_receiving_units_15_points_and_names_the_transfer_as_provenance() {
        var facts = new ArrayList<PathwayFact>();
        facts.add(fact("enrolment", PathwayFact.ENROLLED, "2025-09-01", null, null, List.of()));
        // the source unit held 10 points elsewhere; the transfer carries the receiving unit's 15 (decision (j)2)
        facts.add(fact("transfer", PathwayFact.TRANSFERRED, "2026-01-05", "R1", "15", List.of()));

        var progress = audit(facts, "2026-01-31", null);

        var r1 = progress.units().get(0);
        assertThat(r1.status()).isEqualTo(UnitStatus.RECOGNISED);
        assertThat(r1.points()).isEqualByComparingTo("15");
        assertThat(r1.eventIds()).containsExactly("transfer");
        assertThat(progress.points().held()).isEqualByComparingTo("15");
        assertThat(progress.points().eventIds()).containsExactly("transfer");
        assertThat(progress.mandatory().done()).containsExactly("R1@1");
    }

    @Test
    void a_partial_transfer_shows_its_covered_outcomes_and_counts_no_points() {
        var facts = new ArrayList<PathwayFact>();
        facts.add(fact("enrolment", PathwayFact.ENROLLED, "2025-09-01", null, null, List.of()));
        facts.add(fact("partial", PathwayFact.PART_TRANSFERRED, "2026-01-05", "R2", null, List.of("LO1", "LO3")));

        var progress = audit(facts, "2026-01-31", null);

        var r2 = progress.units().get(1);
        assertThat(r2.status()).isEqualTo(UnitStatus.PART_RECOGNISED);
        assertThat(r2.learningOutcomes()).containsExactly("LO1", "LO3");
        assertThat(r2.eventIds()).containsExactly("partial");
        assertThat(progress.points().held()).isEqualByComparingTo("0");
        assertThat(progress.mandatory().missing()).containsExactly("R1@1", "R2@1");
    }

    @Test
    void time_travel_shows_no_transfer_before_it_took_effect_nor_before_it_was_recorded() {
        var facts = new ArrayList<PathwayFact>();
        facts.add(fact("enrolment", PathwayFact.ENROLLED, "2025-09-01", null, null, List.of()));
        facts.add(fact("transfer", PathwayFact.TRANSFERRED, "2026-01-05", "R1", "15", List.of()));

        assertThat(audit(facts, "2026-01-04", null).points().held()).isEqualByComparingTo("0");
        assertThat(audit(facts, "2026-01-31", Instant.parse("2026-01-09T00:00:00Z"))
                        .points()
                        .held())
                .isEqualByComparingTo("0");
        assertThat(audit(facts, "2026-01-31", Instant.parse("2026-01-11T00:00:00Z"))
                        .points()
                        .held())
                .isEqualByComparingTo("15");
    }

    @Test
    void S11_a_transferred_unit_revoked_after_its_source_assessment_was_invalidated_stops_counting_from_then() {
        var facts = new ArrayList<PathwayFact>();
        facts.add(fact("enrolment", PathwayFact.ENROLLED, "2025-09-01", null, null, List.of()));
        facts.add(fact("transfer", PathwayFact.TRANSFERRED, "2026-01-05", "R1", "15", List.of()));
        facts.add(revoked("revoked", "2026-03-01", "R1", false));

        assertThat(audit(facts, "2026-02-28", null).points().held()).isEqualByComparingTo("15");
        var after = audit(facts, "2026-03-31", null);
        assertThat(after.points().held()).isEqualByComparingTo("0");
        assertThat(after.units().get(0).status()).isEqualTo(UnitStatus.MISSING);
        assertThat(after.mandatory().missing()).contains("R1@1");
    }

    @Test
    void a_partly_transferred_unit_whose_part_is_revoked_shows_no_outcomes() {
        var facts = new ArrayList<PathwayFact>();
        facts.add(fact("enrolment", PathwayFact.ENROLLED, "2025-09-01", null, null, List.of()));
        facts.add(fact("partial", PathwayFact.PART_TRANSFERRED, "2026-01-05", "R2", null, List.of("LO1", "LO3")));
        facts.add(revoked("revoked", "2026-03-01", "R2", true));

        assertThat(audit(facts, "2026-03-31", null).units().get(1).status()).isEqualTo(UnitStatus.MISSING);
    }

    @Test
    void a_common_core_unit_counted_on_its_recognition_elsewhere_counts_with_this_standards_points_until_revoked() {
        var facts = new ArrayList<PathwayFact>();
        facts.add(fact("enrolment", PathwayFact.ENROLLED, "2025-09-01", null, null, List.of()));
        facts.add(fact("counted", PathwayFact.COMMON_CORE, "2025-10-01", "R1", "15", List.of()));
        facts.add(revoked("revoked", "2026-03-01", "R1", false));

        var counted = audit(facts, "2026-01-31", null);
        assertThat(counted.units().get(0).status()).isEqualTo(UnitStatus.RECOGNISED);
        assertThat(counted.units().get(0).eventIds()).containsExactly("counted");
        assertThat(counted.points().held()).isEqualByComparingTo("15");
        assertThat(audit(facts, "2026-03-31", null).points().held()).isEqualByComparingTo("0");
    }

    private static PathwayFact revoked(String id, String on, String unit, boolean partOfUnit) {
        return new PathwayFact(
                id,
                SEQUENCE.getAndIncrement(),
                PathwayFact.RECOGNITION_REVOKED,
                LocalDate.parse(on),
                RECORDED,
                1,
                UnitRef.of(unit, 1),
                null,
                null,
                null,
                null,
                List.of(),
                partOfUnit,
                null,
                "fraud");
    }

    private static QualificationProgressView audit(List<PathwayFact> facts, String asOf, Instant knownAt) {
        var date = LocalDate.parse(asOf);
        return ProgressAudit.audit(
                LEARNER, Y, y(), ProgressAudit.visible(facts, date, knownAt), date, knownAt, List.of(), null);
    }

    private static PathwayFact fact(
            String id, String type, String on, String unit, String points, List<String> outcomes) {
        return new PathwayFact(
                id,
                SEQUENCE.getAndIncrement(),
                type,
                LocalDate.parse(on),
                RECORDED,
                1,
                unit == null ? null : UnitRef.of(unit, 1),
                points == null ? null : new BigDecimal(points),
                null,
                null,
                null,
                outcomes);
    }

    private static AttachedUnit unit(String code, UnitRole role, Integer points) {
        return new AttachedUnit(UnitRef.of(code, 1), role, null, CreditPoints.of(points), null, false, null);
    }
}
