package org.ecvetledger.app.access;

import java.util.Set;
import java.util.UUID;

/**
 * One account: who signs in and what it may do. {@code institution} and {@code functions} are set for
 * staff only, {@code learner} for a learner only, {@code jurisdictions} for an auditor only (null:
 * every jurisdiction).
 */
public record Account(
        String name,
        String displayName,
        Role role,
        String institution,
        Set<StaffFunction> functions,
        UUID learner,
        Set<String> jurisdictions) {

    public Account {
        functions = functions == null ? Set.of() : Set.copyOf(functions);
        jurisdictions = jurisdictions == null ? null : Set.copyOf(jurisdictions);
    }

    boolean is(Role expected) {
        return role == expected;
    }

    boolean holds(StaffFunction function) {
        return role == Role.STAFF && functions.contains(function);
    }

    boolean actsFor(String institutionId) {
        return role == Role.STAFF && institution.equals(institutionId);
    }

    /** Whether an auditor may read what lies in {@code country}. */
    boolean audits(String country) {
        return role == Role.AUDITOR && (jurisdictions == null || (country != null && jurisdictions.contains(country)));
    }
}
