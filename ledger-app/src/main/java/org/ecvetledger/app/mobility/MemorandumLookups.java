package org.ecvetledger.app.mobility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.ecvetledger.domain.partnership.MemorandumActivated;
import org.ecvetledger.domain.partnership.MemorandumAmended;
import org.ecvetledger.domain.partnership.MemorandumDrafted;
import org.ecvetledger.domain.partnership.MemorandumExpired;
import org.ecvetledger.domain.partnership.MemorandumId;
import org.ecvetledger.domain.partnership.MemorandumRegistry;
import org.ecvetledger.domain.partnership.MemorandumStanding;
import org.ecvetledger.domain.partnership.MemorandumTerminated;
import org.ecvetledger.domain.partnership.MemorandumTerms;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where each MoU stands, kept in the transaction that appends its events (subscribing processor,
 * ADR 0004), so a learning agreement never sees an MoU as more in force than it is.
 */
@Component
@ProcessingGroup(MemorandumLookups.PROCESSING_GROUP)
public class MemorandumLookups implements MemorandumRegistry {

    public static final String PROCESSING_GROUP = "mobility-lookups";

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    MemorandumLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<MemorandumStanding> find(MemorandumId memorandum) {
        return jdbc
                .query(
                        "select terms_in_force::text, active_from, ended_on from wl_memorandum where memorandum_id = ?",
                        (row, n) -> new MemorandumStanding(
                                row.getString(1) == null
                                        ? null
                                        : json.readValue(row.getString(1), MemorandumTerms.class),
                                row.getObject(2, LocalDate.class),
                                row.getObject(3, LocalDate.class)),
                        memorandum.value())
                .stream()
                .findFirst();
    }

    /** MoUs still running whose end date lies before {@code today}. */
    List<MemorandumId> runningPastTheirEnd(LocalDate today) {
        return jdbc.query(
                "select memorandum_id from wl_memorandum where ended_on is null and valid_until < ? order by valid_until",
                (row, n) -> new MemorandumId(row.getObject(1, java.util.UUID.class)),
                today);
    }

    @EventHandler
    void on(MemorandumDrafted event) {
        jdbc.update(
                "insert into wl_memorandum (memorandum_id, latest_version, latest_terms, valid_until) values (?, ?, ?::jsonb, ?)",
                event.memorandumId().value(),
                event.version(),
                json.writeValueAsString(event.terms()),
                event.terms().validUntil());
    }

    @EventHandler
    void on(MemorandumAmended event) {
        // the end date that counts stays that of the version in force until the amendment is signed
        jdbc.update(
                "update wl_memorandum set latest_version = ?, latest_terms = ?::jsonb, "
                        + "valid_until = case when version_in_force is null then ? else valid_until end "
                        + "where memorandum_id = ?",
                event.version(),
                json.writeValueAsString(event.terms()),
                event.terms().validUntil(),
                event.memorandumId().value());
    }

    @EventHandler
    void on(MemorandumActivated event) {
        jdbc.update(
                "update wl_memorandum set version_in_force = ?, terms_in_force = latest_terms, active_from = ?, "
                        + "valid_until = (latest_terms ->> 'validUntil')::date "
                        + "where memorandum_id = ? and latest_version = ?",
                event.version(),
                event.activeFrom(),
                event.memorandumId().value(),
                event.version());
    }

    @EventHandler
    void on(MemorandumExpired event) {
        jdbc.update(
                "update wl_memorandum set ended_on = ? where memorandum_id = ?",
                event.expiredOn(),
                event.memorandumId().value());
    }

    @EventHandler
    void on(MemorandumTerminated event) {
        jdbc.update(
                "update wl_memorandum set ended_on = ? where memorandum_id = ?",
                event.effectiveOn(),
                event.memorandumId().value());
    }
}
