package org.ecvetledger.app.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The built-in account store in PostgreSQL (ADR 0014): accounts, their password hashes and the
 * SHA-256 of their API tokens. Plain rows, not events: an account is access configuration.
 */
@Component
public class Accounts {

    /** API tokens start with this, so they are told apart from OpenID Connect JWTs in one header. */
    static final String TOKEN_PREFIX = "ecvl_";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS =
            "name, display_name, role, institution_id, functions, learner_id, jurisdictions, password_hash,"
                    + " deactivated_at";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;

    Accounts(JdbcTemplate jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /** An account with its password hash (null when it has none), as stored. */
    record Stored(Account account, String passwordHash, Instant deactivatedAt) {

        /** A deactivated account signs in no way at all: password, API token or OpenID Connect. */
        boolean active() {
            return deactivatedAt == null;
        }
    }

    /** One API token as the administrator lists it: never its secret, which is not even stored. */
    record Token(UUID tokenId, String label, Instant createdAt, Instant revokedAt) {}

    Optional<Stored> find(String name) {
        return jdbc.query("select " + COLUMNS + " from access_account where name = ?", Accounts::stored, name).stream()
                .findFirst();
    }

    Optional<Account> findByToken(String token) {
        return jdbc
                .query(
                        "select " + prefixed() + " from access_account a join access_api_token t"
                                + " on t.account_name = a.name where t.token_sha256 = ?"
                                + " and t.revoked_at is null and a.deactivated_at is null",
                        Accounts::stored,
                        sha256(token))
                .stream()
                .findFirst()
                .map(Stored::account);
    }

    List<Account> all() {
        return jdbc.query("select " + COLUMNS + " from access_account order by name", Accounts::stored).stream()
                .map(Stored::account)
                .toList();
    }

    boolean exists(String name) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from access_account where name = ?)", Boolean.class, name));
    }

    boolean anyAdministrator() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from access_account where role = 'PLATFORM_ADMIN')", Boolean.class));
    }

    /** Stores a new account; {@code rawPassword} null for a token-only or OpenID Connect account. */
    @Transactional
    boolean create(Account account, String rawPassword) {
        return jdbc.update(
                        "insert into access_account (name, display_name, password_hash, role, institution_id,"
                                + " functions, learner_id, jurisdictions) values (?, ?, ?, ?, ?, ?::text[], ?, ?::text[])"
                                + " on conflict (name) do nothing",
                        account.name(),
                        account.displayName(),
                        rawPassword == null ? null : passwords.encode(rawPassword),
                        account.role().name(),
                        account.institution(),
                        arrayLiteral(account.functions().stream()
                                .map(Enum::name)
                                .sorted()
                                .toList()),
                        account.learner(),
                        account.jurisdictions() == null
                                ? null
                                : arrayLiteral(account.jurisdictions().stream()
                                        .sorted()
                                        .toList()))
                > 0;
    }

    /** Sets the password of an existing account. */
    void setPassword(String name, String rawPassword) {
        jdbc.update("update access_account set password_hash = ? where name = ?", passwords.encode(rawPassword), name);
    }

    /** Deactivates an account (once; the first time stays); false if there is no such account. */
    boolean deactivate(String name) {
        jdbc.update("update access_account set deactivated_at = now() where name = ? and deactivated_at is null", name);
        return exists(name);
    }

    /**
     * Reactivates an account: it signs in again as before, with its password, its API tokens that
     * were not revoked, and OpenID Connect; false if there is no such account.
     */
    boolean reactivate(String name) {
        jdbc.update("update access_account set deactivated_at = null where name = ?", name);
        return exists(name);
    }

    /** Whether {@code rawPassword} is the account's current password. */
    boolean passwordMatches(String name, String rawPassword) {
        return find(name)
                .map(Stored::passwordHash)
                .filter(hash -> passwords.matches(rawPassword, hash))
                .isPresent();
    }

    /** The account's API tokens, oldest first, revoked ones included. */
    List<Token> tokens(String account) {
        return jdbc.query(
                "select token_id, label, created_at, revoked_at from access_api_token where account_name = ?"
                        + " order by created_at, token_id",
                (row, n) -> new Token(
                        row.getObject("token_id", UUID.class),
                        row.getString("label"),
                        instant(row, "created_at"),
                        instant(row, "revoked_at")),
                account);
    }

    /** Revokes one token of the account (once; the first time stays); false if it has no such token. */
    boolean revokeToken(String account, UUID tokenId) {
        jdbc.update(
                "update access_api_token set revoked_at = now() where account_name = ? and token_id = ?"
                        + " and revoked_at is null",
                account,
                tokenId);
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from access_api_token where account_name = ? and token_id = ?)",
                Boolean.class,
                account,
                tokenId));
    }

    /** A token just issued: its secret, answered once, and the id that lists and revokes it. */
    record IssuedToken(String secret, UUID tokenId) {}

    /** A new random API token for {@code account}: answered once, only its SHA-256 is kept. */
    IssuedToken issueToken(String account, String label) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var id = UUID.randomUUID();
        jdbc.update(
                "insert into access_api_token (token_sha256, account_name, label, token_id) values (?, ?, ?, ?)",
                sha256(token),
                account,
                label,
                id);
        return new IssuedToken(token, id);
    }

    static String randomPassword() {
        var bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String prefixed() {
        return Arrays.stream(COLUMNS.split(", ")).map(c -> "a." + c).collect(Collectors.joining(", "));
    }

    private static String arrayLiteral(List<String> values) {
        // the values are enum names and two-letter codes, checked before they get here
        return values.stream().collect(Collectors.joining(",", "{", "}"));
    }

    private static Stored stored(ResultSet row, int n) throws SQLException {
        return new Stored(
                new Account(
                        row.getString("name"),
                        row.getString("display_name"),
                        Role.valueOf(row.getString("role")),
                        row.getString("institution_id"),
                        texts(row.getArray("functions")).stream()
                                .map(StaffFunction::valueOf)
                                .collect(Collectors.toSet()),
                        row.getObject("learner_id", UUID.class),
                        row.getArray("jurisdictions") == null ? null : texts(row.getArray("jurisdictions"))),
                row.getString("password_hash"),
                instant(row, "deactivated_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        var time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static Set<String> texts(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        var set = new LinkedHashSet<String>();
        for (var value : (Object[]) array.getArray()) {
            set.add((String) value);
        }
        return set;
    }
}
