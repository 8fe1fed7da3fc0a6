package org.ecvetledger.app.evidence;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.ecvetledger.app.web.InvalidField;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Evidence documents (issue 11, ADR 0021): staff upload a file and cite the answer's id and SHA-256
 * on the assessment ({@code evidence[].documentId}, {@code evidence[].sha256}); the access rules
 * decide who reads it back. Either a {@code multipart/form-data} body with the part {@code file}, or
 * the raw file as the body with its {@code Content-Type} and {@code ?filename=}.
 */
@RestController
class EvidenceController {

    private final EvidenceStore store;

    EvidenceController(EvidenceStore store) {
        this.store = store;
    }

    @PostMapping(path = "/api/evidence", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EvidenceReceipt> upload(
            HttpServletRequest request, @RequestParam(name = "filename", required = false) String filename)
            throws IOException {
        byte[] content;
        String name;
        String type;
        if (request instanceof MultipartHttpServletRequest multipart) {
            var file = multipart.getFile("file");
            if (file == null) {
                throw new InvalidField(
                        "file", "required", "a multipart upload carries the document in the part 'file'");
            }
            content = file.getBytes();
            name = filename != null ? filename : file.getOriginalFilename();
            type = file.getContentType();
        } else {
            content = readAtMost(request.getInputStream(), store.maxBytes());
            name = filename;
            type = request.getContentType();
        }
        var stored = store.upload(content, name, type);
        return ResponseEntity.created(URI.create("/api/evidence/" + stored.evidenceId()))
                .body(new EvidenceReceipt(
                        stored.evidenceId().toString(),
                        stored.sha256(),
                        stored.size(),
                        stored.filename(),
                        stored.contentType()));
    }

    @GetMapping("/api/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(@PathVariable UUID evidenceId) {
        var document = store.find(evidenceId).orElseThrow(() -> new EvidenceNotFound(evidenceId));
        // served as an attachment, never rendered by the browser in the ledger's origin
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .contentLength(document.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(
                        "Repr-Digest",
                        "sha-256=:"
                                + Base64.getEncoder()
                                        .encodeToString(HexFormat.of().parseHex(document.sha256()))
                                + ":")
                .eTag("\"" + document.sha256() + "\"")
                .body(document.content());
    }

    /** The answer to an upload: what to cite on the assessment. */
    record EvidenceReceipt(String evidenceId, String sha256, long size, String filename, String contentType) {}

    private static byte[] readAtMost(InputStream body, long max) throws IOException {
        var content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (content.length > max) {
            throw new MaxUploadSizeExceededException(max);
        }
        return content;
    }
}
