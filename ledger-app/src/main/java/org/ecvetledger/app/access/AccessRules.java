package org.ecvetledger.app.access;

import static org.ecvetledger.app.access.StaffFunction.ASSESS;
import static org.ecvetledger.app.access.StaffFunction.AWARD;
import static org.ecvetledger.app.access.StaffFunction.DESIGN;
import static org.ecvetledger.app.access.StaffFunction.MANAGE_AGREEMENTS;
import static org.ecvetledger.app.access.StaffFunction.RECOGNISE;
import static org.ecvetledger.app.access.StaffFunction.VALIDATE;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ecvetledger.app.web.HeaderText;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call what, decided in this one place (issue 10, ADR 0014): a table of rules by HTTP method
 * and path pattern, each naming who is allowed and checking the object the path names (the learner,
 * the institution, the MoU, the learning agreement). A request that no rule matches is refused:
 * an endpoint without a rule cannot be reached. A refusal names its rule in the problem document.
 */
@Component
public class AccessRules implements AuthorizationManager<RequestAuthorizationContext> {

    /** Request attribute holding the {@link Refusal} of a refused request, for the problem document. */
    static final String REFUSAL = AccessRules.class.getName() + ".refusal";

    /** The refusal of a method a known resource does not have; its {@code header} holds the methods it has. */
    static final String METHOD_NOT_ALLOWED = "method-not-allowed";

    /** Request attribute holding the home and host of the learning agreement the path names. */
    static final String AGREEMENT_PARTIES = AccessRules.class.getName() + ".agreementParties";

    static final String ACTING_INSTITUTION = "X-Acting-Institution";
    static final String ACTING_PERSON = "X-Acting-Person";

    /** Why a request was refused: the rule's name, a sentence, and the header at fault if any. */
    record Refusal(String rule, String detail, String header) {}

    /** The parts of a request a rule looks at. */
    record Call(Account caller, Map<String, String> path, HttpServletRequest request) {
        String var(String name) {
            return path.get(name);
        }
    }

    /** Decides one call: null to allow, otherwise the sentence that explains the refusal. */
    @FunctionalInterface
    interface Check {
        String refuse(Call call);
    }

    /** One line of the table; {@code who} is the sentence the API guide and the problem show. */
    record Rule(HttpMethod method, PathPattern pattern, String name, String who, Check check) {}

    private static final String SIGN_IN = "sign in first";

    /** The rules whose reads are personal data of the learner the path names, logged in the read audit. */
    private static final String LEARNER_READ = "learner-record-read";

    /** Listing a learner's share links reads what the learner shared, and with whom: logged too (ADR 0020). */
    private static final String SHARE_LINKS_READ = "share-links-read";

    /** A learning agreement names its learner: its reads are logged in the learner's read audit too. */
    private static final String AGREEMENT_READ = "learning-agreement-read";

    /** Evidence is personal data of the learners whose assessments cite it: its reads are in their read audit. */
    private static final String EVIDENCE_READ = "evidence-read";

    private final AccessLookups lookups;
    private final ReadAudit readAudit;
    private final List<Rule> rules;

    AccessRules(AccessLookups lookups, ReadAudit readAudit) {
        this.lookups = lookups;
        this.readAudit = readAudit;
        this.rules = table();
    }

    /** The rule table, in the order it is searched; the first match decides. */
    List<Rule> rules() {
        return rules;
    }

    private List<Rule> table() {
        var t = new ArrayList<Rule>();
        // --- public: what verifiers and monitors reach without an account
        t.add(rule(GET, "/actuator/health", "public-health", "anyone", anyone()));
        t.add(rule(GET, "/actuator/health/**", "public-health", "anyone", anyone()));
        t.add(rule(GET, "/.well-known/jwks.json", "public-issuer-keys", "anyone", anyone()));
        t.add(rule(GET, "/api/status-lists/{issuer}", "public-status-list", "anyone", anyone()));
        t.add(rule(POST, "/api/credentials/verify", "public-credential-verification", "anyone", anyone()));
        t.add(rule(GET, "/api/credentials/{credentialId}/status", "public-credential-status", "anyone", anyone()));
        t.add(rule(GET, "/v3/api-docs", "public-api-description", "anyone", anyone()));
        t.add(rule(GET, "/v3/api-docs/**", "public-api-description", "anyone", anyone()));
        t.add(rule(GET, "/swagger-ui.html", "public-api-page", "anyone", anyone()));
        t.add(rule(GET, "/swagger-ui/**", "public-api-page", "anyone", anyone()));
        // whoever holds a learner's share link reads what it shares, until it expires or is revoked (ADR 0020)
        t.add(rule(GET, "/api/shared/{token}", "public-share-link", "anyone holding an open share link", anyone()));

        // --- accounts (ADR 0014)
        t.add(rule(GET, "/api/accounts/me", "own-account", "any signed-in account", signedIn()));
        t.add(rule(GET, "/api/accounts", "manage-accounts", "the platform administrator", admin()));
        t.add(rule(POST, "/api/accounts", "manage-accounts", "the platform administrator", admin()));
        t.add(rule(GET, "/api/accounts/{name}", "manage-accounts", "the platform administrator", admin()));
        t.add(rule(POST, "/api/accounts/{name}/tokens", "manage-accounts", "the platform administrator", admin()));
        // before /{name}/password, which would match it too: the first rule decides
        t.add(rule(PUT, "/api/accounts/me/password", "own-password", "any signed-in account", signedIn()));
        t.add(rule(GET, "/api/accounts/{name}/tokens", "manage-accounts", "the platform administrator", admin()));
        t.add(rule(
                DELETE,
                "/api/accounts/{name}/tokens/{tokenId}",
                "manage-accounts",
                "the platform administrator",
                admin()));
        t.add(rule(PUT, "/api/accounts/{name}/password", "manage-accounts", "the platform administrator", admin()));
        t.add(rule(
                POST, "/api/accounts/{name}/deactivation", "manage-accounts", "the platform administrator", admin()));
        t.add(rule(
                POST, "/api/accounts/{name}/reactivation", "manage-accounts", "the platform administrator", admin()));

        // --- operations
        t.add(rule(
                GET,
                "/actuator/**",
                "operations-read",
                "the platform administrator or an auditor",
                or(admin(), auditor())));
        t.add(rule(
                GET,
                "/api/operations/read-models",
                "operations-read",
                "the platform administrator or an auditor",
                or(admin(), auditor())));
        t.add(rule(
                GET,
                "/api/operations/read-models/{group}",
                "operations-read",
                "the platform administrator or an auditor",
                or(admin(), auditor())));
        t.add(rule(
                POST,
                "/api/operations/read-models/{group}/rebuild",
                "operations-rebuild",
                "the platform administrator",
                admin()));

        // --- institutions: registered and granted functions by the platform administrator
        t.add(rule(POST, "/api/institutions", "manage-institutions", "the platform administrator", admin()));
        t.add(rule(
                POST,
                "/api/institutions/{institutionId}/functions",
                "manage-institutions",
                "the platform administrator",
                admin()));
        t.add(rule(
                POST,
                "/api/institutions/{institutionId}/functions/withdrawals",
                "manage-institutions",
                "the platform administrator",
                admin()));
        t.add(rule(GET, "/api/institutions", "catalogue-read", "any signed-in account", signedIn()));
        t.add(rule(GET, "/api/institutions/{institutionId}", "catalogue-read", "any signed-in account", signedIn()));
        t.add(rule(
                GET,
                "/api/institutions/{institutionId}/audit-trail",
                "institution-trail-read",
                "staff of that institution, or an auditor whose scope holds its country",
                institutionReader("institutionId")));

        // --- catalogue: read by every account, designed by staff holding DESIGN
        for (var path : List.of(
                "/api/units",
                "/api/units/{code}/versions/{version}",
                "/api/qualifications",
                "/api/qualifications/{id}/versions",
                "/api/qualifications/{id}/versions/{version}",
                "/api/equivalences",
                "/api/equivalences/{equivalenceId}")) {
            t.add(rule(GET, path, "catalogue-read", "any signed-in account", signedIn()));
        }
        var design = staffWith(DESIGN);
        var designers = "staff holding DESIGN";
        t.add(rule(POST, "/api/units", "catalogue-design", designers, design));
        t.add(rule(PUT, "/api/units/{code}/versions/{version}", "catalogue-design", designers, design));
        t.add(rule(POST, "/api/units/{code}/versions/{version}/publish", "catalogue-design", designers, design));
        t.add(rule(POST, "/api/qualifications", "catalogue-design", designers, design));
        t.add(rule(PUT, "/api/qualifications/{id}/versions/{version}/profile", "catalogue-design", designers, design));
        t.add(rule(POST, "/api/qualifications/{id}/versions/{version}/units", "catalogue-design", designers, design));
        t.add(rule(
                DELETE,
                "/api/qualifications/{id}/versions/{version}/units/{code}/{unitVersion}",
                "catalogue-design",
                designers,
                design));
        t.add(rule(
                PUT, "/api/qualifications/{id}/versions/{version}/award-rules", "catalogue-design", designers, design));
        t.add(rule(POST, "/api/qualifications/{id}/versions/{version}/publish", "catalogue-design", designers, design));
        t.add(rule(POST, "/api/equivalences", "catalogue-design", designers, design));
        t.add(rule(POST, "/api/equivalences/{equivalenceId}/revisions", "catalogue-design", designers, design));
        t.add(rule(POST, "/api/equivalences/{equivalenceId}/withdrawal", "catalogue-design", designers, design));

        // --- learners: registered and enrolled by staff; their records read by themselves, related staff, auditors
        var registrar = "staff of any institution (it becomes related to the learner)";
        t.add(rule(POST, "/api/learners", "learner-registration", registrar, anyStaff()));
        t.add(rule(POST, "/api/learners/{learnerId}/enrolments", "learner-enrolment", registrar, anyStaff()));
        t.add(rule(
                POST, "/api/learners/{learnerId}/erasure", "learner-erasure", "staff of any institution", anyStaff()));
        var reader =
                "the learner, staff of a related institution, or an auditor whose scope holds a related institution's country";
        for (var path : List.of(
                "/api/learners/{learnerId}",
                "/api/learners/{learnerId}/enrolments",
                "/api/learners/{learnerId}/transcript",
                "/api/learners/{learnerId}/audit-trail",
                "/api/learners/{learnerId}/progress/{qualificationId}",
                "/api/learners/{learnerId}/credentials/preview")) {
            t.add(rule(GET, path, "learner-record-read", reader, learnerReader()));
        }
        t.add(rule(
                POST,
                "/api/learners/{learnerId}/progress/{qualificationId}",
                "learner-record-read",
                reader,
                learnerReader()));
        // an award's trail is its learner's record: read by whoever may read that learner's records
        t.add(rule(GET, "/api/awards/{awardId}/audit-trail", LEARNER_READ, reader, awardReader()));
        // a transfer request is its learner's record (ADR 0022): read like the transcript, logged likewise
        t.add(rule(GET, "/api/learners/{learnerId}/transfer-requests", LEARNER_READ, reader, learnerReader()));
        t.add(rule(GET, "/api/transfer-requests/{transferRequestId}", LEARNER_READ, reader, transferRequestReader()));
        t.add(rule(
                GET,
                "/api/learners/{learnerId}/reads",
                "read-audit",
                "the learner, or an auditor whose scope holds a related institution's country",
                readAuditReader()));

        // --- evidence documents (ADR 0021): uploaded by staff; read by the uploading institution, and by
        // whoever may read the records of a learner whose assessment cites the document with its hash
        t.add(rule(POST, "/api/evidence", "evidence-upload", "staff of any institution", anyStaff()));
        t.add(rule(
                GET,
                "/api/evidence/{evidenceId}",
                EVIDENCE_READ,
                "staff of the uploading institution, or the learner, staff of a related institution or an auditor"
                        + " whose scope holds its country, for a learner whose assessment cites the document",
                evidenceReader()));
        // --- work queues (issue 11, ADR 0021): what awaits an institution's validation and recognition
        t.add(rule(
                GET,
                "/api/institutions/{institutionId}/queue",
                "institution-queue-read",
                "staff of that institution, or an auditor whose scope holds its country",
                institutionReader("institutionId")));

        // transfer requests awaiting the institution's validation or recognition (ADR 0022), as its queue
        t.add(rule(
                GET,
                "/api/institutions/{institutionId}/transfer-requests",
                "institution-queue-read",
                "staff of that institution, or an auditor whose scope holds its country",
                institutionReader("institutionId")));

        // --- share links (ADR 0020): made and revoked by the learner alone, listed by the learner and auditors
        t.add(rule(
                POST, "/api/learners/{learnerId}/share-links", "share-link-own", "the learner themself", theLearner()));
        t.add(rule(
                GET,
                "/api/learners/{learnerId}/share-links",
                SHARE_LINKS_READ,
                "the learner, or an auditor whose scope holds a related institution's country",
                readAuditReader()));
        t.add(rule(
                DELETE,
                "/api/learners/{learnerId}/share-links/{linkId}",
                "share-link-own",
                "the learner themself",
                theLearner()));

        // --- the learner ledger's decisions: staff holding the function the decision needs
        decision(t, "assessments", ASSESS);
        decision(t, "final-examinations", ASSESS);
        decision(t, "validations", VALIDATE);
        decision(t, "validation-rejections", VALIDATE);
        decision(t, "validation-withdrawals", VALIDATE);
        decision(t, "recognitions", RECOGNISE);
        decision(t, "partial-recognitions", RECOGNISE);
        decision(t, "credit-transfers", RECOGNISE);
        decision(t, "transfer-requests", RECOGNISE);
        // the receiving standard's competent institution validates a requested transfer (ADR 0016);
        // the domain checks it holds validate and recognise for that standard
        t.add(rule(
                POST,
                "/api/transfer-requests/{transferRequestId}/validation",
                "decision-validate",
                "staff holding VALIDATE",
                staffWith(VALIDATE)));
        // a body holding recognise for the receiving standard recognises a transfer another body
        // validated (ADR 0022); the domain checks the function for that standard
        t.add(rule(
                POST,
                "/api/transfer-requests/{transferRequestId}/recognition",
                "decision-recognise",
                "staff holding RECOGNISE",
                staffWith(RECOGNISE)));
        decision(t, "pathway-migrations", RECOGNISE);
        decision(t, "review-confirmations", RECOGNISE);
        decision(t, "recognition-revocations", RECOGNISE);
        decision(t, "award-evaluations", AWARD);
        decision(t, "awards", AWARD);
        decision(t, "award-revocations", AWARD);
        // ADR 0024: the competent body that awards also shortens the training on prior credit
        decision(t, "training-duration-reductions", AWARD);
        decision(t, "credentials", AWARD);
        t.add(rule(
                POST,
                "/api/assessments/{assessmentId}/corrections",
                "decision-assess",
                "staff holding ASSESS",
                staffWith(ASSESS)));
        t.add(rule(
                POST,
                "/api/assessments/{assessmentId}/invalidation",
                "decision-assess",
                "staff holding ASSESS",
                staffWith(ASSESS)));
        // a bulk import records assessments as the caller's institution (ADR 0019): the same function
        t.add(rule(POST, "/api/assessment-imports", "decision-assess", "staff holding ASSESS", staffWith(ASSESS)));
        t.add(rule(POST, "/api/rpl-cases", "decision-validate", "staff holding VALIDATE", staffWith(VALIDATE)));
        t.add(rule(POST, "/api/rpl-cases/{caseId}/evidence", "rpl-evidence", "staff of any institution", anyStaff()));
        t.add(rule(
                POST,
                "/api/rpl-cases/{caseId}/gap-analysis",
                "decision-validate",
                "staff holding VALIDATE",
                staffWith(VALIDATE)));
        t.add(rule(
                POST,
                "/api/rpl-cases/{caseId}/training-plan",
                "decision-validate",
                "staff holding VALIDATE",
                staffWith(VALIDATE)));
        t.add(rule(POST, "/api/appeals", "appeal-lodging", "staff of any institution", anyStaff()));
        t.add(rule(
                POST,
                "/api/appeals/{appealId}/upholding",
                "decision-appeal",
                "staff holding RECOGNISE or AWARD",
                staffWith(RECOGNISE, AWARD)));
        t.add(rule(
                POST,
                "/api/appeals/{appealId}/rejection",
                "decision-appeal",
                "staff holding RECOGNISE or AWARD",
                staffWith(RECOGNISE, AWARD)));
        t.add(rule(
                GET,
                "/api/credentials/{credentialId}",
                "credential-read",
                "staff holding AWARD, or an auditor",
                or(staffWith(AWARD), auditor())));
        t.add(rule(
                POST,
                "/api/credentials/{credentialId}/revocation",
                "decision-award",
                "staff holding AWARD",
                staffWith(AWARD)));

        // --- mobility: MoUs and learning agreements, by staff of their parties holding MANAGE_AGREEMENTS
        var agreements = "staff holding MANAGE_AGREEMENTS";
        var mouParty = "staff holding MANAGE_AGREEMENTS of a party to the MoU";
        var mouReader = "staff of a party to the MoU, or an auditor";
        t.add(rule(POST, "/api/mous", "agreement-drafting", agreements, staffWith(MANAGE_AGREEMENTS)));
        t.add(rule(
                GET,
                "/api/mous",
                "agreement-search",
                "an auditor, or staff searching with party=<their institution>",
                or(searchingOwn("party"), auditor())));
        t.add(rule(GET, "/api/mous/{memorandumId}", "mou-read", mouReader, or(mouParty(false), auditor())));
        t.add(rule(
                GET,
                "/api/mous/{memorandumId}/versions/{version}",
                "mou-read",
                mouReader,
                or(mouParty(false), auditor())));
        t.add(rule(GET, "/api/mous/{memorandumId}/document", "mou-read", mouReader, or(mouParty(false), auditor())));
        for (var action : List.of("signatures", "amendments", "reviews", "termination")) {
            t.add(rule(POST, "/api/mous/{memorandumId}/" + action, "mou-party", mouParty, mouParty(true)));
        }
        var laParty = "staff holding MANAGE_AGREEMENTS of the home or host institution";
        var laReader = "staff of the home or host institution, the learner, or an auditor";
        t.add(rule(POST, "/api/learning-agreements", "agreement-drafting", agreements, staffWith(MANAGE_AGREEMENTS)));
        t.add(rule(
                POST,
                "/api/learning-agreements/groups",
                "agreement-drafting",
                agreements,
                staffWith(MANAGE_AGREEMENTS)));
        t.add(rule(
                GET,
                "/api/learning-agreements",
                "agreement-search",
                "an auditor, staff searching with institution=<their institution>, or a learner with learner=<themself>",
                or(or(searchingOwn("institution"), auditor()), searchingOwnAgreements())));
        t.add(rule(
                GET, "/api/learning-agreements/{agreementId}", "learning-agreement-read", laReader, agreementReader()));
        t.add(rule(
                GET,
                "/api/learning-agreements/{agreementId}/versions/{version}",
                "learning-agreement-read",
                laReader,
                agreementReader()));
        t.add(rule(
                GET,
                "/api/learning-agreements/{agreementId}/document",
                "learning-agreement-read",
                laReader,
                agreementReader()));
        for (var action : List.of(
                "signatures",
                "change-proposals",
                "change-proposals/{proposal}/acceptances",
                "change-proposals/{proposal}/rejection",
                "cancellation",
                "completion",
                "documents")) {
            t.add(rule(
                    POST,
                    "/api/learning-agreements/{agreementId}/" + action,
                    "learning-agreement-party",
                    laParty,
                    agreementParty()));
        }

        // --- pages (issue 11, ADR 0018): the same checks as the API paths they show; a page that reads
        // a learner's record is logged in the read audit like the API read
        t.add(rule(GET, "/login", "public-page", "anyone", anyone()));
        t.add(rule(GET, "/refused", "public-page", "anyone", anyone()));
        t.add(rule(GET, "/assets/**", "public-page", "anyone", anyone()));
        t.add(rule(GET, "/favicon.ico", "public-page", "anyone", anyone()));
        t.add(rule(GET, "/", "home-page", "any signed-in account", signedIn()));
        for (var path : List.of(
                "/learners/{learnerId}/transcript",
                "/learners/{learnerId}/transcript.csv",
                "/learners/{learnerId}/credentials/{credentialId}.jsonld",
                "/learners/{learnerId}/trail",
                "/learners/{learnerId}/progress/{qualificationId}")) {
            t.add(rule(GET, path, LEARNER_READ, reader, learnerReader()));
        }
        t.add(rule(POST, "/learners/{learnerId}/progress/{qualificationId}", LEARNER_READ, reader, learnerReader()));
        t.add(rule(
                GET,
                "/learners/{learnerId}/reads",
                "read-audit",
                "the learner, or an auditor whose scope holds a related institution's country",
                readAuditReader()));
        t.add(rule(GET, "/awards/{awardId}/trail", LEARNER_READ, reader, awardReader()));
        t.add(rule(
                GET,
                "/institutions/{institutionId}/trail",
                "institution-trail-read",
                "staff of that institution, or an auditor whose scope holds its country",
                institutionReader("institutionId")));
        t.add(rule(GET, "/audit", "audit-search", "an auditor", auditor()));
        // printed transcript and trail exports (ADR 0020): the reads they print
        for (var path : List.of(
                "/learners/{learnerId}/transcript.pdf",
                "/learners/{learnerId}/trail.csv",
                "/learners/{learnerId}/trail.pdf")) {
            t.add(rule(GET, path, LEARNER_READ, reader, learnerReader()));
        }
        t.add(rule(GET, "/awards/{awardId}/trail.csv", LEARNER_READ, reader, awardReader()));
        t.add(rule(GET, "/awards/{awardId}/trail.pdf", LEARNER_READ, reader, awardReader()));
        // share links (ADR 0020): the learner's page, and what a link opens for anyone holding it
        t.add(rule(
                GET,
                "/learners/{learnerId}/share-links",
                SHARE_LINKS_READ,
                "the learner, or an auditor whose scope holds a related institution's country",
                readAuditReader()));
        t.add(rule(POST, "/learners/{learnerId}/share-links", "share-link-own", "the learner themself", theLearner()));
        t.add(rule(
                POST,
                "/learners/{learnerId}/share-links/{linkId}/revocation",
                "share-link-own",
                "the learner themself",
                theLearner()));
        t.add(rule(GET, "/share/{token}", "public-share-link", "anyone holding an open share link", anyone()));

        // --- institution staff's pages (issue 11 item 3, ADR 0021): each within the account's functions
        t.add(rule(GET, "/staff", "staff-page", "staff of any institution", anyStaff()));
        var assessor = "staff holding ASSESS who may read the learner's records (a related institution)";
        for (var method : List.of(GET, POST)) {
            t.add(rule(
                    method,
                    "/staff/learners/{learnerId}/assessments/new",
                    LEARNER_READ,
                    assessor,
                    and(staffWith(ASSESS), learnerReader())));
        }
        t.add(rule(GET, "/staff/queue", "staff-page", "staff of any institution (their own queue)", anyStaff()));
        t.add(rule(
                POST, "/staff/queue/validations", "decision-validate", "staff holding VALIDATE", staffWith(VALIDATE)));
        t.add(rule(
                POST,
                "/staff/queue/recognitions",
                "decision-recognise",
                "staff holding RECOGNISE",
                staffWith(RECOGNISE)));
        t.add(rule(GET, "/staff/award", "decision-award", "staff holding AWARD", staffWith(AWARD)));
        t.add(rule(
                GET,
                "/staff/learners/{learnerId}/award/{qualificationId}",
                "decision-award",
                "staff holding AWARD",
                staffWith(AWARD)));
        t.add(rule(
                POST,
                "/staff/learners/{learnerId}/award/{qualificationId}/evaluation",
                "decision-award",
                "staff holding AWARD",
                staffWith(AWARD)));
        t.add(rule(
                POST,
                "/staff/learners/{learnerId}/award/{qualificationId}",
                "decision-award",
                "staff holding AWARD",
                staffWith(AWARD)));
        t.add(rule(GET, "/staff/agreements", "staff-page", "staff of any institution (their own)", anyStaff()));
        t.add(rule(
                POST,
                "/staff/mous/{memorandumId}/signatures",
                "mou-party",
                "staff holding MANAGE_AGREEMENTS of a party to the MoU",
                mouParty(true)));
        t.add(rule(
                POST,
                "/staff/learning-agreements/{agreementId}/signatures",
                "learning-agreement-party",
                "staff holding MANAGE_AGREEMENTS of the home or host institution",
                agreementParty()));
        t.add(rule(
                GET,
                "/evidence/{evidenceId}",
                EVIDENCE_READ,
                "staff of the uploading institution, or a reader of a citing learner's records",
                evidenceReader()));

        // bulk import of assessment results (ADR 0019): the same function as the API's import
        var importers = "staff holding ASSESS";
        t.add(rule(GET, "/staff/imports", "decision-assess", importers, staffWith(ASSESS)));
        t.add(rule(POST, "/staff/imports", "decision-assess", importers, staffWith(ASSESS)));
        t.add(rule(GET, "/staff/imports/{importId}", "decision-assess", importers, staffWith(ASSESS)));
        t.add(rule(GET, "/staff/imports/{importId}/errors.csv", "decision-assess", importers, staffWith(ASSESS)));
        t.add(rule(POST, "/staff/imports/{importId}/apply", "decision-assess", importers, staffWith(ASSESS)));
        t.add(rule(POST, "/staff/imports/{importId}/apply-valid", "decision-assess", importers, staffWith(ASSESS)));
        return List.copyOf(t);
    }

    private void decision(List<Rule> t, String what, StaffFunction function) {
        t.add(rule(
                POST,
                "/api/learners/{learnerId}/" + what,
                "decision-" + function.name().toLowerCase(java.util.Locale.ROOT),
                "staff holding " + function,
                staffWith(function)));
    }

    private static Rule rule(HttpMethod method, String pattern, String name, String who, Check check) {
        return new Rule(method, PathPatternParser.defaultInstance.parse(pattern), name, who, check);
    }

    // --- the decision

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        var request = context.getRequest();
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            return new AuthorizationDecision(true); // an error page for a request already decided
        }
        var caller = authentication.get() != null && authentication.get().getPrincipal() instanceof AccountUser user
                ? user.account()
                : null;
        var refusal = decide(request, caller);
        if (refusal != null) {
            request.setAttribute(REFUSAL, refusal);
        }
        return new AuthorizationDecision(refusal == null);
    }

    /** Null when {@code caller} (null: anonymous) may make this request, otherwise why not. */
    Refusal decide(HttpServletRequest request, Account caller) {
        var path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        var method = HttpMethod.valueOf(request.getMethod());
        if (method == HttpMethod.HEAD) {
            method = GET;
        }
        for (var rule : rules) {
            if (!rule.method().equals(method)) {
                continue;
            }
            var match = rule.pattern().matchAndExtract(path);
            if (match == null) {
                continue;
            }
            var acting = actingHeaders(request, caller);
            if (acting != null) {
                return acting;
            }
            var why = rule.check().refuse(new Call(caller, match.getUriVariables(), request));
            if (why != null) {
                return new Refusal(rule.name(), why + " (allowed: " + rule.who() + ")", null);
            }
            if (rule.name().equals(LEARNER_READ) || rule.name().equals(SHARE_LINKS_READ)) {
                var learner = learnerOf(match.getUriVariables());
                if (learner != null) {
                    readAudit.record(learner, caller, method + " " + path.value());
                }
            } else if (rule.name().equals(EVIDENCE_READ)) {
                var evidence = uuid(match.getUriVariables().get("evidenceId"));
                var holders = evidence == null ? null : lookups.evidenceHolders(evidence);
                if (holders != null) {
                    for (var learner : holders.learners()) {
                        readAudit.record(learner, caller, method + " " + path.value());
                    }
                }
            } else if (rule.name().equals(AGREEMENT_READ)) {
                var agreement = uuid(match.getUriVariables().get("agreementId"));
                var parties = agreement == null ? null : lookups.agreementParties(agreement);
                if (parties != null) {
                    readAudit.record(parties.learner(), caller, method + " " + path.value());
                }
            }
            return null;
        }
        var allowed = new java.util.TreeSet<String>();
        for (var rule : rules) {
            if (rule.pattern().matches(path)) {
                allowed.add(rule.method().name());
            }
        }
        if (!allowed.isEmpty()) {
            // a known resource asked with another method: 405 naming the methods it has, not a 403
            return new Refusal(
                    METHOD_NOT_ALLOWED, method + " is not a method of " + path.value(), String.join(", ", allowed));
        }
        return new Refusal("default-deny", "no access rule allows " + method + " " + path.value(), null);
    }

    /**
     * The acting headers are optional; when sent they must name the caller's own institution and
     * display name (a mismatch is a forged actor, refused, never silently replaced).
     */
    private static Refusal actingHeaders(HttpServletRequest request, Account caller) {
        var institution = request.getHeader(ACTING_INSTITUTION);
        var person = request.getHeader(ACTING_PERSON);
        if (caller == null || (institution == null && person == null)) {
            return null;
        }
        if (institution != null
                && !(caller.role() == Role.STAFF && institution.strip().equals(caller.institution()))) {
            return new Refusal(
                    "acting-institution-is-the-caller",
                    ACTING_INSTITUTION + " must name the signed-in account's own institution"
                            + (caller.role() == Role.STAFF
                                    ? " (" + caller.institution() + ")"
                                    : "; this account acts for none"),
                    ACTING_INSTITUTION);
        }
        if (person != null) {
            var decoded = HeaderText.decode(person.strip());
            if (decoded == null
                    || !(caller.role() == Role.STAFF && decoded.strip().equals(caller.displayName()))) {
                return new Refusal(
                        "acting-person-is-the-caller",
                        ACTING_PERSON + " must name the signed-in account's own display name",
                        ACTING_PERSON);
            }
        }
        return null;
    }

    // --- the checks

    private static Check anyone() {
        return call -> null;
    }

    private static Check signedIn() {
        return call -> call.caller() == null ? SIGN_IN : null;
    }

    private static Check admin() {
        return role(Role.PLATFORM_ADMIN);
    }

    private static Check auditor() {
        return role(Role.AUDITOR);
    }

    private static Check role(Role role) {
        return call -> {
            if (call.caller() == null) {
                return SIGN_IN;
            }
            return call.caller().is(role) ? null : "a " + call.caller().role() + " account may not do this";
        };
    }

    private static Check anyStaff() {
        return role(Role.STAFF);
    }

    private static Check staffWith(StaffFunction... anyOf) {
        return call -> {
            var staff = anyStaff().refuse(call);
            if (staff != null) {
                return staff;
            }
            return Arrays.stream(anyOf).anyMatch(call.caller()::holds)
                    ? null
                    : "this account holds none of the functions "
                            + Arrays.stream(anyOf).map(Enum::name).collect(Collectors.joining(", "))
                            + " for " + call.caller().institution();
        };
    }

    private static Check and(Check first, Check second) {
        return call -> {
            var one = first.refuse(call);
            return one != null ? one : second.refuse(call);
        };
    }

    private static Check or(Check first, Check second) {
        return call -> {
            var one = first.refuse(call);
            if (one == null) {
                return null;
            }
            var other = second.refuse(call);
            return other == null ? null : one;
        };
    }

    /**
     * The learner a learner-record path is about: named in it, the learner the award was made to, or
     * the learner of the transfer request.
     */
    private UUID learnerOf(Map<String, String> path) {
        if (path.containsKey("awardId")) {
            var award = uuid(path.get("awardId"));
            return award == null ? null : lookups.learnerOfAward(award);
        }
        if (path.containsKey("transferRequestId")) {
            var request = uuid(path.get("transferRequestId"));
            return request == null ? null : lookups.learnerOfTransferRequest(request);
        }
        return uuid(path.get("learnerId"));
    }

    /**
     * The award's (or transfer request's) learner decides: an unknown id is let through so the
     * controller answers 404, which says no more than the 404 of a learner id the caller may not read.
     */
    private Check awardReader() {
        var reader = learnerReader();
        return call -> {
            if (call.caller() == null) {
                return SIGN_IN;
            }
            if (call.caller().is(Role.PLATFORM_ADMIN)) {
                return "the platform administrator reads no learner's records";
            }
            var learner = learnerOf(call.path());
            if (learner == null) {
                return null;
            }
            return reader.refuse(new Call(call.caller(), Map.of("learnerId", learner.toString()), call.request()));
        };
    }

    /** The transfer request's learner decides, as an award's does (ADR 0022). */
    private Check transferRequestReader() {
        return awardReader();
    }

    private Check learnerReader() {
        return call -> {
            var caller = call.caller();
            if (caller == null) {
                return SIGN_IN;
            }
            var learner = uuid(call.var("learnerId"));
            if (learner == null) {
                return null; // not an id: the controller answers 400
            }
            return switch (caller.role()) {
                case LEARNER -> learner.equals(caller.learner()) ? null : "a learner reads only their own records";
                case STAFF ->
                    lookups.relates(learner, caller.institution())
                            ? null
                            : caller.institution()
                                    + " has no enrolment, learning agreement or decision of this learner";
                case AUDITOR ->
                    caller.jurisdictions() == null
                                    || lookups.countriesOf(learner).stream().anyMatch(caller::audits)
                            ? null
                            : "this learner's institutions lie outside the auditor's jurisdictions";
                case PLATFORM_ADMIN -> "the platform administrator reads no learner's records";
            };
        };
    }

    /**
     * Staff search only within their own institution: the search must name it in {@code parameter}
     * (a host sees only what its agreements cover).
     */
    private static Check searchingOwn(String parameter) {
        return call -> {
            var staff = anyStaff().refuse(call);
            if (staff != null) {
                return staff;
            }
            var named = call.request().getParameter(parameter);
            return call.caller().institution().equals(named)
                    ? null
                    : "staff search with " + parameter + "=" + call.caller().institution();
        };
    }

    /** A learner searches their own learning agreements only. */
    private static Check searchingOwnAgreements() {
        return call -> {
            var caller = call.caller();
            if (caller == null) {
                return SIGN_IN;
            }
            return caller.is(Role.LEARNER)
                            && caller.learner().toString().equals(call.request().getParameter("learner"))
                    ? null
                    : "a learner searches with learner=<their own id>";
        };
    }

    /**
     * Staff of the uploading institution, and whoever may read the records of a learner whose
     * assessment cites the document with its hash; an unknown document is left to answer 404.
     */
    private Check evidenceReader() {
        var reader = learnerReader();
        return call -> {
            var caller = call.caller();
            if (caller == null) {
                return SIGN_IN;
            }
            if (caller.is(Role.PLATFORM_ADMIN)) {
                return "the platform administrator reads no evidence";
            }
            var evidence = uuid(call.var("evidenceId"));
            var holders = evidence == null ? null : lookups.evidenceHolders(evidence);
            if (holders == null) {
                return null;
            }
            if (caller.actsFor(holders.uploader())) {
                return null;
            }
            if (caller.is(Role.AUDITOR) && caller.audits(lookups.countryOf(holders.uploader()))) {
                return null;
            }
            for (var learner : holders.learners()) {
                if (reader.refuse(new Call(caller, Map.of("learnerId", learner.toString()), call.request())) == null) {
                    return null;
                }
            }
            return "neither uploaded by " + (caller.institution() == null ? "this account" : caller.institution())
                    + " nor cited on an assessment of a learner whose records this account reads";
        };
    }

    /**
     * The learner named in the path, and no one else: a learner shares their own records; staff,
     * auditors and the administrator never share a learner's records for them (ADR 0020).
     */
    private static Check theLearner() {
        return call -> {
            var caller = call.caller();
            if (caller == null) {
                return SIGN_IN;
            }
            if (!caller.is(Role.LEARNER)) {
                return "only the learner shares their own records";
            }
            var learner = uuid(call.var("learnerId"));
            return learner == null || learner.equals(caller.learner())
                    ? null
                    : "a learner shares only their own records";
        };
    }

    /** The learner and auditors list who read the learner's records; staff do not. */
    private Check readAuditReader() {
        var reader = learnerReader();
        return call -> {
            if (call.caller() != null && call.caller().is(Role.STAFF)) {
                return "staff do not list who read a learner's records";
            }
            return reader.refuse(call);
        };
    }

    private Check institutionReader(String variable) {
        return call -> {
            var caller = call.caller();
            if (caller == null) {
                return SIGN_IN;
            }
            var institution = call.var(variable);
            if (caller.actsFor(institution)) {
                return null;
            }
            if (caller.is(Role.AUDITOR)) {
                return caller.audits(lookups.countryOf(institution))
                        ? null
                        : institution + " lies outside the auditor's jurisdictions";
            }
            return "only staff of " + institution + " or an auditor read its trail";
        };
    }

    /** Staff of a party to the MoU ({@code write}: holding MANAGE_AGREEMENTS); an unknown MoU is left to answer 404. */
    private Check mouParty(boolean write) {
        return call -> {
            var staff = write
                    ? staffWith(MANAGE_AGREEMENTS).refuse(call)
                    : anyStaff().refuse(call);
            if (staff != null) {
                return staff;
            }
            var memorandum = uuid(call.var("memorandumId"));
            if (memorandum == null) {
                return null;
            }
            var parties = lookups.memorandumParties(memorandum);
            return parties.isEmpty() || parties.contains(call.caller().institution())
                    ? null
                    : call.caller().institution() + " is not a party to this MoU";
        };
    }

    private Check agreementParty() {
        return call -> {
            var staff = staffWith(MANAGE_AGREEMENTS).refuse(call);
            if (staff != null) {
                return staff;
            }
            return agreementPartyOf(call);
        };
    }

    private Check agreementReader() {
        return call -> {
            var caller = call.caller();
            if (caller == null) {
                return SIGN_IN;
            }
            if (caller.is(Role.AUDITOR)) {
                return null;
            }
            if (caller.is(Role.LEARNER)) {
                var agreement = uuid(call.var("agreementId"));
                var parties = agreement == null ? null : lookups.agreementParties(agreement);
                return parties == null || parties.learner().equals(caller.learner())
                        ? null
                        : "a learner reads only their own learning agreements";
            }
            if (caller.is(Role.STAFF)) {
                return agreementPartyOf(call);
            }
            return "the platform administrator reads no learning agreement";
        };
    }

    private String agreementPartyOf(Call call) {
        var agreement = uuid(call.var("agreementId"));
        var parties = agreement == null ? null : lookups.agreementParties(agreement);
        if (parties != null) {
            // for the signature check, which needs the body: Caller.requireSigningAs
            call.request().setAttribute(AGREEMENT_PARTIES, parties);
        }
        var institution = call.caller().institution();
        return parties == null || institution.equals(parties.home()) || institution.equals(parties.host())
                ? null
                : institution + " is neither home nor host of this learning agreement";
    }

    /** The id a path variable names, or null when it is not one (the controller answers 400). */
    static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
