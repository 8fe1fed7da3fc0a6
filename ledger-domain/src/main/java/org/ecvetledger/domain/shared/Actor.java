package org.ecvetledger.domain.shared;

import java.util.Objects;

/**
 * Who takes a decision: the acting institution and the person acting for it (R3: every decision is
 * attributable to a body and a person). Comes from the authenticated caller once accounts exist
 * (issue 10), until then from the request.
 */
public record Actor(InstitutionId institution, String person) {

    public Actor {
        Objects.requireNonNull(institution, "institution");
        if (person == null || person.isBlank()) {
            throw new IllegalArgumentException("the person acting for " + institution + " is named");
        }
        person = person.strip();
    }
}
