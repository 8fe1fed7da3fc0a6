package org.ecvetledger.app.access;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who read a learner's records, when, and which resource (issue 10 item 4, ADR 0014). */
@Component
public class ReadAudit {

    /** The most entries one answer lists, newest first. */
    static final int LIMIT = 500;

    private final JdbcTemplate jdbc;

    ReadAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One read as the learner and auditors see it; a read through a share link (ADR 0020) names the
     * link by its label in {@code account}, has no role, and gives the link's id in {@code shareLink}.
     */
    public record Read(
            Instant readAt, String account, Role role, String institution, String resource, UUID shareLink) {}

    void record(UUID learner, Account reader, String resource) {
        jdbc.update(
                "insert into access_read_log (learner_id, account_name, role, institution_id, resource) values (?, ?, ?, ?, ?)",
                learner,
                reader.name(),
                reader.role().name(),
                reader.institution(),
                resource);
    }

    /**
     * A read by whoever holds the share link {@code link} (ADR 0020): no account, so the log names the
     * link as {@code share link <label>}; {@code resource} must not hold the link's token.
     */
    public void recordShareLinkRead(UUID learner, UUID link, String label, String resource) {
        jdbc.update(
                "insert into access_read_log (learner_id, account_name, role, institution_id, resource, share_link_id)"
                        + " values (?, ?, null, null, ?, ?)",
                learner,
                "share link " + label,
                resource,
                link);
    }

    public List<Read> of(UUID learner) {
        return jdbc.query(
                "select read_at, account_name, role, institution_id, resource, share_link_id from access_read_log"
                        + " where learner_id = ? order by read_at desc, id desc limit " + LIMIT,
                (row, n) -> new Read(
                        row.getObject("read_at", OffsetDateTime.class).toInstant(),
                        row.getString("account_name"),
                        row.getString("role") == null ? null : Role.valueOf(row.getString("role")),
                        row.getString("institution_id"),
                        row.getString("resource"),
                        row.getObject("share_link_id", UUID.class)),
                learner);
    }
}
