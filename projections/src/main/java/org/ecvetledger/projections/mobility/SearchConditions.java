package org.ecvetledger.projections.mobility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The where clause of a search, built from the criteria that were given only: PostgreSQL cannot
 * type a parameter that is only compared with null, so absent criteria leave no clause at all.
 */
final class SearchConditions {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> arguments = new ArrayList<>();

    /** Adds {@code clause} with its arguments when {@code criterion} is given. */
    SearchConditions when(Object criterion, String clause, Object... clauseArguments) {
        if (criterion != null) {
            clauses.add(clause);
            arguments.addAll(Arrays.asList(clauseArguments));
        }
        return this;
    }

    String where() {
        return clauses.isEmpty() ? "" : "where " + String.join(" and ", clauses);
    }

    Object[] arguments() {
        return arguments.toArray();
    }
}
