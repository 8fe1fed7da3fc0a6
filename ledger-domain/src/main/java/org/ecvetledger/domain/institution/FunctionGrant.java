package org.ecvetledger.domain.institution;

import java.util.Objects;
import org.ecvetledger.domain.shared.Jurisdiction;
import org.ecvetledger.domain.shared.QualificationId;

/**
 * A function held for one qualification standard (every version of it), or for every standard when
 * {@code standard} is null, within a jurisdiction and everything inside it.
 */
public record FunctionGrant(InstitutionFunction function, QualificationId standard, Jurisdiction jurisdiction) {

    public FunctionGrant {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
    }

    /** Whether this grant allows {@code function} on {@code standard} in {@code where}. */
    public boolean covers(InstitutionFunction function, QualificationId standard, Jurisdiction where) {
        return this.function == function
                && (this.standard == null || this.standard.equals(standard))
                && jurisdiction.contains(where);
    }
}
