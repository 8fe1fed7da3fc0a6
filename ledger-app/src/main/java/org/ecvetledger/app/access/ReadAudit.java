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

    /** One read as the learner and auditors see it. */
    public record Read(Instant readAt, String account, Role role, String institution, String resource) {}

    void record(UUID learner, Account reader, String resource) {
        jdbc.update(
                "insert into access_read_log (learner_id, account_name, role, institution_id, resource) values (?, ?, ?, ?, ?)",
                learner,
                reader.name(),
                reader.role().name(),
                reader.institution(),
                resource);
    }

    public List<Read> of(UUID learner) {
        return jdbc.query(
                "select read_at, account_name, role, institution_id, resource from access_read_log"
                        + " where learner_id = ? order by read_at desc, id desc limit " + LIMIT,
                (row, n) -> new Read(
                        row.getObject("read_at", OffsetDateTime.class).toInstant(),
                        row.getString("account_name"),
                        Role.valueOf(row.getString("role")),
                        row.getString("institution_id"),
                        row.getString("resource")),
                learner);
    }
}
