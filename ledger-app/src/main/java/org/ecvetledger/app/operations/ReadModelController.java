package org.ecvetledger.app.operations;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operating the read models: where each stands against the event store, and a rebuild on demand.
 * Not a ledger endpoint: it drives event processors, not commands or queries, so it is given
 * {@link ReadModelOperations} instead of the gateways (ADR 0011).
 *
 * <p>TODO(#10): open to any caller for now; issue 10 restricts {@code /api/operations/**} to
 * administrators. A rebuild empties a read model until its replay has caught up.
 */
@RestController
@RequestMapping(path = "/api/operations/read-models", produces = MediaType.APPLICATION_JSON_VALUE)
class ReadModelController {

    private final ReadModelOperations operations;

    ReadModelController(ReadModelOperations operations) {
        this.operations = operations;
    }

    @GetMapping
    List<ReadModelStatus> list() {
        return operations.statuses();
    }

    @GetMapping("/{group}")
    ReadModelStatus one(@PathVariable String group) {
        return operations.status(group);
    }

    /** 202: the rebuild runs in the background; follow it at the Location given. */
    @PostMapping("/{group}/rebuild")
    ResponseEntity<ReadModelStatus> rebuild(@PathVariable String group) {
        var status = operations.rebuild(group);
        return ResponseEntity.accepted()
                .location(URI.create("/api/operations/read-models/" + status.group()))
                .body(status);
    }

    @ExceptionHandler(ReadModelNotRebuildable.class)
    ResponseEntity<ProblemDetail> notRebuildable(ReadModelNotRebuildable ex) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setType(URI.create("urn:ecvet-ledger:problem:read-model-not-rebuildable"));
        problem.setTitle("This read model cannot be rebuilt");
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
