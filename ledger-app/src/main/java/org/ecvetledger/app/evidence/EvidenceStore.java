package org.ecvetledger.app.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.ecvetledger.app.access.Caller;
import org.ecvetledger.app.eventstore.TimeOrderedIdentifierFactory;
import org.ecvetledger.app.web.InvalidField;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The evidence documents assessments rest on (issue 11, ADR 0021), kept in PostgreSQL beside the
 * event store, never in it: an assessment cites a document by its id and SHA-256, and the hash on
 * the event is what shows that the stored file is the one the assessor relied on.
 */
@Component
public class EvidenceStore {

    static final int FILENAME_MAX_LENGTH = 255;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final long maxBytes;

    EvidenceStore(JdbcTemplate jdbc, @Value("${ledger.evidence.max-bytes:10485760}") long maxBytes) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
        this.maxBytes = maxBytes;
    }

    /** The largest document accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** What the uploader is told: the id to cite and the hash to cite it with. */
    public record Receipt(UUID evidenceId, String sha256, long size, String filename, String contentType) {}

    /** A stored document with who uploaded it. */
    public record Document(
            UUID evidenceId,
            String sha256,
            long size,
            String filename,
            String contentType,
            String uploadedBy,
            Instant uploadedAt,
            byte[] content) {}

    /**
     * Stores a document uploaded by the signed-in staff account for its institution (the REST API and
     * the staff pages): 413 above {@link #maxBytes()}, 400 naming the field for an empty file or a bad
     * file name or media type.
     */
    public Receipt upload(byte[] content, String filename, String contentType) {
        if (content.length > maxBytes) {
            throw new MaxUploadSizeExceededException(maxBytes);
        }
        var fields = new InvalidField.Fields();
        var name = filename(fields, filename);
        var type = contentType(fields, contentType);
        if (content.length == 0) {
            fields.reject("file", "required", "the document is empty");
        }
        fields.throwIfAny();
        var staff = Caller.staff()
                .orElseThrow(
                        () -> new InvalidField("account", "role", "evidence is uploaded by staff of an institution"));
        return store(content, name, type, staff.institution(), staff.name());
    }

    /** Stores {@code content} uploaded by staff of {@code institution}; answers its id and SHA-256. */
    Receipt store(byte[] content, String filename, String contentType, String institution, String account) {
        var id = TimeOrderedIdentifierFactory.next();
        var sha256 = sha256(content);
        jdbc.update(
                """
                insert into evidence_document (evidence_id, sha256, size_bytes, filename, content_type,
                    uploaded_by_institution, uploaded_by_account, uploaded_at, content)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                id,
                sha256,
                (long) content.length,
                filename,
                contentType,
                institution,
                account,
                clock.instant().atOffset(ZoneOffset.UTC),
                content);
        return new Receipt(id, sha256, content.length, filename, contentType);
    }

    public Optional<Document> find(UUID evidenceId) {
        return jdbc
                .query(
                        """
                        select evidence_id, sha256, size_bytes, filename, content_type, uploaded_by_institution,
                               uploaded_at, content
                        from evidence_document where evidence_id = ?
                        """,
                        (row, n) -> new Document(
                                row.getObject("evidence_id", UUID.class),
                                row.getString("sha256"),
                                row.getLong("size_bytes"),
                                row.getString("filename"),
                                row.getString("content_type"),
                                row.getString("uploaded_by_institution"),
                                row.getObject("uploaded_at", java.time.OffsetDateTime.class)
                                        .toInstant(),
                                row.getBytes("content")),
                        evidenceId)
                .stream()
                .findFirst();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The file's own name: without any folder a browser or client sent with it. */
    private static String filename(InvalidField.Fields fields, String filename) {
        if (filename == null || filename.isBlank()) {
            fields.reject(
                    "filename", "required", "names the file (the query parameter filename, or the part's file name)");
            return null;
        }
        var name = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1)
                .strip();
        if (name.isEmpty() || name.chars().anyMatch(Character::isISOControl)) {
            fields.reject("filename", "format", "must be a file name without control characters");
            return null;
        }
        if (name.length() > FILENAME_MAX_LENGTH) {
            fields.reject("filename", "length", "must be at most " + FILENAME_MAX_LENGTH + " characters");
            return null;
        }
        return name;
    }

    private static String contentType(InvalidField.Fields fields, String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return MediaType.APPLICATION_OCTET_STREAM_VALUE;
        }
        try {
            return MediaType.parseMediaType(contentType).toString();
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            fields.reject("Content-Type", "format", "must be a media type such as application/pdf");
            return null;
        }
    }
}
