package org.ecvetledger.app.sharing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.ecvetledger.app.access.Caller;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.domain.shared.QualificationId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Share links (issue 10 "the learner shares them", ADR 0020): the learner creates, lists and revokes
 * links to their transcript; whoever holds one opens it at {@code GET /api/shared/{token}} without an
 * account. Who may do what is decided by the access rules.
 */
@RestController
class ShareLinkController {

    /** A link opens for 30 days unless the learner chooses; never for more than a year. */
    static final Duration DEFAULT_VALIDITY = Duration.ofDays(30);

    /** The resource the read audit names for an opening: never the token itself. */
    static final String SHARED_RESOURCE = "GET /api/shared/{token}";

    private final ShareLinks links;

    ShareLinkController(ShareLinks links) {
        this.links = links;
    }

    /**
     * Body of {@code POST /api/learners/{learnerId}/share-links}: {@code expiresOn} is the last day the
     * link opens (UTC; default 30 days from now, at most one year ahead); {@code qualification} adds
     * the learner's progress in it.
     */
    record NewShareLink(@NotBlank @Size(max = 100) String label, String expiresOn, String qualification) {}

    /** The link with its token, shown this once, and the paths that open it. */
    record CreatedShareLink(ShareLinks.ShareLink link, String token, String api, String page) {}

    @PostMapping(
            path = "/api/learners/{learnerId}/share-links",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedShareLink> create(@PathVariable UUID learnerId, @Valid @RequestBody NewShareLink request) {
        var fields = new InvalidField.Fields();
        var expiresAt = expiry(fields, request.expiresOn(), Instant.now());
        QualificationId qualification = request.qualification() == null
                        || request.qualification().isBlank()
                ? null
                : fields.check(
                        "qualification",
                        () -> new QualificationId(request.qualification().strip()));
        fields.throwIfAny();
        var createdBy = Caller.current().map(a -> a.name()).orElse("unknown");
        var issued = links.create(learnerId, request.label().strip(), qualification, expiresAt, createdBy);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new CreatedShareLink(
                        issued.link(), issued.token(), "/api/shared/" + issued.token(), "/share/" + issued.token()));
    }

    @GetMapping(path = "/api/learners/{learnerId}/share-links", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ShareLinks.ShareLink> list(@PathVariable UUID learnerId) {
        return links.of(learnerId);
    }

    @DeleteMapping(path = "/api/learners/{learnerId}/share-links/{linkId}")
    ResponseEntity<Void> revoke(@PathVariable UUID learnerId, @PathVariable UUID linkId) {
        if (!links.revoke(learnerId, linkId)) {
            throw new ShareLinkNotFound("learner " + learnerId + " has no share link " + linkId);
        }
        return ResponseEntity.noContent().build();
    }

    /** The shared transcript, for whoever holds the link; every opening is in the learner's read audit. */
    @GetMapping(path = "/api/shared/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
    ShareLinks.SharedRecord open(@PathVariable String token) {
        return links.open(token, SHARED_RESOURCE).orElseThrow(ShareLinkNotFound::forToken);
    }

    /**
     * The instant a link stops opening: the end (UTC) of {@code expiresOn}, which must be from today
     * to a year ahead; without it, {@link #DEFAULT_VALIDITY} from {@code now}.
     */
    static Instant expiry(InvalidField.Fields fields, String expiresOn, Instant now) {
        if (expiresOn == null || expiresOn.isBlank()) {
            return now.plus(DEFAULT_VALIDITY);
        }
        LocalDate day;
        try {
            day = LocalDate.parse(expiresOn.strip());
        } catch (DateTimeParseException e) {
            fields.reject("expiresOn", "iso-date", "must be a date in ISO 8601 form, e.g. 2027-01-31");
            return null;
        }
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (day.isBefore(today)) {
            fields.reject("expiresOn", "not-in-the-past", "must be today or later");
            return null;
        }
        if (day.isAfter(today.plusYears(1))) {
            fields.reject("expiresOn", "within-a-year", "must be at most one year ahead (" + today.plusYears(1) + ")");
            return null;
        }
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
