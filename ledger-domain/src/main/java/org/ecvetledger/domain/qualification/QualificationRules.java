package org.ecvetledger.domain.qualification;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * What award evaluation needs to know of one published version of a qualification standard.
 *
 * @param totalPoints the standard's total points; null when the framework has none
 * @param gradingScale null when the standard does not grade units
 */
public record QualificationRules(
        CreditFramework framework,
        CreditPoints totalPoints,
        List<AttachedUnit> units,
        AwardRuleSet awardRules,
        GradingScale gradingScale) {

    public QualificationRules {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(awardRules, "award rules");
        units = List.copyOf(units);
    }

    public Optional<AttachedUnit> unit(UnitRef ref) {
        return units.stream().filter(u -> u.unit().equals(ref)).findFirst();
    }

    public List<AttachedUnit> unitsWithRole(UnitRole role) {
        return units.stream().filter(u -> u.role() == role).toList();
    }

    public List<AttachedUnit> electiveGroup(String group) {
        return units.stream().filter(u -> group.equals(u.electiveGroup())).toList();
    }
}
