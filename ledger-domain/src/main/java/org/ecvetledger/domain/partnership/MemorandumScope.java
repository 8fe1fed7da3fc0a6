package org.ecvetledger.domain.partnership;

import java.util.List;
import java.util.Objects;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/** A qualification standard version the MoU covers, and which of its units (all of them when empty). */
public record MemorandumScope(QualificationRef standard, List<UnitRef> units) {

    public MemorandumScope {
        Objects.requireNonNull(standard, "standard");
        units = units == null ? List.of() : List.copyOf(units);
    }

    public boolean covers(QualificationRef standard, UnitRef unit) {
        return this.standard.equals(standard) && (units.isEmpty() || units.contains(unit));
    }
}
