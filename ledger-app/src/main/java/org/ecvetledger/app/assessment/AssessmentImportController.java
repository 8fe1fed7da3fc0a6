package org.ecvetledger.app.assessment;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.app.assessment.AssessmentImportFile.MalformedImportFile;
import org.ecvetledger.app.assessment.AssessmentImportFile.TooManyRows;
import org.ecvetledger.app.assessment.AssessmentImporter.ImportReport;
import org.ecvetledger.app.assessment.AssessmentImporter.Mode;
import org.ecvetledger.app.ledger.ActingHeaders;
import org.ecvetledger.app.web.InvalidField;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk import of assessment results (issue 11 item 5, ADR 0019): {@code POST /api/assessment-imports}
 * with a CSV body ({@code Content-Type: text/csv}). {@code mode=dry-run} (the default) records nothing
 * and says row by row what is new, unchanged or conflicting; {@code mode=apply} records every new row
 * only if no row conflicts (422 otherwise, nothing recorded); {@code mode=apply-valid} records the new
 * rows and leaves the conflicting ones. The acting institution is the signed-in staff account's
 * (holding ASSESS), never the file's. {@code Accept: text/csv} answers the per-row error file instead
 * of the JSON report.
 */
@RestController
@RequestMapping(path = "/api/assessment-imports")
class AssessmentImportController {

    /** Rows one import takes; the 1 MiB request limit allows about this many rows of usual length. */
    static final int MAX_ROWS = 5000;

    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

    private final AssessmentImporter importer;

    AssessmentImportController(CommandGateway commands, QueryGateway queries) {
        this.importer = new AssessmentImporter(commands, queries);
    }

    @PostMapping(consumes = "text/csv", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> report(@RequestParam(defaultValue = "dry-run") String mode, @RequestBody byte[] file) {
        var report = run(mode, file);
        return switch (report.outcome()) {
            case "refused" ->
                problem(
                        HttpStatus.UNPROCESSABLE_ENTITY,
                        "import-has-conflicts",
                        "The file has conflicting rows",
                        report.counts().get("conflicting")
                                + " row(s) conflict with the ledger or break a rule; nothing was recorded. Correct them,"
                                + " or apply only the valid rows with mode=apply-valid.",
                        report);
            case "interrupted" ->
                problem(
                        HttpStatus.CONFLICT,
                        "import-interrupted",
                        "The ledger refused a row while applying",
                        "the ledger changed since the rows were checked and refused a row; the " + report.applied()
                                + " row(s) recorded before it stay recorded, and uploading the file again records the rest"
                                + " once the row is corrected",
                        report);
            default ->
                ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
        };
    }

    /** The same import, answered as the per-row error file (every conflicting row; the header alone when none). */
    @PostMapping(consumes = "text/csv", produces = "text/csv")
    ResponseEntity<byte[]> errorFile(@RequestParam(defaultValue = "dry-run") String mode, @RequestBody byte[] file) {
        var report = run(mode, file);
        var status = switch (report.outcome()) {
            case "refused" -> HttpStatus.UNPROCESSABLE_ENTITY;
            case "interrupted" -> HttpStatus.CONFLICT;
            default -> HttpStatus.OK;
        };
        return ResponseEntity.status(status)
                .contentType(new MediaType(TEXT_CSV, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"assessment-import-errors.csv\"")
                .body(AssessmentImporter.errorsCsv(report).getBytes(StandardCharsets.UTF_8));
    }

    private ImportReport run(String modeText, byte[] file) {
        var mode = Mode.of(modeText);
        if (mode == null) {
            throw new InvalidField("mode", "one-of", "must be one of dry-run, apply, apply-valid");
        }
        var fields = new InvalidField.Fields();
        var assessor = ActingHeaders.actor(fields, null, null);
        fields.throwIfAny();
        return importer.run(file, mode, assessor, MAX_ROWS);
    }

    private static ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String type, String title, String detail, ImportReport report) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:ecvet-ledger:problem:" + type));
        problem.setTitle(title);
        problem.setProperty("mode", report.mode());
        problem.setProperty("outcome", report.outcome());
        problem.setProperty("rows", report.rows());
        problem.setProperty("counts", report.counts());
        problem.setProperty("applied", report.applied());
        problem.setProperty("results", report.results());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(MalformedImportFile.class)
    ResponseEntity<ProblemDetail> malformed(MalformedImportFile e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create("urn:ecvet-ledger:problem:malformed-import-file"));
        problem.setTitle("The file is not an import file");
        problem.setProperty("line", e.line());
        problem.setProperty("column", e.column());
        problem.setProperty("rule", e.rule());
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(TooManyRows.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRows e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setType(URI.create("urn:ecvet-ledger:problem:too-many-rows"));
        problem.setTitle("Too many rows");
        problem.setProperty("maxRows", e.maxRows());
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
