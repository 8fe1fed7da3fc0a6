package org.ecvetledger.app.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.ecvetledger.domain.appeal.AppealSubjectKind;
import org.ecvetledger.domain.appeal.AppealUpheld;
import org.ecvetledger.domain.assessment.AssessmentContent;
import org.ecvetledger.domain.assessment.AssessmentCorrected;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.AssessmentInvalidated;
import org.ecvetledger.domain.assessment.AssessmentRecord;
import org.ecvetledger.domain.assessment.AssessmentRecorded;
import org.ecvetledger.domain.assessment.AssessmentRecords;
import org.ecvetledger.domain.assessment.OutcomeResult;
import org.ecvetledger.domain.assessment.PossibleDuplicateAssessmentFlagged;
import org.ecvetledger.domain.assessment.ReassessmentRecorded;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.AppealRemedy;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recorded assessments as validation and recognition need them, kept in the transaction that
 * appends their events (subscribing processor, ADR 0004, ADR 0005 §2). A possible duplicate is kept
 * too, flagged: it is no credit, and never the original another submission is compared with (S07).
 */
@Component
@ProcessingGroup(AssessmentLookups.PROCESSING_GROUP)
public class AssessmentLookups implements AssessmentRecords {

    public static final String PROCESSING_GROUP = "assessment-lookups";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    /**
     * Contents already parsed, by their stored text: a learner's validation and recognition read the
     * same assessment one command after another, and parsing it was about 8 % of a command's CPU
     * (docs/benchmarks.md, ADR 0025). Keyed by the text itself, so a corrected content is parsed anew;
     * the content is immutable, so one parsed copy serves every reader. Least recently used out.
     */
    private final Map<String, AssessmentContent> parsed =
            Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, AssessmentContent> eldest) {
                    return size() > PARSED_CONTENTS;
                }
            });

    private static final int PARSED_CONTENTS = 2048;

    AssessmentLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The row is read {@code for share}: a decision resting on the assessment and its correction or
     * invalidation cannot interleave, so the cascade (ADR 0010) never misses a validation committed
     * while the assessment changed, and no validation rests on an assessment invalidated meanwhile.
     */
    @Override
    public Optional<AssessmentRecord> find(AssessmentId assessment) {
        return jdbc
                .query(
                        "select content::text, flagged_as_duplicate, invalidated, upheld_appeal, appeal_remedy, "
                                + "superseded_by from wl_assessment where assessment_id = ? for share",
                        (row, n) -> new AssessmentRecord(
                                assessment,
                                content(row.getString(1)),
                                row.getBoolean(2),
                                row.getBoolean(3),
                                row.getObject(4) == null ? null : new AppealId(row.getObject(4, UUID.class)),
                                row.getString(5) == null ? null : AppealRemedy.valueOf(row.getString(5)),
                                row.getObject(6) == null ? null : new AssessmentId(row.getObject(6, UUID.class))),
                        assessment.value())
                .stream()
                .findFirst();
    }

    private AssessmentContent content(String json) {
        var known = parsed.get(json);
        if (known != null) {
            return known;
        }
        var content = JSON.readValue(json, AssessmentContent.class);
        parsed.put(json, content);
        return content;
    }

    /** S07: the first recorded assessment of that learner, by that institution, that day, with the same results. */
    @Override
    public Optional<AssessmentId> sameContentAs(AssessmentContent content) {
        return jdbc
                .query(
                        "select assessment_id from wl_assessment where learner_id = ? and assessor_id = ? "
                                + "and assessed_on = ? and results_fingerprint = ? and not flagged_as_duplicate "
                                + "order by recorded_order limit 1",
                        (row, n) -> new AssessmentId(row.getObject(1, UUID.class)),
                        content.learner().value(),
                        content.assessor().institution().value(),
                        content.assessedOn(),
                        fingerprint(content.results()))
                .stream()
                .findFirst();
    }

    /**
     * The assessments (not flagged as possible duplicates) {@code institution} recorded of
     * {@code learner} on {@code assessedOn}, in the order recorded: what a bulk import compares its
     * rows with (ADR 0019), exact at once because this table is written with the events.
     */
    public List<AssessmentRecord> recordedOn(LearnerId learner, InstitutionId institution, LocalDate assessedOn) {
        return jdbc.query(
                "select assessment_id, content::text, invalidated from wl_assessment where learner_id = ? "
                        + "and assessor_id = ? and assessed_on = ? and not flagged_as_duplicate order by recorded_order",
                (row, n) -> new AssessmentRecord(
                        new AssessmentId(row.getObject(1, UUID.class)),
                        JSON.readValue(row.getString(2), AssessmentContent.class),
                        false,
                        row.getBoolean(3),
                        null,
                        null,
                        null),
                learner.value(),
                institution.value(),
                assessedOn);
    }

    @EventHandler
    void on(AssessmentRecorded event) {
        insert(event.assessmentId(), event.content(), false);
    }

    @EventHandler
    void on(PossibleDuplicateAssessmentFlagged event) {
        insert(event.assessmentId(), event.content(), true);
    }

    /** The corrected results count from now on, for decisions and for S07's comparison alike. */
    @EventHandler
    void on(AssessmentCorrected event) {
        var corrected = find(event.assessmentId())
                .orElseThrow(() -> new IllegalStateException("assessment " + event.assessmentId() + " is not recorded"))
                .content()
                .withResults(event.results(), event.grades());
        jdbc.update(
                "update wl_assessment set content = ?::jsonb, results_fingerprint = ? where assessment_id = ?",
                JSON.writeValueAsString(corrected),
                fingerprint(corrected.results()),
                event.assessmentId().value());
    }

    @EventHandler
    void on(AssessmentInvalidated event) {
        jdbc.update(
                "update wl_assessment set invalidated = true where assessment_id = ?",
                event.assessmentId().value());
    }

    @EventHandler
    void on(ReassessmentRecorded event) {
        jdbc.update(
                "update wl_assessment set superseded_by = ? where assessment_id = ?",
                event.assessmentId().value(),
                event.supersedes().value());
    }

    /** S12: the appealed assessment names the upheld appeal and its remedy, which a reassessment or correction shows. */
    @EventHandler
    void on(AppealUpheld event) {
        if (event.subject().kind() == AppealSubjectKind.ASSESSMENT) {
            jdbc.update(
                    "update wl_assessment set upheld_appeal = ?, appeal_remedy = ? where assessment_id = ?",
                    event.appealId().value(),
                    event.remedy().name(),
                    event.subject().assessment().value());
        }
    }

    private void insert(AssessmentId assessment, AssessmentContent content, boolean flagged) {
        jdbc.update(
                "insert into wl_assessment (assessment_id, learner_id, assessor_id, assessed_on, results_fingerprint, "
                        + "flagged_as_duplicate, content) values (?, ?, ?, ?, ?, ?, ?::jsonb)",
                assessment.value(),
                content.learner().value(),
                content.assessor().institution().value(),
                content.assessedOn(),
                fingerprint(content.results()),
                flagged,
                JSON.writeValueAsString(content));
    }

    /**
     * SHA-256 of the results as a set: sorted by unit, learning outcome and achievement, then written
     * as a JSON array of triples, so no text inside an outcome's id can make two sets look alike.
     */
    static String fingerprint(List<OutcomeResult> results) {
        var triples = results.stream()
                .sorted(Comparator.comparing((OutcomeResult r) -> r.unit().toString())
                        .thenComparing(OutcomeResult::learningOutcome)
                        .thenComparing(OutcomeResult::achieved))
                .map(r -> List.of(r.unit().toString(), r.learningOutcome(), r.achieved()))
                .toList();
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(JSON.writeValueAsString(triples).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            // every Java platform implements SHA-256 (java.security.MessageDigest's contract)
            throw new IllegalStateException(impossible);
        }
    }
}
