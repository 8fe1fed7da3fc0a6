package org.ecvetledger.projections.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ecvetledger.domain.accumulation.MigratedCredit;
import org.ecvetledger.domain.qualification.AttachedUnit;
import org.ecvetledger.domain.qualification.AwardRule;
import org.ecvetledger.domain.qualification.AwardRuleSet;
import org.ecvetledger.domain.qualification.GradingScale;
import org.ecvetledger.domain.qualification.QualificationRules;
import org.ecvetledger.domain.qualification.ThresholdComparator;
import org.ecvetledger.domain.qualification.UnitRole;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.projections.progress.ProgressAudit.Assumed;
import org.ecvetledger.projections.progress.QualificationProgressView.UnitStatus;
import org.junit.jupiter.api.Test;

/** The progress audit as a pure function: events and rules in, the audit out, no database. */
class ProgressAuditTest {

    private static final LearnerId LEARNER = new LearnerId(UUID.fromString("01900000-0000-7000-8000-000000000001"));
    private static final QualificationRef MALTA = QualificationRef.of("MT-CARE", 1);
    private static final QualificationRef BACPRO = QualificationRef.of("FR-BACPRO", 1);
    private static final Instant RECORDED = Instant.parse("2026-01-10T09:00:00Z");

    // --- S17, S18: points and combinations (Malta)

    @Test
    void S17_progress_grows_20_60_120_across_short_courses_and_ends_eligible() {
        var rules = new QualificationRules(
                CreditFramework.ECVET,
                CreditPoints.of(120),
                List.of(
                        unit("M1", UnitRole.MANDATORY, null, 20),
                        unit("C2", UnitRole.ELECTIVE, "courses", 40),
                        unit("C3", UnitRole.ELECTIVE, "courses", 60)),
                new AwardRuleSet(
                        List.of(new AwardRule.AllMandatoryUnits(), new AwardRule.MinimumPoints(CreditPoints.of(120)))),
                null);
        var history = new History()
                .enrolled("2021-09-01")
                .recognised("M1", 20, null, "2022-06-30")
                .recognised("C2", 40, null, "2023-06-30")
                .recognised("C3", 60, null, "2025-06-30");

        var in2022 = audit(rules, MALTA, history, "2022-12-31");
        var in2023 = audit(rules, MALTA, history, "2023-12-31");
        var in2025 = audit(rules, MALTA, history, "2025-12-31");

        assertThat(in2022.points().held()).isEqualByComparingTo("20");
        assertThat(in2023.points().held()).isEqualByComparingTo("60");
        assertThat(in2025.points().held()).isEqualByComparingTo("120");
        assertThat(in2022.eligibility().eligible()).isFalse();
        assertThat(in2022.eligibility().reasons()).containsExactly("POINTS_SHORT:20/120");
        assertThat(in2025.eligibility().eligible()).isTrue();
        assertThat(in2025.points().eventIds()).containsExactlyElementsOf(history.idsOf("UnitRecognised"));
        assertThat(in2025.guidance().get(0)).startsWith("Every award rule is satisfied");
    }

    @Test
    void S18_enough_points_without_the_mandatory_unit_is_a_combination_the_rules_refuse() {
        var rules = malta();
        var history = new History()
                .enrolled("2021-09-01")
                .recognised("E2", 40, null, "2024-06-30")
                .recognised("E3", 60, null, "2024-06-30")
                .recognised("E4", 30, null, "2024-06-30");

        var progress = audit(rules, MALTA, history, "2024-07-01");

        assertThat(progress.points().held()).isEqualByComparingTo("130");
        assertThat(progress.points().required()).isEqualByComparingTo("120");
        assertThat(progress.points().satisfied()).isTrue();
        assertThat(progress.mandatory().missing()).containsExactly("M1@1");
        assertThat(progress.mandatory().done()).isEmpty();
        assertThat(progress.eligibility().eligible()).isFalse();
        assertThat(progress.eligibility().reasons()).containsExactly("MISSING_MANDATORY:M1");
        assertThat(progress.guidance())
                .startsWith("Points are enough (130 of 120) but mandatory unit M1 is missing.")
                .contains("Recognise mandatory unit M1 (30 points).");
    }

    // --- S28: a pathway migrated to a new version of the standard

    @Test
    void S28_after_a_migration_the_audit_runs_under_the_new_version_with_the_credit_the_transition_table_carried() {
        var version2 = new QualificationRules(
                CreditFramework.ECVET,
                CreditPoints.of(60),
                List.of(unit("N1", UnitRole.MANDATORY, null, 40), unit("N2", UnitRole.MANDATORY, null, 20)),
                new AwardRuleSet(List.of(new AwardRule.AllMandatoryUnits())),
                null);
        var history = new History()
                .enrolled("2021-09-01")
                .recognised("M1", 20, "14", "2022-06-30")
                .recognised("E2", 40, null, "2023-06-30")
                .recognised("E3", 60, null, "2023-06-30");
        var originalM1 = history.idsOf("UnitRecognised").get(0);
        var migration = history.migrated(
                "2024-09-15",
                new MigratedCredit(
                        UnitRef.of("M1", 1),
                        UnitRef.of("N1", 1),
                        Coverage.FULL,
                        List.of(),
                        CreditPoints.of(40),
                        new BigDecimal("14"),
                        LocalDate.parse("2022-06-30")),
                new MigratedCredit(
                        UnitRef.of("E2", 1),
                        UnitRef.of("N2", 1),
                        Coverage.PARTIAL,
                        List.of("LO1"),
                        null,
                        null,
                        LocalDate.parse("2023-06-30")));
        var visibleAfter = ProgressAudit.visible(history.facts, LocalDate.parse("2024-12-31"), null);
        var visibleBefore = ProgressAudit.visible(history.facts, LocalDate.parse("2024-09-14"), null);

        assertThat(ProgressAudit.standardVersion(visibleAfter)).contains(2);
        assertThat(ProgressAudit.standardVersion(visibleBefore)).contains(1);
        var after = audit(version2, QualificationRef.of("MT-CARE", 2), history, "2024-12-31");
        assertThat(after.units())
                .satisfiesExactly(
                        n1 -> {
                            assertThat(n1.status()).isEqualTo(QualificationProgressView.UnitStatus.RECOGNISED);
                            assertThat(n1.points()).isEqualByComparingTo("40");
                            assertThat(n1.grade()).isEqualByComparingTo("14");
                            assertThat(n1.recognisedOn()).isEqualTo(LocalDate.parse("2022-06-30"));
                            assertThat(n1.eventIds()).containsExactly(originalM1, migration);
                        },
                        n2 -> {
                            assertThat(n2.status()).isEqualTo(QualificationProgressView.UnitStatus.PART_RECOGNISED);
                            assertThat(n2.learningOutcomes()).containsExactly("LO1");
                        });
        assertThat(after.points().held())
                .as("the previous version's credit no longer counts; only what was carried")
                .isEqualByComparingTo("40");
        assertThat(after.migrations()).singleElement().satisfies(m -> {
            assertThat(m.from()).isEqualTo("MT-CARE@1");
            assertThat(m.to()).isEqualTo("MT-CARE@2");
            assertThat(m.unmapped()).containsExactly("E3@1");
            assertThat(m.eventId()).isEqualTo(migration);
        });
        assertThat(after.mandatory().missing()).containsExactly("N2@1");
    }

    @Test
    void an_elective_group_shows_how_far_it_is_satisfied_and_what_remains_to_choose() {
        var rules = new QualificationRules(
                CreditFramework.ECVET,
                CreditPoints.of(90),
                List.of(
                        unit("E1", UnitRole.ELECTIVE, "workshop", 30),
                        unit("E2", UnitRole.ELECTIVE, "workshop", 30),
                        unit("E3", UnitRole.ELECTIVE, "workshop", 30)),
                new AwardRuleSet(List.of(new AwardRule.ElectiveGroup("workshop", 2, CreditPoints.of(60)))),
                null);
        var history = new History().enrolled("2021-09-01").recognised("E2", 30, null, "2024-01-10");

        var progress = audit(rules, MALTA, history, "2024-02-01");

        assertThat(progress.electiveGroups()).singleElement().satisfies(group -> {
            assertThat(group.group()).isEqualTo("workshop");
            assertThat(group.chooseAtLeast()).isEqualTo(2);
            assertThat(group.minimumPoints()).isEqualByComparingTo("60");
            assertThat(group.unitsHeld()).containsExactly("E2@1");
            assertThat(group.pointsHeld()).isEqualByComparingTo("30");
            assertThat(group.unitsAvailable()).containsExactly("E1@1", "E3@1");
            assertThat(group.satisfied()).isFalse();
            assertThat(group.eventIds()).containsExactlyElementsOf(history.idsOf("UnitRecognised"));
        });
        assertThat(progress.guidance())
                .startsWith("Not yet eligible: elective group workshop needs 1 more unit and 30 more points.")
                .contains("Choose from elective group workshop: E1 (30 points), E3 (30 points).");
    }

    // --- S19, S20: the coefficient-weighted average (BAC PRO)

    @Test
    void S19_a_weak_unit_is_compensated_by_the_coefficient_weighted_average_of_10_3() {
        var progress =
                audit(bacPro(ThresholdComparator.AT_LEAST), BACPRO, bacProGraded(8, 12, 13, 11, 10), "2025-07-01");

        assertThat(progress.weightedAverage().average()).isEqualByComparingTo("10.30");
        assertThat(progress.weightedAverage().satisfied()).isTrue();
        assertThat(progress.eligibility().eligible()).isTrue();
        assertThat(progress.points()).as("R9: BAC PRO has no points").isNull();
        assertThat(progress.weightedAverage().eventIds()).hasSize(5);
    }

    @Test
    void S19_an_average_of_exactly_10_passes_at_least_10_and_fails_more_than_10() {
        // (8·4 + 12·2 + 11·2 + 11·1 + 11·1) / 10 = 100 / 10 = 10.0
        var history = bacProGraded(8, 12, 11, 11, 11);

        var atLeast = audit(bacPro(ThresholdComparator.AT_LEAST), BACPRO, history, "2025-07-01");
        var moreThan = audit(bacPro(ThresholdComparator.MORE_THAN), BACPRO, history, "2025-07-01");

        assertThat(atLeast.weightedAverage().average()).isEqualByComparingTo("10.00");
        assertThat(atLeast.eligibility().eligible()).isTrue();
        assertThat(moreThan.weightedAverage().average()).isEqualByComparingTo("10.00");
        assertThat(moreThan.eligibility().eligible()).isFalse();
        assertThat(moreThan.eligibility().reasons()).containsExactly("AVERAGE_BELOW_THRESHOLD:10.00");
        assertThat(moreThan.guidance().get(0))
                .isEqualTo("Not yet eligible: the weighted average 10.00 is below the required more than 10.");
    }

    @Test
    void S20_an_optional_mobility_unit_is_shown_recognised_but_leaves_the_average_unchanged() {
        var history = bacProGraded(8, 12, 13, 11, 10).graded("UO-MOB", "20", "2025-06-28");

        var progress = audit(bacPro(ThresholdComparator.AT_LEAST), BACPRO, history, "2025-07-01");

        assertThat(progress.units())
                .filteredOn(u -> u.unit().equals("UO-MOB@1"))
                .singleElement()
                .satisfies(u -> {
                    assertThat(u.status()).isEqualTo(UnitStatus.RECOGNISED);
                    assertThat(u.role()).isEqualTo("OPTIONAL");
                });
        assertThat(progress.weightedAverage().average()).isEqualByComparingTo("10.30");
    }

    // --- R13, S15: validity in time and the final examination

    @Test
    void credit_older_than_its_validity_period_is_listed_as_expired_and_counts_for_nothing() {
        var rules = malta();
        var history = new History()
                .enrolled("2015-09-01")
                .recognised("M1", 30, null, "2016-06-30")
                .recognised("E2", 40, null, "2020-06-30");

        var before = audit(rules, MALTA, history, "2021-06-30");
        var after = audit(rules, MALTA, history, "2021-07-01");

        assertThat(before.expiredCredit()).isEmpty();
        assertThat(before.points().held()).isEqualByComparingTo("70");
        assertThat(after.expiredCredit()).singleElement().satisfies(expired -> {
            assertThat(expired.unit()).isEqualTo("M1@1");
            assertThat(expired.recognisedOn()).isEqualTo(LocalDate.parse("2016-06-30"));
            assertThat(expired.eventId())
                    .isEqualTo(history.idsOf("UnitRecognised").get(0));
        });
        assertThat(after.points().held()).isEqualByComparingTo("40");
        assertThat(after.mandatory().missing()).containsExactly("M1@1");
        assertThat(after.units().get(0).status()).isEqualTo(UnitStatus.EXPIRED);
        assertThat(after.guidance()).anyMatch(line -> line.startsWith("Credit for M1 ran out after"));
    }

    @Test
    void S15_units_alone_are_not_enough_until_a_passed_final_examination_is_recorded() {
        var rules = new QualificationRules(
                CreditFramework.NONE,
                null,
                List.of(unit("OSS-1", UnitRole.MANDATORY, null, null), unit("OSS-2", UnitRole.MANDATORY, null, null)),
                new AwardRuleSet(List.of(new AwardRule.AllMandatoryUnits(), new AwardRule.FinalExaminationRequired())),
                null);
        var history = new History()
                .enrolled("2023-09-01")
                .graded("OSS-1", null, "2024-05-21")
                .graded("OSS-2", null, "2024-05-21")
                .examined("2024-06-20", true);

        var beforeExam = audit(rules, MALTA, history, "2024-06-01");
        var afterExam = audit(rules, MALTA, history, "2024-07-01");

        assertThat(beforeExam.finalExamination().required()).isTrue();
        assertThat(beforeExam.finalExamination().status()).isEqualTo("NOT_TAKEN");
        assertThat(beforeExam.eligibility().reasons()).containsExactly("FINAL_EXAMINATION_MISSING");
        assertThat(beforeExam.guidance())
                .startsWith("Not yet eligible: a passed final examination is required.")
                .anyMatch(line -> line.startsWith("Pass the final examination"));
        assertThat(afterExam.finalExamination().status()).isEqualTo("PASSED");
        assertThat(afterExam.finalExamination().eventId())
                .isEqualTo(history.idsOf("FinalExaminationRecorded").get(0));
        assertThat(afterExam.eligibility().eligible()).isTrue();
    }

    // --- time travel, validated credit, what-if

    @Test
    void knownAt_leaves_out_what_the_ledger_recorded_later_even_when_it_took_effect_earlier() {
        var history = new History().enrolled("2021-09-01").recognised("M1", 30, null, "2024-01-10");
        // a late recording: took effect on 2024-02-01, recorded only on 2026-03-01
        history.add("UnitRecognised", "2024-02-01", Instant.parse("2026-03-01T08:00:00Z"), "E2", "40", null);

        var knownThen = audit(malta(), MALTA, history, "2024-12-31", Instant.parse("2026-02-01T00:00:00Z"));
        var knownNow = audit(malta(), MALTA, history, "2024-12-31", null);
        var asOfJanuary = audit(malta(), MALTA, history, "2024-01-31", null);

        assertThat(knownThen.points().held()).isEqualByComparingTo("30");
        assertThat(knownNow.points().held()).isEqualByComparingTo("70");
        assertThat(asOfJanuary.points().held()).isEqualByComparingTo("30");
        assertThat(knownThen.eventsConsidered()).isEqualTo(2);
        assertThat(knownNow.eventsConsidered()).isEqualTo(3);
    }

    @Test
    void validated_but_unrecognised_credit_holds_no_unit_and_no_points() {
        var history = new History().enrolled("2021-09-01");
        history.add("CreditValidated", "2024-03-20", RECORDED, "M1", null, null);

        var progress = audit(malta(), MALTA, history, "2024-04-01");

        assertThat(progress.units().get(0).status()).isEqualTo(UnitStatus.VALIDATED);
        assertThat(progress.units().get(0).eventIds()).containsExactlyElementsOf(history.idsOf("CreditValidated"));
        assertThat(progress.points().held()).isEqualByComparingTo("0");
        assertThat(progress.guidance())
                .contains("Recognise mandatory unit M1 (30 points). Its credit is validated: only the recognition is"
                        + " missing.");
    }

    @Test
    void a_hypothetical_recognition_counts_in_the_audit_and_says_where_it_comes_from() {
        var history = new History()
                .enrolled("2021-09-01")
                .recognised("E2", 40, null, "2024-06-30")
                .recognised("E3", 60, null, "2024-06-30");
        var assumed = List.of(new Assumed(
                UnitRef.of("M1", 1), CreditPoints.of(30), null, LocalDate.parse("2024-07-01"), "hypothetical"));

        var progress = ProgressAudit.audit(
                LEARNER,
                MALTA,
                malta(),
                ProgressAudit.visible(history.facts, LocalDate.parse("2024-07-01"), null),
                LocalDate.parse("2024-07-01"),
                null,
                assumed,
                null);

        assertThat(progress.eligibility().eligible()).isTrue();
        assertThat(progress.points().held()).isEqualByComparingTo("130");
        assertThat(progress.units().get(0).hypothesis()).isEqualTo("hypothetical");
        assertThat(progress.units().get(0).eventIds()).isEmpty();
        assertThat(progress.points().eventIds()).containsExactlyElementsOf(history.idsOf("UnitRecognised"));
    }

    // --- changing the past (ADR 0010): revocations, withdrawals, reviews

    @Test
    void S11_a_revoked_recognition_and_a_revoked_award_stop_counting_from_their_effective_date() {
        var history = new History()
                .enrolled("2021-09-01")
                .recognised("M1", 30, null, "2024-06-30")
                .recognised("E2", 40, null, "2024-06-30")
                .recognised("E3", 60, null, "2024-06-30");
        history.add("QualificationAwarded", "2024-07-01", RECORDED, null, "130", null);
        var revokedAt = Instant.parse("2026-02-01T10:00:00Z");
        history.change("UnitRecognitionRevoked", "2025-09-01", revokedAt, "E2", false, null, "fraud");
        history.change("QualificationAwardRevoked", "2025-09-01", revokedAt, null, false, null, "fraud");

        var before = audit(malta(), MALTA, history, "2025-08-31");
        var after = audit(malta(), MALTA, history, "2025-09-02");
        var knownBefore = audit(malta(), MALTA, history, "2025-09-02", Instant.parse("2026-01-20T09:00:00Z"));

        assertThat(before.points().held()).isEqualByComparingTo("130");
        assertThat(before.award()).isNotNull();
        assertThat(after.points().held()).isEqualByComparingTo("90");
        assertThat(after.points().eventIds())
                .doesNotContain(history.idsOf("UnitRecognised").get(1));
        assertThat(after.units().get(1).status()).isEqualTo(UnitStatus.MISSING);
        assertThat(after.award()).as("the revoked award no longer shows").isNull();
        assertThat(after.eligibility().eligible()).isFalse();
        assertThat(after.guidance().get(0)).startsWith("Not yet eligible");
        assertThat(knownBefore.points().held())
                .as("a revocation recorded after knownAt is not seen")
                .isEqualByComparingTo("130");
        assertThat(knownBefore.award()).isNotNull();
    }

    @Test
    void a_unit_recognised_again_after_its_revocation_counts_with_the_new_recognition() {
        var history = new History().enrolled("2021-09-01").recognised("M1", 30, null, "2024-06-30");
        history.change("UnitRecognitionRevoked", "2025-09-05", RECORDED, "M1", false, null, "corrected grade");
        history.recognised("M1", 30, null, "2025-09-06");

        var progress = audit(malta(), MALTA, history, "2025-09-10");

        assertThat(progress.points().held()).isEqualByComparingTo("30");
        assertThat(progress.units().get(0).recognisedOn()).isEqualTo(LocalDate.parse("2025-09-06"));
        assertThat(progress.units().get(0).eventIds())
                .containsExactly(history.idsOf("UnitRecognised").get(1));
    }

    @Test
    void a_withdrawn_validation_and_a_revoked_part_of_a_unit_no_longer_show() {
        var history = new History().enrolled("2021-09-01");
        history.add("CreditValidated", "2024-03-20", RECORDED, "M1", null, null);
        history.add("PartialUnitCreditRecognised", "2024-03-20", RECORDED, "E2", null, null);
        history.add("PartialUnitCreditRecognised", "2024-03-20", RECORDED, "E3", null, null);
        history.change("CreditValidationWithdrawn", "2024-05-01", RECORDED, "M1", false, null, "invalidated");
        // a revocation of the whole unit leaves its partly recognised outcomes alone, and the reverse
        history.change("UnitRecognitionRevoked", "2024-05-01", RECORDED, "E2", true, null, "invalidated");
        history.change("UnitRecognitionRevoked", "2024-05-01", RECORDED, "E3", false, null, "invalidated");

        var before = audit(malta(), MALTA, history, "2024-04-30");
        var after = audit(malta(), MALTA, history, "2024-05-02");

        assertThat(before.units())
                .extracting(QualificationProgressView.UnitProgress::status)
                .containsExactly(
                        UnitStatus.VALIDATED,
                        UnitStatus.PART_RECOGNISED,
                        UnitStatus.PART_RECOGNISED,
                        UnitStatus.MISSING);
        assertThat(after.units())
                .extracting(QualificationProgressView.UnitProgress::status)
                .containsExactly(
                        UnitStatus.MISSING, UnitStatus.MISSING, UnitStatus.PART_RECOGNISED, UnitStatus.MISSING);
        assertThat(after.guidance()).noneMatch(line -> line.contains("Its credit is validated"));
    }

    @Test
    void S10_a_recognition_flagged_for_review_shows_under_review_and_blocks_the_award_until_confirmed() {
        var history = new History()
                .enrolled("2021-09-01")
                .recognised("M1", 30, null, "2024-06-30")
                .recognised("E2", 40, null, "2024-06-30")
                .recognised("E3", 60, null, "2024-06-30");
        history.change("RecognitionReviewRequired", "2025-09-01", RECORDED, "E2", false, "UNIT_RECOGNITION", "typo");
        history.change("RecognitionConfirmed", "2025-09-05", RECORDED, "E2", false, "UNIT_RECOGNITION", null);

        var flagged = audit(malta(), MALTA, history, "2025-09-02");
        var confirmed = audit(malta(), MALTA, history, "2025-09-06");
        var beforeFlag = audit(malta(), MALTA, history, "2025-08-31");

        assertThat(flagged.underReview())
                .containsExactly(new QualificationProgressView.Review(
                        "UNIT_RECOGNITION",
                        "E2@1",
                        LocalDate.parse("2025-09-01"),
                        "typo",
                        history.idsOf("RecognitionReviewRequired").get(0)));
        assertThat(flagged.points().held()).as("a flagged decision stands").isEqualByComparingTo("130");
        assertThat(flagged.eligibility().eligible()).isTrue();
        assertThat(flagged.guidance().get(0))
                .isEqualTo("Every award rule is satisfied, but no award can be decided while a review is pending"
                        + " (review-pending).");
        assertThat(flagged.guidance())
                .contains("The recognition of E2 is under review since 2025-09-01 (typo): it still counts, but the"
                        + " qualification cannot be awarded until the reviewing body confirms or revokes it"
                        + " (review-pending).");
        assertThat(confirmed.underReview()).isEmpty();
        assertThat(confirmed.guidance().get(0)).startsWith("Every award rule is satisfied: the awarding body");
        assertThat(beforeFlag.underReview()).isEmpty();
    }

    @Test
    void revoking_a_flagged_recognition_ends_its_review_and_its_credit() {
        var history = new History().enrolled("2021-09-01").recognised("M1", 30, null, "2024-06-30");
        history.change("RecognitionReviewRequired", "2025-09-01", RECORDED, "M1", false, "UNIT_RECOGNITION", "typo");
        history.change("UnitRecognitionRevoked", "2025-09-05", RECORDED, "M1", false, null, "recognise again");

        var progress = audit(malta(), MALTA, history, "2025-09-06");

        assertThat(progress.underReview()).isEmpty();
        assertThat(progress.points().held()).isEqualByComparingTo("0");
        assertThat(progress.mandatory().missing()).containsExactly("M1@1");
    }

    // --- factories

    /** A Malta-style standard: M1 (30) mandatory, electives of 20–60 points, 120 in all; credit valid 5 years. */
    private static QualificationRules malta() {
        return new QualificationRules(
                CreditFramework.ECVET,
                CreditPoints.of(120),
                List.of(
                        validFor5Years(unit("M1", UnitRole.MANDATORY, null, 30)),
                        validFor5Years(unit("E2", UnitRole.ELECTIVE, "courses", 40)),
                        validFor5Years(unit("E3", UnitRole.ELECTIVE, "courses", 60)),
                        validFor5Years(unit("E4", UnitRole.ELECTIVE, "courses", 30))),
                new AwardRuleSet(List.of(
                        new AwardRule.AllMandatoryUnits(),
                        new AwardRule.ElectiveGroup("courses", null, CreditPoints.of(90)),
                        new AwardRule.MinimumPoints(CreditPoints.of(120)),
                        new AwardRule.UnitValidityInTime())),
                null);
    }

    /** Five graded units with coefficients 4, 2, 2, 1, 1 and an optional mobility unit. */
    private static QualificationRules bacPro(ThresholdComparator comparator) {
        var units = new ArrayList<AttachedUnit>();
        var coefficients = List.of(4, 2, 2, 1, 1);
        for (int i = 0; i < coefficients.size(); i++) {
            units.add(new AttachedUnit(
                    UnitRef.of("U" + (i + 1), 1),
                    UnitRole.MANDATORY,
                    null,
                    null,
                    BigDecimal.valueOf(coefficients.get(i)),
                    false,
                    null));
        }
        units.add(new AttachedUnit(UnitRef.of("UO-MOB", 1), UnitRole.OPTIONAL, null, null, BigDecimal.ONE, true, null));
        return new QualificationRules(
                CreditFramework.NONE,
                null,
                units,
                new AwardRuleSet(List.of(
                        new AwardRule.AllMandatoryUnits(),
                        new AwardRule.WeightedAverage(BigDecimal.TEN, comparator, false))),
                new GradingScale(BigDecimal.ZERO, BigDecimal.valueOf(20)));
    }

    private static History bacProGraded(int... grades) {
        var history = new History().enrolled("2023-09-01");
        for (int i = 0; i < grades.length; i++) {
            history.graded("U" + (i + 1), String.valueOf(grades[i]), "2025-06-25");
        }
        return history;
    }

    private static AttachedUnit unit(String code, UnitRole role, String group, Integer points) {
        return new AttachedUnit(
                UnitRef.of(code, 1), role, group, points == null ? null : CreditPoints.of(points), null, false, null);
    }

    private static AttachedUnit validFor5Years(AttachedUnit unit) {
        return new AttachedUnit(
                unit.unit(),
                unit.role(),
                unit.electiveGroup(),
                unit.points(),
                unit.coefficient(),
                unit.mobilityUnit(),
                Period.ofYears(5));
    }

    private static QualificationProgressView audit(
            QualificationRules rules, QualificationRef standard, History history, String asOf) {
        return audit(rules, standard, history, asOf, null);
    }

    private static QualificationProgressView audit(
            QualificationRules rules, QualificationRef standard, History history, String asOf, Instant knownAt) {
        var date = LocalDate.parse(asOf);
        return ProgressAudit.audit(
                LEARNER,
                standard,
                rules,
                ProgressAudit.visible(history.facts, date, knownAt),
                date,
                knownAt,
                List.of(),
                null);
    }

    /** A pathway's events, built in order. */
    private static final class History {

        final List<PathwayFact> facts = new ArrayList<>();

        History enrolled(String on) {
            add("LearnerEnrolled", on, RECORDED, null, null, null);
            return this;
        }

        History recognised(String unit, Integer points, String grade, String on) {
            add("UnitRecognised", on, RECORDED, unit, points == null ? null : points.toString(), grade);
            return this;
        }

        History graded(String unit, String grade, String on) {
            add("UnitRecognised", on, RECORDED, unit, null, grade);
            return this;
        }

        /** S28: moves the pathway to version 2 carrying these credits; answers the migration's event id. */
        String migrated(String on, MigratedCredit... credits) {
            var id = "event-" + (facts.size() + 1);
            var carried = List.of(credits);
            var unmapped = facts.stream()
                    .filter(f -> f.type().equals("UnitRecognised"))
                    .map(f -> f.unit().toString())
                    .filter(unit ->
                            carried.stream().noneMatch(c -> c.from().toString().equals(unit)))
                    .toList();
            facts.add(new PathwayFact(
                    id,
                    facts.size(),
                    "LearnerPathwayMigrated",
                    LocalDate.parse(on),
                    RECORDED,
                    2,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    false,
                    null,
                    null,
                    new PathwayFact.Migration("MT-CARE@1", carried, unmapped),
                    null));
            return id;
        }

        History examined(String on, boolean passed) {
            facts.add(new PathwayFact(
                    "event-" + (facts.size() + 1),
                    facts.size(),
                    "FinalExaminationRecorded",
                    LocalDate.parse(on),
                    RECORDED,
                    1,
                    null,
                    null,
                    null,
                    null,
                    passed,
                    null));
            return this;
        }

        void add(String type, String on, Instant recorded, String unit, String points, String grade) {
            facts.add(new PathwayFact(
                    "event-" + (facts.size() + 1),
                    facts.size(),
                    type,
                    LocalDate.parse(on),
                    recorded,
                    1,
                    unit == null ? null : UnitRef.of(unit, 1),
                    points == null ? null : new BigDecimal(points),
                    grade == null ? null : new BigDecimal(grade),
                    null,
                    null,
                    type.equals("CreditValidated") ? List.of("LO1", "LO2") : null));
        }

        /** A fact of changing the past (ADR 0010). */
        void change(
                String type,
                String on,
                Instant recorded,
                String unit,
                boolean partOfUnit,
                String reviewedDecision,
                String reason) {
            facts.add(new PathwayFact(
                    "event-" + (facts.size() + 1),
                    facts.size(),
                    type,
                    LocalDate.parse(on),
                    recorded,
                    1,
                    unit == null ? null : UnitRef.of(unit, 1),
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    partOfUnit,
                    reviewedDecision,
                    reason));
        }

        List<String> idsOf(String type) {
            return facts.stream()
                    .filter(f -> f.type().equals(type))
                    .map(PathwayFact::eventId)
                    .toList();
        }
    }
}
