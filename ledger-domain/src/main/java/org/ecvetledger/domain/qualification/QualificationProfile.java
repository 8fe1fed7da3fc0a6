package org.ecvetledger.domain.qualification;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.Jurisdiction;
import org.ecvetledger.domain.shared.MultilingualText;

/**
 * What a version of a qualification standard declares about itself (DOMAIN c1, f4).
 *
 * @param eqfLevel            1–8, or null for systems not referenced to the EQF ([SEED F97])
 * @param nqfLevel            the national level as the NQF writes it, or null
 * @param totalPoints         null when the framework has no points (R9)
 * @param referenceYears      years of full-time learning the total stands for (R6a); null without points
 * @param gradingScale        null when units are not graded
 * @param regulatedProfession linked to a profession regulated under Directive 2005/36/EC (R20)
 */
public record QualificationProfile(
        MultilingualText title,
        Jurisdiction jurisdiction,
        List<InstitutionId> awardingBodies,
        Integer eqfLevel,
        String nqfLevel,
        boolean partialQualification,
        boolean regulatedProfession,
        CreditFramework framework,
        CreditPoints totalPoints,
        BigDecimal referenceYears,
        GradingScale gradingScale,
        ResitPolicy resitPolicy,
        UnitResultRule unitResultRule) {

    public QualificationProfile {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(framework, "framework");
        if (awardingBodies == null || awardingBodies.isEmpty()) {
            throw new IllegalArgumentException("a qualification standard names at least one awarding body");
        }
        awardingBodies = List.copyOf(awardingBodies);
        if (eqfLevel != null && (eqfLevel < 1 || eqfLevel > 8)) {
            throw new IllegalArgumentException("EQF levels run from 1 to 8: " + eqfLevel);
        }
        if (referenceYears != null && referenceYears.signum() <= 0) {
            throw new IllegalArgumentException("reference years are positive: " + referenceYears);
        }
        resitPolicy = resitPolicy == null ? ResitPolicy.LATEST : resitPolicy;
        unitResultRule = unitResultRule == null ? UnitResultRule.ALL_LEARNING_OUTCOMES : unitResultRule;
    }
}
