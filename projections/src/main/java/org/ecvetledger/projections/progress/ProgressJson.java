package org.ecvetledger.projections.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ecvetledger.domain.accumulation.MigratedCredit;
import org.ecvetledger.domain.qualification.AwardRule;
import org.ecvetledger.domain.qualification.AwardRule.AllMandatoryUnits;
import org.ecvetledger.domain.qualification.AwardRule.ElectiveGroup;
import org.ecvetledger.domain.qualification.AwardRule.FinalExaminationRequired;
import org.ecvetledger.domain.qualification.AwardRule.MinimumPoints;
import org.ecvetledger.domain.qualification.AwardRule.UnitValidityInTime;
import org.ecvetledger.domain.qualification.AwardRule.WeightedAverage;
import org.ecvetledger.domain.qualification.ThresholdComparator;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.UnitRef;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The award rule set as this read model stores it (jsonb), written and read field by field: the
 * domain carries no Jackson annotations, and the shape is this read model's own (STYLE 6: a read
 * model never reads another's tables, so it does not share the catalogue's either).
 */
final class ProgressJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ProgressJson() {}

    static String awardRules(List<AwardRule> rules) {
        var node = JSON.createArrayNode();
        rules.forEach(rule -> node.add(awardRule(rule)));
        return JSON.writeValueAsString(node);
    }

    /** A rule this read model does not know fails loudly (dead letter) rather than being stored without its terms. */
    private static ObjectNode awardRule(AwardRule rule) {
        var node = JSON.createObjectNode();
        node.put("rule", rule.getClass().getSimpleName());
        if (rule instanceof MinimumPoints minimum) {
            node.put("minimum", minimum.minimum().value());
        } else if (rule instanceof ElectiveGroup group) {
            node.put("group", group.group());
            node.put("chooseAtLeast", group.chooseAtLeast());
            node.put(
                    "minimumPoints",
                    group.minimumPoints() == null ? null : group.minimumPoints().value());
        } else if (rule instanceof WeightedAverage average) {
            node.put("threshold", average.threshold());
            node.put("comparator", average.comparator().name());
            node.put("countOptionalUnits", average.countOptionalUnits());
        } else if (rule instanceof AwardRule.TrainingDurationReduction reduction) {
            node.put("monthsPerUnit", reduction.monthsPerUnit());
            node.put("maximumMonths", reduction.maximumMonths());
        } else if (!(rule instanceof AllMandatoryUnits
                || rule instanceof FinalExaminationRequired
                || rule instanceof UnitValidityInTime)) {
            throw new IllegalStateException("the progress read model cannot store award rule " + rule);
        }
        return node;
    }

    static List<AwardRule> awardRules(String document) {
        if (document == null) {
            return List.of();
        }
        var rules = new ArrayList<AwardRule>();
        for (var item : JSON.readTree(document)) {
            var rule = item.get("rule").stringValue();
            rules.add(
                    switch (rule) {
                        case "AllMandatoryUnits" -> new AllMandatoryUnits();
                        case "MinimumPoints" -> new MinimumPoints(new CreditPoints(decimal(item, "minimum")));
                        case "ElectiveGroup" ->
                            new ElectiveGroup(
                                    item.get("group").stringValue(),
                                    item.path("chooseAtLeast").isNumber()
                                            ? item.get("chooseAtLeast").intValue()
                                            : null,
                                    decimal(item, "minimumPoints") == null
                                            ? null
                                            : new CreditPoints(decimal(item, "minimumPoints")));
                        case "WeightedAverage" ->
                            new WeightedAverage(
                                    decimal(item, "threshold"),
                                    ThresholdComparator.valueOf(
                                            item.get("comparator").stringValue()),
                                    item.get("countOptionalUnits").booleanValue());
                        case "FinalExaminationRequired" -> new FinalExaminationRequired();
                        case "UnitValidityInTime" -> new UnitValidityInTime();
                        case "TrainingDurationReduction" ->
                            new AwardRule.TrainingDurationReduction(
                                    item.get("monthsPerUnit").intValue(),
                                    item.get("maximumMonths").intValue());
                        default ->
                            throw new IllegalStateException(
                                    "the progress read model holds an award rule it does not know: " + rule);
                    });
        }
        return List.copyOf(rules);
    }

    /** A pathway migration's content (S28), as the {@code migration} column keeps it. */
    static String migration(PathwayFact.Migration migration) {
        var node = JSON.createObjectNode();
        node.put("previousStandard", migration.previousStandard());
        var unmapped = node.putArray("unmapped");
        migration.unmapped().forEach(unmapped::add);
        var credits = node.putArray("credits");
        for (var credit : migration.credits()) {
            var item = credits.addObject();
            item.put("from", credit.from().toString());
            item.put("to", credit.to().toString());
            item.put("coverage", credit.coverage().name());
            var outcomes = item.putArray("coveredOutcomes");
            credit.coveredOutcomes().forEach(outcomes::add);
            item.put("points", credit.points() == null ? null : credit.points().value());
            item.put("grade", credit.grade());
            item.put("originallyRecognisedOn", credit.originallyRecognisedOn().toString());
        }
        return JSON.writeValueAsString(node);
    }

    static PathwayFact.Migration migration(String document) {
        if (document == null) {
            return null;
        }
        var node = JSON.readTree(document);
        var unmapped = new ArrayList<String>();
        node.get("unmapped").forEach(unit -> unmapped.add(unit.stringValue()));
        var credits = new ArrayList<MigratedCredit>();
        for (var item : node.get("credits")) {
            var outcomes = new ArrayList<String>();
            item.get("coveredOutcomes").forEach(outcome -> outcomes.add(outcome.stringValue()));
            credits.add(new MigratedCredit(
                    UnitRef.parse(item.get("from").stringValue()),
                    UnitRef.parse(item.get("to").stringValue()),
                    Coverage.valueOf(item.get("coverage").stringValue()),
                    outcomes,
                    decimal(item, "points") == null ? null : new CreditPoints(decimal(item, "points")),
                    decimal(item, "grade"),
                    LocalDate.parse(item.get("originallyRecognisedOn").stringValue())));
        }
        return new PathwayFact.Migration(node.get("previousStandard").stringValue(), credits, unmapped);
    }

    private static BigDecimal decimal(JsonNode item, String field) {
        var value = item.get(field);
        return value == null || value.isNull() ? null : value.decimalValue();
    }
}
