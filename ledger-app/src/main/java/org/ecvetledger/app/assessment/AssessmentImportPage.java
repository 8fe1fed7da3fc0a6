package org.ecvetledger.app.assessment;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.app.assessment.AssessmentImportFile.MalformedImportFile;
import org.ecvetledger.app.assessment.AssessmentImportFile.TooManyRows;
import org.ecvetledger.app.assessment.AssessmentImporter.ImportReport;
import org.ecvetledger.app.assessment.AssessmentImporter.Mode;
import org.ecvetledger.app.ledger.ActingHeaders;
import org.ecvetledger.app.pages.LedgerPage;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.app.web.ResourceNotFound;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The staff page of the bulk import (issue 11 item 5, ADR 0019): upload a file for a dry run, read
 * the rows with their status and reason, download the error file, then apply it — whole, or only
 * its valid rows. The uploaded file waits in the session between the dry run and the apply, so the
 * apply is of exactly the file that was checked; the page runs the same {@link AssessmentImporter}
 * the API runs.
 */
@Hidden
@LedgerPage
@RequestMapping("/staff/imports")
class AssessmentImportPage {

    /** The session attribute holding this session's uploads by their page id. */
    static final String UPLOADS = AssessmentImportPage.class.getName() + ".uploads";

    /** Uploads a session keeps; the oldest is forgotten first. */
    private static final int KEPT = 5;

    /** An uploaded file and its latest report. */
    record Upload(String fileName, byte[] file, ImportReport report) {}

    private final AssessmentImporter importer;

    AssessmentImportPage(CommandGateway commands, QueryGateway queries) {
        this.importer = new AssessmentImporter(commands, queries);
    }

    @GetMapping
    String form() {
        return "staff/imports";
    }

    @PostMapping
    String dryRun(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        var bytes = file.getBytes();
        var report = run(bytes, Mode.DRY_RUN, model);
        if (report == null) {
            return "staff/imports";
        }
        var id = UUID.randomUUID().toString();
        uploads(session).put(id, new Upload(file.getOriginalFilename(), bytes, report));
        return "redirect:/staff/imports/" + id;
    }

    @GetMapping("/{importId}")
    String show(@PathVariable String importId, HttpSession session, Model model) {
        var upload = uploads(session).get(importId);
        if (upload == null) {
            throw new UploadNotFound(importId);
        }
        model.addAttribute("importId", importId);
        model.addAttribute("upload", upload);
        model.addAttribute("report", upload.report());
        return "staff/import";
    }

    @PostMapping("/{importId}/apply")
    String apply(@PathVariable String importId, HttpSession session, Model model) {
        return applying(importId, Mode.APPLY, session, model);
    }

    @PostMapping("/{importId}/apply-valid")
    String applyValid(@PathVariable String importId, HttpSession session, Model model) {
        return applying(importId, Mode.APPLY_VALID, session, model);
    }

    @GetMapping("/{importId}/errors.csv")
    ResponseEntity<byte[]> errors(@PathVariable String importId, HttpSession session) {
        var upload = uploads(session).get(importId);
        if (upload == null) {
            throw new UploadNotFound(importId);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(AssessmentImportController.TEXT_CSV, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"assessment-import-errors.csv\"")
                .body(AssessmentImporter.errorsCsv(upload.report()).getBytes(StandardCharsets.UTF_8));
    }

    private String applying(String importId, Mode mode, HttpSession session, Model model) {
        var uploads = uploads(session);
        var upload = uploads.get(importId);
        if (upload == null) {
            throw new UploadNotFound(importId);
        }
        var report = run(upload.file(), mode, model);
        if (report != null) {
            uploads.put(importId, new Upload(upload.fileName(), upload.file(), report));
        }
        return "redirect:/staff/imports/" + importId;
    }

    /** The report, or null after putting the file's problem into the model. */
    private ImportReport run(byte[] file, Mode mode, Model model) {
        var fields = new InvalidField.Fields();
        var assessor = ActingHeaders.actor(fields, null, null);
        fields.throwIfAny();
        try {
            return importer.run(file, mode, assessor, AssessmentImportController.MAX_ROWS);
        } catch (MalformedImportFile e) {
            model.addAttribute("fileProblem", e.getMessage());
            model.addAttribute("fileProblemLine", e.line());
            model.addAttribute("fileProblemColumn", e.column());
            return null;
        } catch (TooManyRows e) {
            model.addAttribute("fileProblem", e.getMessage());
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Upload> uploads(HttpSession session) {
        synchronized (session) {
            var uploads = (Map<String, Upload>) session.getAttribute(UPLOADS);
            if (uploads == null) {
                uploads = new LinkedHashMap<>(8, 0.75f, false) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, Upload> eldest) {
                        return size() > KEPT;
                    }
                };
                session.setAttribute(UPLOADS, uploads);
            }
            return uploads;
        }
    }

    /** An upload this session does not hold (another session's, or forgotten): a "not found" page. */
    static final class UploadNotFound extends ResourceNotFound {
        UploadNotFound(String importId) {
            super("no upload " + importId + " in this session; upload the file again");
        }
    }
}
