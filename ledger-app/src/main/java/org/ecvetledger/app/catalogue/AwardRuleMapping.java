package org.ecvetledger.app.catalogue;

import static org.ecvetledger.app.catalogue.AwardRuleBody.ALL_MANDATORY_UNITS;
import static org.ecvetledger.app.catalogue.AwardRuleBody.ELECTIVE_GROUP;
import static org.ecvetledger.app.catalogue.AwardRuleBody.FINAL_EXAMINATION;
import static org.ecvetledger.app.catalogue.AwardRuleBody.MINIMUM_POINTS;
import static org.ecvetledger.app.catalogue.AwardRuleBody.TRAINING_DURATION_REDUCTION;
import static org.ecvetledger.app.catalogue.AwardRuleBody.VALIDITY_IN_TIME;
import static org.ecvetledger.app.catalogue.AwardRuleBody.WEIGHTED_AVERAGE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.domain.qualification.AwardRule;
import org.ecvetledger.domain.qualification.AwardRule.AllMandatoryUnits;
import org.ecvetledger.domain.qualification.AwardRule.ElectiveGroup;
import org.ecvetledger.domain.qualification.AwardRule.FinalExaminationRequired;
import org.ecvetledger.domain.qualification.AwardRule.MinimumPoints;
import org.ecvetledger.domain.qualification.AwardRule.UnitValidityInTime;
import org.ecvetledger.domain.qualification.AwardRule.WeightedAverage;
import org.ecvetledger.domain.qualification.AwardRuleSet;
import org.ecvetledger.domain.qualification.ThresholdComparator;
import org.ecvetledger.domain.shared.CreditPoints;

/**
 * Award rules between their JSON form ({@link AwardRuleBody}, named by its {@code rule} member) and
 * the domain's sealed {@link AwardRule} records. A member that does not belong to the named rule is
 * refused like an unknown field; a member the rule needs is required.
 */
final class AwardRuleMapping {

    /** The members each rule takes besides {@code rule}. */
    private static final Map<String, Set<String>> MEMBERS = Map.of(
            ALL_MANDATORY_UNITS, Set.of(),
            MINIMUM_POINTS, Set.of("minimum"),
            ELECTIVE_GROUP, Set.of("group", "chooseAtLeast", "minimumPoints"),
            WEIGHTED_AVERAGE, Set.of("threshold", "comparator", "countOptionalUnits"),
            FINAL_EXAMINATION, Set.of(),
            VALIDITY_IN_TIME, Set.of(),
            TRAINING_DURATION_REDUCTION, Set.of("monthsPerUnit", "maximumMonths"));

    private AwardRuleMapping() {}

    static AwardRuleSet toDomain(List<AwardRuleBody> bodies) {
        var fields = new InvalidField.Fields();
        var rules = new ArrayList<AwardRule>();
        for (int i = 0; i < bodies.size(); i++) {
            var rule = toDomain(fields, "rules[" + i + "]", bodies.get(i));
            if (rule != null) {
                rules.add(rule);
            }
        }
        fields.throwIfAny();
        return new AwardRuleSet(rules);
    }

    private static AwardRule toDomain(InvalidField.Fields fields, String field, AwardRuleBody body) {
        var allowed = MEMBERS.get(body.rule());
        members(body).forEach((member, value) -> {
            if (value != null && !allowed.contains(member)) {
                fields.reject(field + "." + member, "unknown-field", "is not a member of a " + body.rule() + " rule");
            }
        });
        switch (body.rule()) {
            case MINIMUM_POINTS:
                required(fields, field, "minimum", body.minimum());
                return body.minimum() == null ? null : new MinimumPoints(new CreditPoints(body.minimum()));
            case ELECTIVE_GROUP:
                required(fields, field, "group", body.group());
                if (body.chooseAtLeast() == null && body.minimumPoints() == null) {
                    fields.reject(
                            field + ".chooseAtLeast",
                            "required",
                            "an ElectiveGroup rule asks for chooseAtLeast units, minimumPoints points, or both");
                    return null;
                }
                return body.group() == null || body.group().isBlank()
                        ? null
                        : fields.check(
                                field,
                                () -> new ElectiveGroup(
                                        body.group().strip(),
                                        body.chooseAtLeast(),
                                        body.minimumPoints() == null ? null : new CreditPoints(body.minimumPoints())));
            case WEIGHTED_AVERAGE:
                required(fields, field, "threshold", body.threshold());
                required(fields, field, "comparator", body.comparator());
                return body.threshold() == null || body.comparator() == null
                        ? null
                        : new WeightedAverage(
                                body.threshold(),
                                ThresholdComparator.valueOf(body.comparator()),
                                Boolean.TRUE.equals(body.countOptionalUnits()));
            case ALL_MANDATORY_UNITS:
                return new AllMandatoryUnits();
            case FINAL_EXAMINATION:
                return new FinalExaminationRequired();
            case VALIDITY_IN_TIME:
                return new UnitValidityInTime();
            case TRAINING_DURATION_REDUCTION:
                required(fields, field, "monthsPerUnit", body.monthsPerUnit());
                required(fields, field, "maximumMonths", body.maximumMonths());
                return body.monthsPerUnit() == null || body.maximumMonths() == null
                        ? null
                        : fields.check(
                                field,
                                () -> new AwardRule.TrainingDurationReduction(
                                        body.monthsPerUnit(), body.maximumMonths()));
            default:
                // Bean Validation (@OneOf) has refused any other name before this point
                fields.reject(field + ".rule", "one-of", "is not an award rule");
                return null;
        }
    }

    static List<AwardRuleBody> toJson(List<AwardRule> rules) {
        return rules.stream().map(AwardRuleMapping::toJson).toList();
    }

    /** Java 17 has no pattern switch: each sealed record is mapped in turn. */
    private static AwardRuleBody toJson(AwardRule rule) {
        var name = rule.getClass().getSimpleName();
        if (rule instanceof MinimumPoints minimum) {
            return new AwardRuleBody(name, minimum.minimum().value(), null, null, null, null, null, null, null, null);
        }
        if (rule instanceof ElectiveGroup group) {
            return new AwardRuleBody(
                    name,
                    null,
                    group.group(),
                    group.chooseAtLeast(),
                    group.minimumPoints() == null ? null : group.minimumPoints().value(),
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        if (rule instanceof WeightedAverage average) {
            return new AwardRuleBody(
                    name,
                    null,
                    null,
                    null,
                    null,
                    average.threshold(),
                    average.comparator().name(),
                    average.countOptionalUnits(),
                    null,
                    null);
        }
        if (rule instanceof AwardRule.TrainingDurationReduction reduction) {
            return new AwardRuleBody(
                    name,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    reduction.monthsPerUnit(),
                    reduction.maximumMonths());
        }
        return new AwardRuleBody(name, null, null, null, null, null, null, null, null, null);
    }

    private static void required(InvalidField.Fields fields, String field, String member, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            fields.reject(field + "." + member, "required", "a rule of this kind needs " + member);
        }
    }

    private static Map<String, Object> members(AwardRuleBody body) {
        var members = new LinkedHashMap<String, Object>();
        members.put("minimum", body.minimum());
        members.put("group", body.group());
        members.put("chooseAtLeast", body.chooseAtLeast());
        members.put("minimumPoints", body.minimumPoints());
        members.put("threshold", body.threshold());
        members.put("comparator", body.comparator());
        members.put("countOptionalUnits", body.countOptionalUnits());
        members.put("monthsPerUnit", body.monthsPerUnit());
        members.put("maximumMonths", body.maximumMonths());
        return members;
    }
}
