package org.ecvetledger.projections.transcript;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.ecvetledger.domain.accumulation.LearnerEnrolled;
import org.ecvetledger.domain.accumulation.LearnerPathwayMigrated;
import org.ecvetledger.domain.accumulation.PartialUnitCreditRecognised;
import org.ecvetledger.domain.accumulation.PathwayEvent;
import org.ecvetledger.domain.accumulation.QualificationAwarded;
import org.ecvetledger.domain.accumulation.UnitRecognised;
import org.ecvetledger.domain.appeal.AppealEvent;
import org.ecvetledger.domain.appeal.AppealLodged;
import org.ecvetledger.domain.assessment.AssessmentEvent;
import org.ecvetledger.domain.assessment.AssessmentRecorded;
import org.ecvetledger.domain.assessment.PossibleDuplicateAssessmentFlagged;
import org.ecvetledger.domain.credential.CredentialEvent;
import org.ecvetledger.domain.credential.CredentialIssued;
import org.ecvetledger.domain.credential.StatedDecision;
import org.ecvetledger.domain.learner.LearnerEvent;
import org.ecvetledger.domain.learningagreement.LearningAgreementDrafted;
import org.ecvetledger.domain.learningagreement.LearningAgreementEvent;
import org.ecvetledger.domain.partnership.MemorandumEvent;
import org.ecvetledger.domain.priorlearning.RPLCaseOpened;
import org.ecvetledger.domain.priorlearning.RplCaseEvent;
import org.ecvetledger.domain.qualification.QualificationProfile;
import org.ecvetledger.domain.qualification.QualificationProfileAmended;
import org.ecvetledger.domain.qualification.QualificationStandardDrafted;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.projections.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps every event concerning a learner in the learner's history (and each MoU's events once), and
 * answers the personal transcript and the audit trails by folding those rows for the asked time slice
 * (ADR 0008). Idempotent: the event id is the key, so redelivery and replay change nothing.
 * Learner isolation: a learner's rows are found by learner id only; MoU rows join through that
 * learner's own learning agreements.
 */
@ProcessingGroup(TranscriptProjector.PROCESSING_GROUP)
public class TranscriptProjector {

    public static final String PROCESSING_GROUP = "transcript";

    private static final String AWARDED =
            QualificationAwarded.class.getAnnotation(MessageName.class).value();

    private static final String COLUMNS = """
            event_id, global_index, event_type, event_revision, aggregate_sequence, effective_date, recorded_at,
            actor_institution, actor_person, reason, correlation_id, request_id, institutions, payload::text as payload
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public TranscriptProjector(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // --- keeping the history

    @EventHandler
    void on(PathwayEvent event, EventMessage<?> message) {
        record(event, EventEnvelope.of(message));
    }

    @EventHandler
    void on(AssessmentEvent event, EventMessage<?> message) {
        record(event, EventEnvelope.of(message));
    }

    @EventHandler
    void on(LearningAgreementEvent event, EventMessage<?> message) {
        record(event, EventEnvelope.of(message));
    }

    @EventHandler
    void on(MemorandumEvent event, EventMessage<?> message) {
        record(event, EventEnvelope.of(message));
    }

    @EventHandler
    void on(LearnerEvent event, EventMessage<?> message) {
        record(event, EventEnvelope.of(message));
    }

    @EventHandler
    void on(AppealEvent event, EventMessage<?> message) {
        record(event, EventEnvelope.of(message));
    }

    @EventHandler
    void on(CredentialEvent event, EventMessage<?> message) {
        record(event, EventEnvelope.of(message));
    }

    @EventHandler
    void on(RplCaseEvent event, EventMessage<?> message) {
        record(event, EventEnvelope.of(message));
    }

    @EventHandler
    void on(QualificationStandardDrafted event) {
        standard(event.standard(), event.profile());
    }

    @EventHandler
    void on(QualificationProfileAmended event) {
        standard(event.standard(), event.profile());
    }

    /** Files one event in the history of the learner it concerns (or of its MoU). */
    void record(Object event, EventEnvelope envelope) {
        if (event instanceof MemorandumEvent memorandum) {
            insertMemorandumEntry(memorandum, envelope);
            return;
        }
        String learner;
        String qualification;
        if (event instanceof PathwayEvent pathway) {
            learner = pathway.pathway().learner().value().toString();
            qualification = pathway.pathway().qualification().value();
        } else if (event instanceof AssessmentRecorded recorded) {
            learner = recorded.content().learner().value().toString();
            qualification = recorded.content().standard().id().value();
        } else if (event instanceof PossibleDuplicateAssessmentFlagged flagged) {
            learner = flagged.content().learner().value().toString();
            qualification = flagged.content().standard().id().value();
        } else if (event instanceof AppealLodged lodged) {
            learner = lodged.learner().value().toString();
            qualification = lodged.standard().id().value();
        } else if (event instanceof CredentialIssued issued) {
            learner = issued.learner().value().toString();
            // A credential stating decisions of several qualifications belongs to none of their trails alone.
            var stated = issued.states().stream()
                    .map(StatedDecision::qualification)
                    .distinct()
                    .toList();
            qualification = stated.size() == 1 ? stated.get(0).value() : null;
        } else if (event instanceof RPLCaseOpened opened) {
            // the case's later events name only the case: they find the learner through this first one
            learner = opened.learner().value().toString();
            qualification = opened.standard().id().value();
        } else if (event instanceof LearnerEvent learnerEvent) {
            learner = learnerEvent.learnerId().value().toString();
            qualification = null;
        } else if (event instanceof LearningAgreementDrafted drafted) {
            learner = drafted.learner().value().toString();
            qualification = drafted.terms().qualification().id().value();
            jdbc.update(
                    """
                    insert into rm_transcript_agreement (agreement_id, learner_id, memorandum_id, qualification_id, home, host)
                    values (?, ?, ?, ?, ?, ?) on conflict (agreement_id) do nothing
                    """,
                    drafted.agreementId().value(),
                    drafted.learner().value(),
                    drafted.memorandum().value(),
                    qualification,
                    drafted.terms().home().value(),
                    drafted.terms().host().value());
        } else {
            // A later event of a stream whose first event named the learner (a learning agreement
            // signed, an assessment corrected or invalidated, an appeal decided, a credential
            // revoked): it belongs to the same learner and qualification.
            var owner = jdbc.query(
                    """
                    select learner_id::text, qualification_id from rm_transcript_event
                    where aggregate_id = ? order by global_index limit 1
                    """, (row, n) -> new String[] {row.getString(1), row.getString(2)}, envelope.aggregateId());
            if (owner.isEmpty()) {
                return; // a stream that concerns no learner
            }
            learner = owner.get(0)[0];
            qualification = owner.get(0)[1];
        }
        insertLearnerEntry(HistoryEvents.entry(event, envelope, learner, qualification));
    }

    private void insertLearnerEntry(HistoryEntry entry) {
        jdbc.update(con -> {
            var statement = con.prepareStatement("""
                            insert into rm_transcript_event
                                (event_id, global_index, learner_id, qualification_id, event_type, event_revision,
                                 aggregate_id, aggregate_sequence, effective_date, recorded_at, actor_institution,
                                 actor_person, reason, correlation_id, request_id, institutions, payload)
                            values (?, ?, ?::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                            on conflict (event_id) do nothing
                            """);
            statement.setString(1, entry.eventId());
            statement.setLong(2, entry.position());
            statement.setString(3, entry.learner());
            statement.setString(4, entry.qualification());
            statement.setString(5, entry.eventType());
            statement.setString(6, entry.revision());
            statement.setString(7, entry.aggregateId());
            statement.setLong(8, entry.sequence());
            statement.setObject(9, entry.effectiveDate());
            statement.setObject(10, entry.recordedAt().atOffset(ZoneOffset.UTC));
            statement.setString(11, entry.actorInstitution());
            statement.setString(12, entry.actorPerson());
            statement.setString(13, entry.reason());
            statement.setString(14, entry.correlationId());
            statement.setString(15, entry.requestId());
            statement.setArray(
                    16, con.createArrayOf("text", entry.institutions().toArray()));
            statement.setString(17, HistoryEvents.write(entry.event()));
            return statement;
        });
    }

    private void insertMemorandumEntry(MemorandumEvent event, EventEnvelope envelope) {
        var entry = HistoryEvents.entry(event, envelope, null, null);
        jdbc.update(con -> {
            var statement = con.prepareStatement("""
                            insert into rm_transcript_memorandum_event
                                (event_id, global_index, memorandum_id, event_type, event_revision, aggregate_sequence,
                                 effective_date, recorded_at, actor_institution, actor_person, reason, correlation_id,
                                 request_id, institutions, payload)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                            on conflict (event_id) do nothing
                            """);
            statement.setString(1, entry.eventId());
            statement.setLong(2, entry.position());
            statement.setObject(3, event.memorandumId().value());
            statement.setString(4, entry.eventType());
            statement.setString(5, entry.revision());
            statement.setLong(6, entry.sequence());
            statement.setObject(7, entry.effectiveDate());
            statement.setObject(8, entry.recordedAt().atOffset(ZoneOffset.UTC));
            statement.setString(9, entry.actorInstitution());
            statement.setString(10, entry.actorPerson());
            statement.setString(11, entry.reason());
            statement.setString(12, entry.correlationId());
            statement.setString(13, entry.requestId());
            statement.setArray(
                    14, con.createArrayOf("text", entry.institutions().toArray()));
            statement.setString(15, HistoryEvents.write(event));
            return statement;
        });
    }

    private void standard(QualificationRef standard, QualificationProfile profile) {
        var scale = profile.gradingScale();
        jdbc.update(
                """
                insert into rm_transcript_standard (standard_ref, jurisdiction, framework, grading_scheme)
                values (?, ?, ?, ?)
                on conflict (standard_ref) do update set jurisdiction = excluded.jurisdiction,
                    framework = excluded.framework, grading_scheme = excluded.grading_scheme
                """,
                standard.toString(),
                profile.jurisdiction().toString(),
                profile.framework().toString(),
                scale == null
                        ? null
                        : scale.minimum().toPlainString() + "-"
                                + scale.maximum().toPlainString());
    }

    @ResetHandler
    void reset() {
        jdbc.update(
                "truncate table rm_transcript_event, rm_transcript_memorandum_event, rm_transcript_agreement, rm_transcript_standard");
    }

    // --- answering

    @QueryHandler
    Optional<TranscriptView> handle(GetTranscript query) {
        var learner = query.learner().value();
        var history = learnerRows("learner_id = ?", query.knownAt(), learner);
        if (history.isEmpty() && !learnerKnown(learner, query.knownAt())) {
            return Optional.empty();
        }
        return Optional.of(TranscriptFold.fold(
                learner.toString(), history, standards(history), slice(query.asOf(), query.knownAt())));
    }

    @QueryHandler
    Optional<TrailView> handle(GetLearnerTrail query) {
        var learner = query.learner().value();
        var history = new ArrayList<>(learnerRows("learner_id = ?", query.knownAt(), learner));
        if (history.isEmpty() && !learnerKnown(learner, query.knownAt())) {
            return Optional.empty();
        }
        history.addAll(memorandumRows(
                "memorandum_id in (select memorandum_id from rm_transcript_agreement where learner_id = ?)",
                query.knownAt(),
                learner));
        return Optional.of(TrailFold.fold("learner " + learner, history, slice(query.asOf(), query.knownAt())));
    }

    @QueryHandler
    Optional<TrailView> handle(GetQualificationTrail query) {
        var learner = query.learner().value();
        var qualification = query.qualification().value();
        var exists = jdbc.queryForObject(
                "select exists (select 1 from rm_transcript_event where learner_id = ? and qualification_id = ?)",
                Boolean.class,
                learner,
                qualification);
        if (!Boolean.TRUE.equals(exists)) {
            return Optional.empty();
        }
        var history = new ArrayList<>(learnerRows(
                "learner_id = ? and (qualification_id = ? or qualification_id is null)",
                query.knownAt(),
                learner,
                qualification));
        history.addAll(memorandumRows("""
                memorandum_id in (select memorandum_id from rm_transcript_agreement
                                  where learner_id = ? and qualification_id = ?)""", query.knownAt(), learner, qualification));
        return Optional.of(TrailFold.fold(
                "learner " + learner + " qualification " + qualification,
                history,
                slice(query.asOf(), query.knownAt())));
    }

    /** S32: the chain behind one award; empty when no such award is known (at {@code knownAt}). */
    @QueryHandler
    Optional<TrailView> handle(GetAwardTrail query) {
        var awards = jdbc.query(
                "select learner_id::text, qualification_id from rm_transcript_event where event_id = ? and event_type = ?"
                        + (query.knownAt() == null ? "" : " and recorded_at <= ?"),
                (row, n) -> new String[] {row.getString(1), row.getString(2)},
                withKnownAt(new Object[] {query.awardId(), AWARDED}, query.knownAt()));
        if (awards.isEmpty()) {
            return Optional.empty();
        }
        var learner = UUID.fromString(awards.get(0)[0]);
        var qualification = awards.get(0)[1];
        var history = new ArrayList<>(learnerRows(
                "learner_id = ? and (qualification_id = ? or qualification_id is null)",
                query.knownAt(),
                learner,
                qualification));
        history.addAll(memorandumRows("""
                memorandum_id in (select memorandum_id from rm_transcript_agreement
                                  where learner_id = ? and qualification_id = ?)""", query.knownAt(), learner, qualification));
        return Optional.of(TrailFold.fold(
                "award " + query.awardId() + " (learner " + learner + ", qualification " + qualification + ")",
                TrailFold.ofAward(query.awardId(), history),
                slice(query.asOf(), query.knownAt())));
    }

    /** The whole trail of an institution; over HTTP it is read page by page ({@link GetInstitutionTrailPage}). */
    @QueryHandler
    TrailView handle(GetInstitutionTrail query) {
        var institution = query.institution().value();
        return TrailFold.fold(
                "institution " + institution,
                institutionHistory(institution, query.knownAt()),
                slice(query.asOf(), query.knownAt()));
    }

    /**
     * One page of an institution's trail. The supersession markers need the whole scope, so each page
     * folds it, but only up to the ledger position the first page saw ({@link TrailCursor#upTo()}):
     * events recorded between pages neither shift the pages nor change entries already read.
     */
    @QueryHandler
    TrailPageView handle(GetInstitutionTrailPage query) {
        var institution = query.institution().value();
        var history = institutionHistory(institution, query.knownAt());
        long upTo;
        if (query.after() == null) {
            upTo = history.stream().mapToLong(HistoryEntry::position).max().orElse(0);
        } else {
            upTo = query.after().upTo();
            history.removeIf(entry -> entry.position() > query.after().upTo());
        }
        var whole = TrailFold.fold("institution " + institution, history, slice(query.asOf(), query.knownAt()));
        var rest = whole.entries().stream()
                .filter(entry -> query.after() == null || query.after().precedes(entry))
                .toList();
        var page = rest.size() > query.limit() ? rest.subList(0, query.limit()) : rest;
        TrailCursor next = null;
        if (rest.size() > page.size()) {
            var last = page.get(page.size() - 1);
            next = new TrailCursor(last.stage(), last.position(), upTo);
        }
        return new TrailPageView(whole.subject(), whole.asOf(), whole.knownAt(), List.copyOf(page), next);
    }

    /** R28: the events the institution took part in (its own, and its learning agreements' and MoUs'). */
    private List<HistoryEntry> institutionHistory(String institution, Instant knownAt) {
        var history = new ArrayList<>(learnerRows("""
                (institutions @> array[?]::text[]
                 or aggregate_id in (select agreement_id::text from rm_transcript_agreement where home = ? or host = ?))""", knownAt, institution, institution, institution));
        history.addAll(memorandumRows("""
                memorandum_id in (select memorandum_id from rm_transcript_memorandum_event
                                  where institutions @> array[?]::text[])""", knownAt, institution));
        return history;
    }

    /**
     * Whether the ledger holds anything about the learner at all: asked only when the time slice
     * shows nothing, so that a learner known later reads as an empty transcript, not as unknown.
     */
    private boolean learnerKnown(UUID learner, Instant knownAt) {
        return knownAt != null
                && Boolean.TRUE.equals(jdbc.queryForObject(
                        "select exists (select 1 from rm_transcript_event where learner_id = ?)",
                        Boolean.class,
                        learner));
    }

    private TimeSlice slice(LocalDate asOf, Instant knownAt) {
        return new TimeSlice(asOf, knownAt, LocalDate.now(clock));
    }

    private List<HistoryEntry> learnerRows(String condition, Instant knownAt, Object... arguments) {
        var sql = "select " + COLUMNS + ", learner_id::text as learner_id, qualification_id, aggregate_id"
                + " from rm_transcript_event where " + condition
                + (knownAt == null ? "" : " and recorded_at <= ?")
                + " order by global_index";
        return jdbc.query(
                sql,
                (row, n) -> entry(
                        row,
                        row.getString("learner_id"),
                        row.getString("qualification_id"),
                        row.getString("aggregate_id")),
                withKnownAt(arguments, knownAt));
    }

    private List<HistoryEntry> memorandumRows(String condition, Instant knownAt, Object... arguments) {
        var sql = "select " + COLUMNS + ", memorandum_id::text as memorandum_id"
                + " from rm_transcript_memorandum_event where " + condition
                + (knownAt == null ? "" : " and recorded_at <= ?")
                + " order by global_index";
        return jdbc.query(
                sql,
                (row, n) -> entry(row, null, null, row.getString("memorandum_id")),
                withKnownAt(arguments, knownAt));
    }

    private static Object[] withKnownAt(Object[] arguments, Instant knownAt) {
        if (knownAt == null) {
            return arguments;
        }
        var all = Arrays.copyOf(arguments, arguments.length + 1);
        all[arguments.length] = knownAt.atOffset(ZoneOffset.UTC);
        return all;
    }

    private static HistoryEntry entry(ResultSet row, String learner, String qualification, String aggregateId)
            throws SQLException {
        var type = row.getString("event_type");
        return new HistoryEntry(
                row.getLong("global_index"),
                row.getString("event_id"),
                type,
                row.getString("event_revision"),
                aggregateId,
                row.getLong("aggregate_sequence"),
                learner,
                qualification,
                row.getObject("effective_date", LocalDate.class),
                row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                row.getString("actor_institution"),
                row.getString("actor_person"),
                row.getString("reason"),
                row.getString("correlation_id"),
                row.getString("request_id"),
                List.of((String[]) row.getArray("institutions").getArray()),
                HistoryEvents.read(type, row.getString("payload")));
    }

    /** The profiles of the standard versions the history names. */
    private Map<String, StandardProfile> standards(List<HistoryEntry> history) {
        var refs = new LinkedHashSet<String>();
        for (var entry : history) {
            var event = entry.event();
            if (event instanceof LearnerEnrolled enrolled) {
                refs.add(enrolled.standard().toString());
            } else if (event instanceof UnitRecognised recognised) {
                refs.add(recognised.standard().toString());
            } else if (event instanceof PartialUnitCreditRecognised partial) {
                refs.add(partial.standard().toString());
            } else if (event instanceof QualificationAwarded awarded) {
                refs.add(awarded.standard().toString());
            } else if (event instanceof LearnerPathwayMigrated migrated) {
                refs.add(migrated.standard().toString());
                refs.add(migrated.previousStandard().toString());
            } else if (event instanceof AssessmentRecorded recorded) {
                refs.add(recorded.content().standard().toString());
            }
        }
        var profiles = new HashMap<String, StandardProfile>();
        if (refs.isEmpty()) {
            return profiles;
        }
        jdbc.query(
                "select standard_ref, jurisdiction, framework, grading_scheme from rm_transcript_standard where standard_ref = any(?)",
                row -> {
                    var ref = row.getString("standard_ref");
                    profiles.put(
                            ref,
                            new StandardProfile(
                                    ref,
                                    row.getString("jurisdiction"),
                                    row.getString("framework"),
                                    row.getString("grading_scheme")));
                },
                (Object) refs.toArray(String[]::new));
        return profiles;
    }
}
