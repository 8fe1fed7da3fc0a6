package org.ecvetledger.app.sharing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.app.access.ReadAudit;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.projections.learner.FindLearner;
import org.ecvetledger.projections.learner.LearnerView;
import org.ecvetledger.projections.progress.GetQualificationProgress;
import org.ecvetledger.projections.progress.QualificationProgressView;
import org.ecvetledger.projections.transcript.GetTranscript;
import org.ecvetledger.projections.transcript.TranscriptView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The learner's share links (ADR 0020): random tokens, of which only the SHA-256 is kept, that open
 * the learner's transcript (and optionally their progress in one qualification) to whoever holds one,
 * without an account, until the link expires or the learner revokes it. Plain rows beside the
 * ledger, like API tokens: sharing is access configuration, not a ledger fact. Every opening is
 * written to the learner's read audit as a read by {@code share link <label>}.
 */
@Component
public class ShareLinks {

    /** Share-link tokens start with this, so one found in a log or a chat is recognised for what it is. */
    static final String TOKEN_PREFIX = "ecvs_";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS =
            "l.link_id, l.learner_id, l.label, l.qualification_id, l.created_by, l.created_at, l.expires_at,"
                    + " l.revoked_at, (select count(*) from access_read_log r where r.share_link_id = l.link_id) as opens,"
                    + " (select max(r.read_at) from access_read_log r where r.share_link_id = l.link_id) as last_opened_at";

    private final JdbcTemplate jdbc;
    private final ReadAudit readAudit;
    private final QueryGateway queries;

    ShareLinks(JdbcTemplate jdbc, ReadAudit readAudit, QueryGateway queries) {
        this.jdbc = jdbc;
        this.readAudit = readAudit;
        this.queries = queries;
    }

    /** Where a link stands now. */
    public enum State {
        OPEN,
        EXPIRED,
        REVOKED
    }

    /** A share link as its learner lists it: never its token, which is not even stored. */
    public record ShareLink(
            UUID linkId,
            String label,
            String qualification,
            String createdBy,
            Instant createdAt,
            Instant expiresAt,
            Instant revokedAt,
            State state,
            long opens,
            Instant lastOpenedAt) {}

    /** A link just created: its token, answered this once. */
    public record IssuedLink(ShareLink link, String token) {}

    /** The learner as a share link shows them: their name (null once erased, ADR 0003). */
    public record SharedLearner(String learnerId, String givenName, String familyName, boolean personalDataErased) {}

    /**
     * What an open link shows: the transcript as the ledger knows it now, the learner's name, and the
     * progress in the link's qualification (null when the link names none, or the learner has no
     * pathway to it).
     */
    public record SharedRecord(
            UUID linkId,
            String label,
            Instant expiresAt,
            SharedLearner learner,
            TranscriptView transcript,
            String qualification,
            QualificationProgressView progress) {}

    /** Creates a link for {@code learner}; {@code qualification} may be null. */
    public IssuedLink create(
            UUID learner, String label, QualificationId qualification, Instant expiresAt, String createdBy) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var id = UUID.randomUUID();
        jdbc.update(
                "insert into access_share_link (link_id, learner_id, token_sha256, label, qualification_id, created_by,"
                        + " expires_at) values (?, ?, ?, ?, ?, ?, ?)",
                id,
                learner,
                sha256(token),
                label,
                qualification == null ? null : qualification.value(),
                createdBy,
                OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC));
        return new IssuedLink(find(learner, id).orElseThrow(), token);
    }

    /** The learner's links, newest first, expired and revoked ones included. */
    public List<ShareLink> of(UUID learner) {
        return jdbc.query(
                "select " + COLUMNS + ", now() as now from access_share_link l where l.learner_id = ?"
                        + " order by l.created_at desc, l.link_id",
                ShareLinks::link,
                learner);
    }

    Optional<ShareLink> find(UUID learner, UUID link) {
        return jdbc
                .query(
                        "select " + COLUMNS + ", now() as now from access_share_link l where l.learner_id = ?"
                                + " and l.link_id = ?",
                        ShareLinks::link,
                        learner,
                        link)
                .stream()
                .findFirst();
    }

    /**
     * Revokes one link of the learner (once: the first revocation stays); false if the learner has
     * no such link. The row stays, so the list keeps showing what was shared.
     */
    public boolean revoke(UUID learner, UUID link) {
        jdbc.update(
                "update access_share_link set revoked_at = now() where learner_id = ? and link_id = ?"
                        + " and revoked_at is null",
                learner,
                link);
        return find(learner, link).isPresent();
    }

    /**
     * What the link {@code token} opens, logged in the learner's read audit as a read of {@code
     * resource} (which must not hold the token); empty when no link has this token, or it expired or
     * was revoked: the holder is not told which.
     */
    public Optional<SharedRecord> open(String token, String resource) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        var found = jdbc
                .query(
                        "select " + COLUMNS + ", now() as now from access_share_link l where l.token_sha256 = ?"
                                + " and l.revoked_at is null and l.expires_at > now()",
                        (row, n) -> new Found(link(row, n), row.getObject("learner_id", UUID.class)),
                        sha256(token))
                .stream()
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var link = found.get().link();
        var learner = found.get().learner();
        var learnerId = new LearnerId(learner);
        var transcript = queries.query(
                        new GetTranscript(learnerId, null, null),
                        ResponseTypes.optionalInstanceOf(TranscriptView.class))
                .join();
        if (transcript.isEmpty()) {
            return Optional.empty();
        }
        readAudit.recordShareLinkRead(learner, link.linkId(), link.label(), resource);
        var view = queries.query(new FindLearner(learnerId), ResponseTypes.optionalInstanceOf(LearnerView.class))
                .join();
        var data = view.map(LearnerView::personalData).orElse(null);
        // a learner view not yet projected is not an erasure: only the view says erased (ADR 0003)
        var shared = new SharedLearner(
                learner.toString(),
                data == null ? null : data.givenName(),
                data == null ? null : data.familyName(),
                view.map(LearnerView::personalDataErased).orElse(false));
        QualificationProgressView progress = null;
        if (link.qualification() != null) {
            progress = queries.query(
                            new GetQualificationProgress(
                                    learnerId,
                                    new QualificationId(link.qualification()),
                                    java.time.LocalDate.now(ZoneOffset.UTC),
                                    null),
                            ResponseTypes.optionalInstanceOf(QualificationProgressView.class))
                    .join()
                    .orElse(null);
        }
        return Optional.of(new SharedRecord(
                link.linkId(),
                link.label(),
                link.expiresAt(),
                shared,
                transcript.get(),
                link.qualification(),
                progress));
    }

    private record Found(ShareLink link, UUID learner) {}

    private static ShareLink link(ResultSet row, int n) throws SQLException {
        var now = instant(row, "now");
        var expires = instant(row, "expires_at");
        var revoked = instant(row, "revoked_at");
        var state = revoked != null ? State.REVOKED : expires.isAfter(now) ? State.OPEN : State.EXPIRED;
        return new ShareLink(
                row.getObject("link_id", UUID.class),
                row.getString("label"),
                row.getString("qualification_id"),
                row.getString("created_by"),
                instant(row, "created_at"),
                expires,
                revoked,
                state,
                row.getLong("opens"),
                instant(row, "last_opened_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        var time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
