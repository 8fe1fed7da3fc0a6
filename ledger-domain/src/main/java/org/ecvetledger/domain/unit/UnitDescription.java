package org.ecvetledger.domain.unit;

import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.MultilingualText;

/**
 * What a unit of learning outcomes says ([REC] Cedefop glossary; Annex II §1): its title, the
 * knowledge, skills and competence it contains, how they are assessed, its EQF level(s) — a unit may
 * span levels (R18) — and how long credit for it stays valid (R13). Reusable across qualifications
 * and systems ([SEED F02]): points and weights belong to each qualification, not to the unit.
 *
 * @param validity null when credit for the unit does not expire
 */
public record UnitDescription(
        MultilingualText title,
        List<LearningOutcome> learningOutcomes,
        List<String> assessmentCriteria,
        Set<Integer> eqfLevels,
        Period validity,
        InstitutionId owner) {

    public UnitDescription {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(owner, "owner");
        if (learningOutcomes == null || learningOutcomes.isEmpty()) {
            throw new IllegalArgumentException("a unit has at least one learning outcome");
        }
        var ids = new HashSet<String>();
        for (var outcome : learningOutcomes) {
            if (!ids.add(outcome.id())) {
                throw new IllegalArgumentException("learning outcome " + outcome.id() + " appears twice");
            }
        }
        learningOutcomes = List.copyOf(learningOutcomes);
        assessmentCriteria = assessmentCriteria == null
                ? List.of()
                : assessmentCriteria.stream().map(String::strip).toList();
        if (assessmentCriteria.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("an assessment criterion is blank");
        }
        eqfLevels = eqfLevels == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(eqfLevels));
        if (eqfLevels.stream().anyMatch(level -> level < 1 || level > 8)) {
            throw new IllegalArgumentException("EQF levels run from 1 to 8: " + eqfLevels);
        }
        if (validity != null && (validity.isNegative() || validity.isZero())) {
            throw new IllegalArgumentException("a validity period is positive: " + validity);
        }
    }

    public List<String> learningOutcomeIds() {
        return learningOutcomes.stream().map(LearningOutcome::id).toList();
    }
}
