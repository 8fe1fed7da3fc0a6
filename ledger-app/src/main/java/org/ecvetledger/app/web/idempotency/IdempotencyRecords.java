package org.ecvetledger.app.web.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code idempotency_record} table. Every method runs in the caller's transaction: the claim
 * (an advisory lock) is held, and the record written, by the request's own transaction.
 */
class IdempotencyRecords {

    private final JdbcTemplate jdbc;

    IdempotencyRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key for the current transaction, without waiting: false when another transaction,
     * on any node, holds it (its request is still in flight). Released at commit or rollback, after
     * the committed record is visible, so whoever claims the key next finds it.
     */
    boolean claim(String account, String key) {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, lockId(account, key)));
    }

    /** The remembered request hash and response of a completed request of this account with this key. */
    Optional<Remembered> find(String account, String key) {
        return jdbc
                .query(
                        """
                        select request_hash, response_status, response_content_type, response_location, response_body
                        from idempotency_record where account_name = ? and idempotency_key = ?""",
                        (row, n) -> new Remembered(
                                row.getBytes("request_hash"),
                                new IdempotentResponse(
                                        row.getInt("response_status"),
                                        row.getString("response_content_type"),
                                        row.getString("response_location"),
                                        row.getBytes("response_body"))),
                        account,
                        key)
                .stream()
                .findFirst();
    }

    void remember(
            String account, String key, byte[] requestHash, String method, String path, IdempotentResponse response) {
        jdbc.update(
                """
                insert into idempotency_record (account_name, idempotency_key, request_hash, request_method,
                    request_path, response_status, response_content_type, response_location, response_body)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                account,
                key,
                requestHash,
                method,
                path,
                response.status(),
                response.contentType(),
                response.location(),
                response.body());
    }

    /** Forgets the keys first used longer ago than {@code retention}; returns how many. */
    int forgetOlderThan(Duration retention) {
        return jdbc.update(
                "delete from idempotency_record where created_at < now() - make_interval(secs => ?)",
                (double) retention.toSeconds());
    }

    /**
     * A 64-bit advisory lock id for the account's key, from its SHA-256 under a prefix of our own: two
     * keys share a lock with a chance of 2^-64, and would then only answer 409 in flight to each other.
     * The account name holds no line break (its pattern forbids it), so the pair is unambiguous.
     */
    static long lockId(String account, String key) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest(("ecvet-ledger:idempotency-key:" + account + "\n" + key).getBytes(StandardCharsets.UTF_8));
            long id = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                id = (id << 8) | (digest[i] & 0xff);
            }
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable on this JVM", e);
        }
    }

    /** A completed request: the hash of what was asked, and what was answered. */
    record Remembered(byte[] requestHash, IdempotentResponse response) {}
}
