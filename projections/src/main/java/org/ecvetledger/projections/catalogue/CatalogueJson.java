package org.ecvetledger.projections.catalogue;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.ecvetledger.domain.equivalence.EquivalenceBasis;
import org.ecvetledger.domain.equivalence.EquivalenceTerms;
import org.ecvetledger.domain.qualification.AwardRule;
import org.ecvetledger.domain.qualification.AwardRule.AllMandatoryUnits;
import org.ecvetledger.domain.qualification.AwardRule.ElectiveGroup;
import org.ecvetledger.domain.qualification.AwardRule.FinalExaminationRequired;
import org.ecvetledger.domain.qualification.AwardRule.MinimumPoints;
import org.ecvetledger.domain.qualification.AwardRule.UnitValidityInTime;
import org.ecvetledger.domain.qualification.AwardRule.WeightedAverage;
import org.ecvetledger.domain.qualification.ThresholdComparator;
import org.ecvetledger.domain.qualification.UnitTransition;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.MultilingualText;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.domain.unit.LearningOutcome;
import org.ecvetledger.domain.unit.LearningOutcomeCategory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The jsonb documents of the catalogue, written and read field by field: the domain carries no
 * Jackson annotations, and this shape is the read model's own, whatever the domain's records look like.
 * Units and standards appear in their text form ({@code U31@2}), multilingual texts as language → text.
 */
final class CatalogueJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private CatalogueJson() {}

    static String write(JsonNode document) {
        return JSON.writeValueAsString(document);
    }

    static JsonNode read(String document) {
        return JSON.readTree(document);
    }

    // multilingual texts: {"en": "...", "fr": "..."}

    static ObjectNode multilingual(MultilingualText text) {
        var node = JSON.createObjectNode();
        text.texts().forEach(node::put);
        return node;
    }

    static MultilingualText multilingual(JsonNode node) {
        var texts = new LinkedHashMap<String, String>();
        node.forEachEntry((language, text) -> texts.put(language, text.stringValue()));
        return new MultilingualText(texts);
    }

    /** Every text of a multilingual text, one a line, for the search column. */
    static String searchable(MultilingualText text) {
        return String.join("\n", text.texts().values());
    }

    // plain lists: ["a", "b"], [4, 5]

    static ArrayNode strings(Collection<?> values) {
        var node = JSON.createArrayNode();
        values.forEach(value -> node.add(value.toString()));
        return node;
    }

    static <T> List<T> strings(JsonNode node, Function<String, T> parse) {
        return node.valueStream().map(JsonNode::stringValue).map(parse).toList();
    }

    static ArrayNode integers(Collection<Integer> values) {
        var node = JSON.createArrayNode();
        values.forEach(node::add);
        return node;
    }

    static TreeSet<Integer> integers(JsonNode node) {
        var values = new TreeSet<Integer>();
        node.forEach(value -> values.add(value.intValue()));
        return values;
    }

    // learning outcomes: [{"id":"LO1","description":{...},"category":"SKILLS","escoSkill":null}]

    static ArrayNode outcomes(List<LearningOutcome> outcomes) {
        var node = JSON.createArrayNode();
        for (var outcome : outcomes) {
            var item = node.addObject();
            item.put("id", outcome.id());
            item.set("description", multilingual(outcome.description()));
            item.put("category", outcome.category().name());
            item.put(
                    "escoSkill",
                    outcome.escoSkill() == null ? null : outcome.escoSkill().toString());
        }
        return node;
    }

    static List<LearningOutcome> outcomes(JsonNode node) {
        var outcomes = new ArrayList<LearningOutcome>();
        for (var item : node) {
            var escoSkill = text(item, "escoSkill");
            outcomes.add(new LearningOutcome(
                    item.get("id").stringValue(),
                    multilingual(item.get("description")),
                    LearningOutcomeCategory.valueOf(item.get("category").stringValue()),
                    escoSkill == null ? null : URI.create(escoSkill)));
        }
        return List.copyOf(outcomes);
    }

    // award rules: each rule an object whose "rule" member names the record

    static ArrayNode awardRules(List<AwardRule> rules) {
        var node = JSON.createArrayNode();
        rules.forEach(rule -> node.add(awardRule(rule)));
        return node;
    }

    /**
     * Java 17 has no pattern switch: each rule record is mapped in turn, and a rule this projector
     * does not know yet fails loudly rather than being stored without its parameters.
     */
    private static ObjectNode awardRule(AwardRule rule) {
        var node = JSON.createObjectNode();
        node.put("rule", rule.getClass().getSimpleName());
        if (rule instanceof MinimumPoints minimum) {
            node.put("minimum", minimum.minimum().value());
        } else if (rule instanceof ElectiveGroup group) {
            node.put("group", group.group());
            node.put("chooseAtLeast", group.chooseAtLeast());
            node.put("minimumPoints", points(group.minimumPoints()));
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
            throw new IllegalStateException("the catalogue cannot store award rule " + rule);
        }
        return node;
    }

    static List<AwardRule> awardRules(JsonNode node) {
        var rules = new ArrayList<AwardRule>();
        for (var item : node) {
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
                                    points(decimal(item, "minimumPoints")));
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
                                    "the catalogue holds an award rule it does not know: " + rule);
                    });
        }
        return List.copyOf(rules);
    }

    // transition table: [{"from":"U1@1","to":"U1@2","coverage":"PARTIAL","coveredOutcomes":["LO1"]}]

    static ArrayNode transitions(List<UnitTransition> transitions) {
        var node = JSON.createArrayNode();
        for (var transition : transitions) {
            var item = node.addObject();
            item.put("from", transition.from().toString());
            item.put("to", transition.to().toString());
            item.put("coverage", transition.coverage().name());
            item.set("coveredOutcomes", strings(transition.coveredOutcomes()));
        }
        return node;
    }

    static List<UnitTransition> transitions(JsonNode node) {
        var transitions = new ArrayList<UnitTransition>();
        for (var item : node) {
            transitions.add(new UnitTransition(
                    UnitRef.parse(item.get("from").stringValue()),
                    UnitRef.parse(item.get("to").stringValue()),
                    Coverage.valueOf(item.get("coverage").stringValue()),
                    strings(item.get("coveredOutcomes"), Function.identity())));
        }
        return List.copyOf(transitions);
    }

    // equivalence terms: {"source","target","coverage","coveredOutcomes","basis","basisReference"}

    static ObjectNode terms(EquivalenceTerms terms) {
        var node = JSON.createObjectNode();
        node.put("source", terms.source().toString());
        node.put("target", terms.target().toString());
        node.put("coverage", terms.coverage().name());
        node.set("coveredOutcomes", strings(terms.coveredOutcomes()));
        node.put("basis", terms.basis().name());
        node.put("basisReference", terms.basisReference());
        return node;
    }

    static EquivalenceTerms terms(JsonNode node) {
        return new EquivalenceTerms(
                UnitRef.parse(node.get("source").stringValue()),
                UnitRef.parse(node.get("target").stringValue()),
                Coverage.valueOf(node.get("coverage").stringValue()),
                strings(node.get("coveredOutcomes"), Function.identity()),
                EquivalenceBasis.valueOf(node.get("basis").stringValue()),
                text(node, "basisReference"));
    }

    // members that may be null

    static String text(JsonNode node, String member) {
        var value = node.path(member);
        return value.isString() ? value.stringValue() : null;
    }

    static LocalDate date(JsonNode node, String member) {
        var value = text(node, member);
        return value == null ? null : LocalDate.parse(value);
    }

    private static BigDecimal decimal(JsonNode node, String member) {
        var value = node.path(member);
        return value.isNumber() ? value.decimalValue() : null;
    }

    private static BigDecimal points(CreditPoints points) {
        return points == null ? null : points.value();
    }

    private static CreditPoints points(BigDecimal value) {
        return value == null ? null : new CreditPoints(value);
    }
}
