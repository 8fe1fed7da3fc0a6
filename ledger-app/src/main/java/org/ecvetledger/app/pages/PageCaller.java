package org.ecvetledger.app.pages;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ecvetledger.app.access.Account;
import org.ecvetledger.app.access.Caller;

/** The signed-in account as the page layout shows it: its name, role and where its menu leads. */
public record PageCaller(
        String name, String displayName, String role, String institution, Set<String> functions, UUID learner) {

    static Optional<PageCaller> current() {
        return Caller.current().map(PageCaller::of);
    }

    static PageCaller of(Account account) {
        return new PageCaller(
                account.name(),
                account.displayName(),
                account.role().name(),
                account.institution(),
                account.functions().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
                account.learner());
    }

    public boolean isLearner() {
        return "LEARNER".equals(role);
    }

    public boolean isStaff() {
        return "STAFF".equals(role);
    }

    public boolean isAuditor() {
        return "AUDITOR".equals(role);
    }

    public boolean isAdmin() {
        return "PLATFORM_ADMIN".equals(role);
    }

    public boolean holds(String function) {
        return functions.contains(function);
    }
}
