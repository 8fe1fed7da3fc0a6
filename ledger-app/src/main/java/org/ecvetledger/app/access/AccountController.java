package org.ecvetledger.app.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.app.web.OneOf;
import org.ecvetledger.domain.shared.InstitutionId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform administrator's account API (ADR 0014): create and deactivate accounts, set passwords,
 * issue, list and revoke API tokens; and every account's change of its own password. An
 * account is access configuration, kept in PostgreSQL beside the ledger, not an event in it.
 */
@RestController
@RequestMapping(path = "/api/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
class AccountController {

    static final String NAME = "[A-Za-z0-9][A-Za-z0-9._@:+-]{0,99}";

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Body of {@code POST /api/accounts}. */
    record NewAccount(
            @NotBlank @Pattern(regexp = NAME, message = "must be 1-100 letters, digits or . _ @ : + - ")
            String name,

            @NotBlank @Size(max = 200) String displayName,
            @Size(min = 12, max = 200) String password,
            @NotNull @OneOf(Role.class) String role,
            String institution,
            List<@NotNull @OneOf(StaffFunction.class) String> functions,
            UUID learner,
            List<@NotNull @Pattern(regexp = "[A-Z]{2}|\\*", message = "must be a two-letter country code or *") String>
                    jurisdictions) {}

    /** An account as the API shows it: never a password or token. */
    record AccountView(
            String name,
            String displayName,
            Role role,
            String institution,
            List<StaffFunction> functions,
            UUID learner,
            List<String> jurisdictions,
            Instant deactivatedAt) {

        static AccountView of(Account account) {
            return of(account, null);
        }

        static AccountView of(Accounts.Stored stored) {
            return of(stored.account(), stored.deactivatedAt());
        }

        static AccountView of(Account account, Instant deactivatedAt) {
            return new AccountView(
                    account.name(),
                    account.displayName(),
                    account.role(),
                    account.institution(),
                    account.functions().stream().sorted().toList(),
                    account.learner(),
                    account.role() != Role.AUDITOR
                            ? null
                            : account.jurisdictions() == null
                                    ? List.of("*")
                                    : account.jurisdictions().stream().sorted().toList(),
                    deactivatedAt);
        }
    }

    /** Body of {@code PUT /api/accounts/{name}/password}: the administrator sets a new password. */
    record NewPassword(@NotBlank @Size(min = 12, max = 200) String password) {}

    /** Body of {@code PUT /api/accounts/me/password}: the account proves the old one. */
    record PasswordChange(
            @NotBlank String oldPassword,
            @NotBlank @Size(min = 12, max = 200) String newPassword) {}

    /** Body of {@code POST /api/accounts/{name}/tokens}. */
    record NewToken(@NotBlank @Size(max = 200) String label) {}

    /** The token, shown this once, with the id that revokes it. */
    record IssuedToken(String account, String label, String token, UUID tokenId) {}

    @PostMapping
    ResponseEntity<AccountView> create(@Valid @RequestBody NewAccount request) {
        var account = account(request);
        if (!accounts.create(account, request.password())) {
            var problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "an account " + account.name() + " exists");
            problem.setType(URI.create("urn:ecvet-ledger:problem:already-exists"));
            throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
        }
        return ResponseEntity.created(URI.create("/api/accounts/" + account.name()))
                .body(AccountView.of(account));
    }

    @GetMapping
    List<AccountView> all() {
        return accounts.all().stream().map(AccountView::of).toList();
    }

    /**
     * Deactivates an account: it signs in no way any more, and the events stamped with its name stay
     * as they are. The administrator cannot deactivate itself, so the ledger keeps someone who can
     * manage it.
     */
    @PostMapping("/{name}/deactivation")
    AccountView deactivate(@PathVariable String name) {
        if (Caller.current().map(Account::name).filter(name::equals).isPresent()) {
            var problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONFLICT, "an administrator cannot deactivate its own account");
            problem.setType(URI.create("urn:ecvet-ledger:problem:own-account"));
            throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
        }
        if (!accounts.deactivate(name)) {
            throw notFound(name);
        }
        return one(name);
    }

    /**
     * Reactivates a deactivated account, the mirror of {@link #deactivate}: it signs in again with its
     * password, its unrevoked API tokens and OpenID Connect. Reactivating an active account changes
     * nothing. An account deactivated for a leaked credential gets a new password and its tokens
     * revoked first.
     */
    @PostMapping("/{name}/reactivation")
    AccountView reactivate(@PathVariable String name) {
        if (!accounts.reactivate(name)) {
            throw notFound(name);
        }
        return one(name);
    }

    @PutMapping("/{name}/password")
    ResponseEntity<Void> setPassword(@PathVariable String name, @Valid @RequestBody NewPassword request) {
        if (!accounts.exists(name)) {
            throw notFound(name);
        }
        accounts.setPassword(name, request.password());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/me/password")
    ResponseEntity<Void> changeOwnPassword(@Valid @RequestBody PasswordChange request) {
        var me = Caller.current().orElseThrow(() -> notFound("me"));
        if (!accounts.passwordMatches(me.name(), request.oldPassword())) {
            throw new InvalidField("oldPassword", "is-the-current-password", "is not the account's current password");
        }
        accounts.setPassword(me.name(), request.newPassword());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{name}/tokens")
    List<Accounts.Token> tokens(@PathVariable String name) {
        if (!accounts.exists(name)) {
            throw notFound(name);
        }
        return accounts.tokens(name);
    }

    @DeleteMapping("/{name}/tokens/{tokenId}")
    ResponseEntity<Void> revokeToken(@PathVariable String name, @PathVariable UUID tokenId) {
        if (!accounts.revokeToken(name, tokenId)) {
            throw notFound(name + " token " + tokenId);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    AccountView me() {
        return Caller.current().map(AccountView::of).orElseThrow(() -> notFound("me"));
    }

    @GetMapping("/{name}")
    AccountView one(@PathVariable String name) {
        return accounts.find(name).map(AccountView::of).orElseThrow(() -> notFound(name));
    }

    @PostMapping("/{name}/tokens")
    ResponseEntity<IssuedToken> issueToken(@PathVariable String name, @Valid @RequestBody NewToken request) {
        if (!accounts.exists(name)) {
            throw notFound(name);
        }
        var token = accounts.issueToken(name, request.label());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new IssuedToken(name, request.label(), token.secret(), token.tokenId()));
    }

    private static Account account(NewAccount request) {
        var fields = new InvalidField.Fields();
        var role = Role.valueOf(request.role());
        String institution = null;
        Set<StaffFunction> functions = Set.of();
        UUID learner = null;
        Set<String> jurisdictions = null;
        if (role == Role.STAFF) {
            if (request.institution() == null || request.institution().isBlank()) {
                fields.reject("institution", "required", "names the institution a staff account acts for");
            } else {
                var id = fields.check(
                        "institution",
                        () -> new InstitutionId(request.institution().strip()));
                institution = id == null ? null : id.value();
            }
            functions = new HashSet<>();
            for (var function : request.functions() == null ? List.<String>of() : request.functions()) {
                functions.add(StaffFunction.valueOf(function));
            }
        } else if (request.institution() != null
                || (request.functions() != null && !request.functions().isEmpty())) {
            fields.reject("institution", "staff-only", "only a STAFF account has an institution and functions");
        }
        if (role == Role.LEARNER) {
            if (request.learner() == null) {
                fields.reject("learner", "required", "names the learner a learner account reads");
            }
            learner = request.learner();
        } else if (request.learner() != null) {
            fields.reject("learner", "learner-only", "only a LEARNER account is bound to a learner");
        }
        if (role == Role.AUDITOR) {
            if (request.jurisdictions() == null || request.jurisdictions().isEmpty()) {
                fields.reject(
                        "jurisdictions", "required", "lists the country codes an auditor reads, or [\"*\"] for all");
            } else if (!request.jurisdictions().contains("*")) {
                jurisdictions = Set.copyOf(request.jurisdictions());
            }
        } else if (request.jurisdictions() != null) {
            fields.reject("jurisdictions", "auditor-only", "only an AUDITOR account has jurisdictions");
        }
        fields.throwIfAny();
        return new Account(
                request.name(), request.displayName().strip(), role, institution, functions, learner, jurisdictions);
    }

    private static ErrorResponseException notFound(String name) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no account " + name);
        problem.setType(URI.create("urn:ecvet-ledger:problem:not-found"));
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
