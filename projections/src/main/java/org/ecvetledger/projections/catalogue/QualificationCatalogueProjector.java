package org.ecvetledger.projections.catalogue;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.ecvetledger.domain.qualification.AwardRuleSetDefined;
import org.ecvetledger.domain.qualification.GradingScale;
import org.ecvetledger.domain.qualification.QualificationProfile;
import org.ecvetledger.domain.qualification.QualificationProfileAmended;
import org.ecvetledger.domain.qualification.QualificationStandardDrafted;
import org.ecvetledger.domain.qualification.QualificationStandardPublished;
import org.ecvetledger.domain.qualification.ResitPolicy;
import org.ecvetledger.domain.qualification.UnitAttachedToQualification;
import org.ecvetledger.domain.qualification.UnitDetachedFromQualification;
import org.ecvetledger.domain.qualification.UnitResultRule;
import org.ecvetledger.domain.qualification.UnitRole;
import org.ecvetledger.domain.shared.AssessmentMethod;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.Jurisdiction;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds the catalogue's qualification standards, one row per standard version, and the units
 * attached to each. Idempotent: each row remembers the sequence of the last event of its standard
 * version applied to it and never moves backwards; a detached unit stays as a row, flagged, so that
 * a late attachment cannot bring it back.
 */
@ProcessingGroup(CatalogueReadModel.PROCESSING_GROUP)
public class QualificationCatalogueProjector {

    private static final String PROFILE_COLUMNS = """
            title, title_search, jurisdiction, awarding_bodies, eqf_level, nqf_level, partial_qualification,
            regulated_profession, framework, framework_scheme, total_points, reference_years, grading_minimum,
            grading_maximum, resit_policy, unit_result_rule""";

    private static final String PROFILE_VALUES =
            "?::jsonb, lower(?), ?, ?::jsonb, ?::integer, ?::text, ?, ?, ?, ?::text, ?::numeric, ?::numeric,"
                    + " ?::numeric, ?::numeric, ?, ?";

    private final JdbcTemplate jdbc;

    public QualificationCatalogueProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(QualificationStandardDrafted event, @SequenceNumber long sequence) {
        var standard = event.standard();
        jdbc.update(
                "insert into rm_catalogue_qualification (qualification_id, qualification_version, "
                        + PROFILE_COLUMNS
                        + ", award_rules, transition_from_previous, status, effective_from, last_sequence)"
                        + " values (?, ?, "
                        + PROFILE_VALUES
                        + """
                        , null, ?::jsonb, 'DRAFT', null, ?)
                        on conflict (qualification_id, qualification_version) do update set
                            title = excluded.title, title_search = excluded.title_search,
                            jurisdiction = excluded.jurisdiction, awarding_bodies = excluded.awarding_bodies,
                            eqf_level = excluded.eqf_level, nqf_level = excluded.nqf_level,
                            partial_qualification = excluded.partial_qualification,
                            regulated_profession = excluded.regulated_profession, framework = excluded.framework,
                            framework_scheme = excluded.framework_scheme, total_points = excluded.total_points,
                            reference_years = excluded.reference_years, grading_minimum = excluded.grading_minimum,
                            grading_maximum = excluded.grading_maximum, resit_policy = excluded.resit_policy,
                            unit_result_rule = excluded.unit_result_rule,
                            transition_from_previous = excluded.transition_from_previous,
                            last_sequence = excluded.last_sequence
                        where rm_catalogue_qualification.last_sequence < excluded.last_sequence
                        """,
                arguments(
                        List.<Object>of(standard.id().value(), standard.version()),
                        profileValues(event.profile()),
                        CatalogueJson.write(CatalogueJson.transitions(event.transitionFromPrevious())),
                        sequence));
    }

    @EventHandler
    void on(QualificationProfileAmended event, @SequenceNumber long sequence) {
        var standard = event.standard();
        jdbc.update(
                "update rm_catalogue_qualification set (" + PROFILE_COLUMNS + ", last_sequence) = (" + PROFILE_VALUES
                        + ", ?) where qualification_id = ? and qualification_version = ? and last_sequence < ?",
                arguments(
                        List.of(),
                        profileValues(event.profile()),
                        sequence,
                        standard.id().value(),
                        standard.version(),
                        sequence));
    }

    @EventHandler
    void on(AwardRuleSetDefined event, @SequenceNumber long sequence) {
        var standard = event.standard();
        jdbc.update(
                """
                update rm_catalogue_qualification set award_rules = ?::jsonb, last_sequence = ?
                where qualification_id = ? and qualification_version = ? and last_sequence < ?
                """,
                CatalogueJson.write(CatalogueJson.awardRules(event.rules().rules())),
                sequence,
                standard.id().value(),
                standard.version(),
                sequence);
    }

    @EventHandler
    void on(QualificationStandardPublished event, @SequenceNumber long sequence) {
        var standard = event.standard();
        jdbc.update("""
                update rm_catalogue_qualification set status = 'PUBLISHED', effective_from = ?, last_sequence = ?
                where qualification_id = ? and qualification_version = ? and last_sequence < ?
                """, event.effectiveFrom(), sequence, standard.id().value(), standard.version(), sequence);
    }

    @EventHandler
    void on(UnitAttachedToQualification event, @SequenceNumber long sequence) {
        var standard = event.standard();
        var attachment = event.attachment();
        jdbc.update(
                """
                insert into rm_catalogue_qualification_unit
                    (qualification_id, qualification_version, unit_code, unit_version, attached, role,
                     elective_group, points, coefficient, mobility_unit, validity, required_assessments,
                     last_sequence)
                values (?, ?, ?, ?, true, ?, ?::text, ?::numeric, ?::numeric, ?, ?::text, ?, ?)
                on conflict (qualification_id, qualification_version, unit_code, unit_version) do update set
                    attached = true, role = excluded.role, elective_group = excluded.elective_group,
                    points = excluded.points, coefficient = excluded.coefficient,
                    mobility_unit = excluded.mobility_unit, validity = excluded.validity,
                    required_assessments = excluded.required_assessments,
                    last_sequence = excluded.last_sequence
                where rm_catalogue_qualification_unit.last_sequence < excluded.last_sequence
                """,
                standard.id().value(),
                standard.version(),
                attachment.unit().code().value(),
                attachment.unit().version(),
                attachment.role().name(),
                attachment.electiveGroup(),
                attachment.points() == null ? null : attachment.points().value(),
                attachment.coefficient(),
                attachment.mobilityUnit(),
                attachment.validity() == null ? null : attachment.validity().toString(),
                attachment.requiredAssessments().stream().map(Enum::name).toArray(String[]::new),
                sequence);
    }

    @EventHandler
    void on(UnitDetachedFromQualification event, @SequenceNumber long sequence) {
        var standard = event.standard();
        jdbc.update(
                """
                update rm_catalogue_qualification_unit set attached = false, last_sequence = ?
                where qualification_id = ? and qualification_version = ? and unit_code = ? and unit_version = ?
                  and last_sequence < ?
                """,
                sequence,
                standard.id().value(),
                standard.version(),
                event.unit().code().value(),
                event.unit().version(),
                sequence);
    }

    /**
     * Every matching version (not only the latest), at most {@value CatalogueReadModel#MAX_RESULTS},
     * by qualification id and newest version first.
     */
    @QueryHandler
    List<QualificationSummaryView> handle(FindQualifications query) {
        var conditions = new SearchConditions()
                .when(query.text(), "strpos(title_search, lower(?)) > 0", query.text())
                .when(query.code(), "starts_with(lower(qualification_id), lower(?))", query.code())
                .when(query.eqfLevel(), "eqf_level = ?", query.eqfLevel())
                .when(query.jurisdiction(), "starts_with(jurisdiction || '/', ? || '/')", query.jurisdiction())
                .when(query.awardingBody(), "awarding_bodies @> jsonb_build_array(?::text)", query.awardingBody())
                .whenTrue(query.onlyPublished(), "status = 'PUBLISHED'");
        return jdbc.query(
                """
                select qualification_id, qualification_version, title, jurisdiction, awarding_bodies, eqf_level,
                       nqf_level, framework, framework_scheme, total_points, status, effective_from
                from rm_catalogue_qualification
                """
                        + conditions.where()
                        + " order by qualification_id, qualification_version desc limit "
                        + CatalogueReadModel.MAX_RESULTS,
                (row, rowNumber) -> new QualificationSummaryView(
                        standard(row),
                        CatalogueJson.multilingual(CatalogueJson.read(row.getString("title"))),
                        Jurisdiction.of(row.getString("jurisdiction")),
                        CatalogueJson.strings(CatalogueJson.read(row.getString("awarding_bodies")), InstitutionId::new),
                        (Integer) row.getObject("eqf_level"),
                        row.getString("nqf_level"),
                        framework(row),
                        points(row.getBigDecimal("total_points")),
                        CatalogueStatus.valueOf(row.getString("status")),
                        row.getObject("effective_from", LocalDate.class)),
                conditions.arguments());
    }

    @QueryHandler
    Optional<QualificationView> handle(GetQualification query) {
        var standard = query.standard();
        return jdbc
                .query(
                        "select " + PROFILE_COLUMNS + """
                                , award_rules, transition_from_previous, status, effective_from
                                from rm_catalogue_qualification where qualification_id = ? and qualification_version = ?
                                """,
                        (row, rowNumber) -> {
                            var awardRules = row.getString("award_rules");
                            return new QualificationView(
                                    standard,
                                    profile(row),
                                    CatalogueStatus.valueOf(row.getString("status")),
                                    row.getObject("effective_from", LocalDate.class),
                                    List.of(),
                                    awardRules == null
                                            ? List.of()
                                            : CatalogueJson.awardRules(CatalogueJson.read(awardRules)),
                                    awardRules != null,
                                    CatalogueJson.transitions(
                                            CatalogueJson.read(row.getString("transition_from_previous"))));
                        },
                        standard.id().value(),
                        standard.version())
                .stream()
                .findFirst()
                .map(view -> new QualificationView(
                        view.standard(),
                        view.profile(),
                        view.status(),
                        view.effectiveFrom(),
                        attachedUnits(standard),
                        view.awardRules(),
                        view.awardRulesDefined(),
                        view.transitionFromPrevious()));
    }

    /** Every version, oldest first, at most {@value CatalogueReadModel#MAX_RESULTS}. */
    @QueryHandler
    List<QualificationVersionView> handle(GetQualificationVersions query) {
        return jdbc.query(
                """
                select qualification_id, qualification_version, title, status, effective_from
                from rm_catalogue_qualification where qualification_id = ?
                order by qualification_version limit
                """ + CatalogueReadModel.MAX_RESULTS,
                (row, rowNumber) -> new QualificationVersionView(
                        standard(row),
                        CatalogueJson.multilingual(CatalogueJson.read(row.getString("title"))),
                        CatalogueStatus.valueOf(row.getString("status")),
                        row.getObject("effective_from", LocalDate.class)),
                query.qualificationId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("truncate table rm_catalogue_qualification, rm_catalogue_qualification_unit");
    }

    private List<AttachedUnitView> attachedUnits(QualificationRef standard) {
        return jdbc.query(
                """
                select a.unit_code, a.unit_version, u.title, a.role, a.elective_group, a.points, a.coefficient,
                       a.mobility_unit, a.validity, a.required_assessments
                from rm_catalogue_qualification_unit a
                left join rm_catalogue_unit u on u.unit_code = a.unit_code and u.unit_version = a.unit_version
                where a.qualification_id = ? and a.qualification_version = ? and a.attached
                order by a.unit_code, a.unit_version
                """,
                (row, rowNumber) -> {
                    var title = row.getString("title");
                    var validity = row.getString("validity");
                    return new AttachedUnitView(
                            UnitRef.of(row.getString("unit_code"), row.getInt("unit_version")),
                            title == null ? null : CatalogueJson.multilingual(CatalogueJson.read(title)),
                            UnitRole.valueOf(row.getString("role")),
                            row.getString("elective_group"),
                            points(row.getBigDecimal("points")),
                            row.getBigDecimal("coefficient"),
                            row.getBoolean("mobility_unit"),
                            validity == null ? null : Period.parse(validity),
                            java.util.Arrays.stream((String[])
                                            row.getArray("required_assessments").getArray())
                                    .map(AssessmentMethod::valueOf)
                                    .toList());
                },
                standard.id().value(),
                standard.version());
    }

    /** In the order of {@link #PROFILE_COLUMNS}. */
    private static List<Object> profileValues(QualificationProfile profile) {
        var grading = profile.gradingScale();
        return Arrays.asList(
                CatalogueJson.write(CatalogueJson.multilingual(profile.title())),
                CatalogueJson.searchable(profile.title()),
                profile.jurisdiction().toString(),
                CatalogueJson.write(CatalogueJson.strings(profile.awardingBodies())),
                profile.eqfLevel(),
                profile.nqfLevel(),
                profile.partialQualification(),
                profile.regulatedProfession(),
                profile.framework().kind().name(),
                profile.framework().scheme(),
                profile.totalPoints() == null ? null : profile.totalPoints().value(),
                profile.referenceYears(),
                grading == null ? null : grading.minimum(),
                grading == null ? null : grading.maximum(),
                profile.resitPolicy().name(),
                profile.unitResultRule().name());
    }

    private static Object[] arguments(List<Object> leading, List<Object> profile, Object... trailing) {
        var all = new ArrayList<Object>(leading);
        all.addAll(profile);
        all.addAll(Arrays.asList(trailing));
        return all.toArray();
    }

    private static QualificationProfile profile(ResultSet row) throws SQLException {
        var gradingMinimum = row.getBigDecimal("grading_minimum");
        return new QualificationProfile(
                CatalogueJson.multilingual(CatalogueJson.read(row.getString("title"))),
                Jurisdiction.of(row.getString("jurisdiction")),
                CatalogueJson.strings(CatalogueJson.read(row.getString("awarding_bodies")), InstitutionId::new),
                (Integer) row.getObject("eqf_level"),
                row.getString("nqf_level"),
                row.getBoolean("partial_qualification"),
                row.getBoolean("regulated_profession"),
                framework(row),
                points(row.getBigDecimal("total_points")),
                row.getBigDecimal("reference_years"),
                gradingMinimum == null ? null : new GradingScale(gradingMinimum, row.getBigDecimal("grading_maximum")),
                ResitPolicy.valueOf(row.getString("resit_policy")),
                UnitResultRule.valueOf(row.getString("unit_result_rule")));
    }

    private static CreditFramework framework(ResultSet row) throws SQLException {
        return new CreditFramework(
                CreditFramework.Kind.valueOf(row.getString("framework")), row.getString("framework_scheme"));
    }

    private static CreditPoints points(BigDecimal value) {
        return value == null ? null : new CreditPoints(value);
    }

    private static QualificationRef standard(ResultSet row) throws SQLException {
        return QualificationRef.of(row.getString("qualification_id"), row.getInt("qualification_version"));
    }
}
