package org.ecvetledger.app.access;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;

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

    /** The institution and display name a staff caller acts with, or empty for anyone else. */
    public static Optional<Account> staff() {
        return current().filter(account -> account.role() == Role.STAFF);
    }
}
