package org.ecvetledger.app.access;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The account of the request being served, if it signed in (ADR 0014). */
public final class Caller {

    private Caller() {}

    public static Optional<Account> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountUser user) {
            return Optional.of(user.account());
        }
        return Optional.empty();
    }

    /**
     * Refuses a staff caller who names, in {@code field} of the body, an institution other than their
     * own as the one acting (signing or ending a MoU for another party).
     */
    public static void requireActingFor(String field, String institution) {
        staff().filter(caller -> !caller.institution().equals(institution)).ifPresent(caller -> {
            throw new AccessRefused(
                    "party-is-the-caller",
                    field,
                    field + " must be the signed-in account's own institution (" + caller.institution() + ")");
        });
    }

    /**
     * Refuses a staff caller who records, in {@code field} of the body, the signature of a party of a
     * learning agreement it does not speak for: the host signs only as {@code HOST}; the home signs as
     * {@code HOME} and records the {@code LEARNER}'s signature (the learner signs with the home, which
     * sends them abroad). The parties are those the access rules looked up for this request; without
     * them (no such agreement: the ledger answers 404) there is nothing to check.
     */
    public static void requireSigningAs(String field, String party) {
        var caller = staff().orElse(null);
        var request = RequestContextHolder.getRequestAttributes();
        if (caller == null || request == null) {
            return;
        }
        if (!(request.getAttribute(AccessRules.AGREEMENT_PARTIES, RequestAttributes.SCOPE_REQUEST)
                instanceof AccessLookups.AgreementParties parties)) {
            return;
        }
        var institution = caller.institution();
        var home = institution.equals(parties.home());
        var host = institution.equals(parties.host());
        var allowed = "HOST".equals(party) ? host : home;
        if (!allowed) {
            throw new AccessRefused(
                    "signatory-is-the-party",
                    field,
                    field + " " + party + " is not for " + institution + " to sign: the host ("
                            + parties.host() + ") signs as HOST, the home (" + parties.home()
                            + ") as HOME and records the LEARNER's signature");
        }
    }

    /** The institution and display name a staff caller acts with, or empty for anyone else. */
    public static Optional<Account> staff() {
        return current().filter(account -> account.role() == Role.STAFF);
    }
}
