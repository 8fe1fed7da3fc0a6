package org.ecvetledger.projections.mobility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.ecvetledger.domain.learningagreement.AssessmentArrangement;
import org.ecvetledger.domain.learningagreement.LearningAgreementTerms;
import org.ecvetledger.domain.learningagreement.PlannedUnit;
import org.ecvetledger.domain.partnership.MemorandumParty;
import org.ecvetledger.domain.partnership.MemorandumScope;
import org.ecvetledger.domain.partnership.MemorandumTerms;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The jsonb documents of the mobility read model, written and read field by field: the domain
 * carries no Jackson annotations, and this shape is the read model's own, whatever the domain's
 * records look like. Units and standards appear in their text form ({@code U31@2}), institutions by
 * id, dates as ISO-8601 text, points as numbers.
 */
final class MobilityJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private MobilityJson() {}

    static String write(JsonNode document) {
        return JSON.writeValueAsString(document);
    }

    static JsonNode read(String document) {
        return JSON.readTree(document);
    }

    // MoU terms: {"title","parties":[{"institution","areasOfCompetence",...}],
    //             "scope":[{"standard":"FR-BACPRO@1","units":["U1@1"]}],
    //             "validFrom","validUntil","minimumMobilityDays","maximumMobilityDays","reviewDates":[...]}

    static ObjectNode memorandumTerms(MemorandumTerms terms) {
        var node = JSON.createObjectNode();
        node.put("title", terms.title());
        var parties = node.putArray("parties");
        for (var party : terms.parties()) {
            var item = parties.addObject();
            item.put("institution", party.institution().value());
            item.put("areasOfCompetence", party.areasOfCompetence());
            item.put("assessmentProcedure", party.assessmentProcedure());
            item.put("documentationProcedure", party.documentationProcedure());
            item.put("validationProcedure", party.validationProcedure());
            item.put("recognitionProcedure", party.recognitionProcedure());
        }
        var scope = node.putArray("scope");
        for (var covered : terms.scope()) {
            var item = scope.addObject();
            item.put("standard", covered.standard().toString());
            item.set("units", strings(covered.units()));
        }
        node.put("validFrom", terms.validFrom().toString());
        node.put("validUntil", terms.validUntil().toString());
        node.put("minimumMobilityDays", terms.minimumMobilityDays());
        node.put("maximumMobilityDays", terms.maximumMobilityDays());
        node.set("reviewDates", strings(terms.reviewDates()));
        return node;
    }

    static MemorandumTerms memorandumTerms(JsonNode node) {
        var parties = new ArrayList<MemorandumParty>();
        for (var item : node.get("parties")) {
            parties.add(new MemorandumParty(
                    new InstitutionId(item.get("institution").stringValue()),
                    text(item, "areasOfCompetence"),
                    text(item, "assessmentProcedure"),
                    text(item, "documentationProcedure"),
                    text(item, "validationProcedure"),
                    text(item, "recognitionProcedure")));
        }
        var scope = new ArrayList<MemorandumScope>();
        for (var item : node.get("scope")) {
            scope.add(new MemorandumScope(
                    qualification(item.get("standard").stringValue()), strings(item.get("units"), UnitRef::parse)));
        }
        return new MemorandumTerms(
                node.get("title").stringValue(),
                parties,
                scope,
                date(node, "validFrom"),
                date(node, "validUntil"),
                node.get("minimumMobilityDays").intValue(),
                node.get("maximumMobilityDays").intValue(),
                strings(node.get("reviewDates"), LocalDate::parse));
    }

    /** The containment pattern that finds an institution among the parties of an MoU's terms. */
    static String partyPattern(InstitutionId party) {
        var node = JSON.createArrayNode();
        node.addObject().put("institution", party.value());
        return write(node);
    }

    // LA terms: {"home","host","mobilityStart","mobilityEnd","qualification":"FR-BACPRO@1",
    //            "plannedUnits":[...],"learningActivities","assessmentArrangements":[{"assessor","method","when"}],
    //            "documentation","validationAndRecognition","priorProgress":["U0@1"]}

    static ObjectNode agreementTerms(LearningAgreementTerms terms) {
        var node = JSON.createObjectNode();
        node.put("home", terms.home().value());
        node.put("host", terms.host().value());
        node.put("mobilityStart", terms.mobilityStart().toString());
        node.put("mobilityEnd", terms.mobilityEnd().toString());
        node.put("qualification", terms.qualification().toString());
        node.set("plannedUnits", plannedUnits(terms.plannedUnits()));
        node.put("learningActivities", terms.learningActivities());
        var arrangements = node.putArray("assessmentArrangements");
        for (var arrangement : terms.assessmentArrangements()) {
            var item = arrangements.addObject();
            item.put("assessor", arrangement.assessor().value());
            item.put("method", arrangement.method());
            item.put("when", arrangement.when());
        }
        node.put("documentation", terms.documentation());
        node.put("validationAndRecognition", terms.validationAndRecognition());
        node.set("priorProgress", strings(terms.priorProgress()));
        return node;
    }

    static LearningAgreementTerms agreementTerms(JsonNode node) {
        var arrangements = new ArrayList<AssessmentArrangement>();
        for (var item : node.get("assessmentArrangements")) {
            arrangements.add(new AssessmentArrangement(
                    new InstitutionId(item.get("assessor").stringValue()),
                    item.get("method").stringValue(),
                    text(item, "when")));
        }
        return new LearningAgreementTerms(
                new InstitutionId(node.get("home").stringValue()),
                new InstitutionId(node.get("host").stringValue()),
                date(node, "mobilityStart"),
                date(node, "mobilityEnd"),
                qualification(node.get("qualification").stringValue()),
                plannedUnits(node.get("plannedUnits")),
                text(node, "learningActivities"),
                arrangements,
                text(node, "documentation"),
                text(node, "validationAndRecognition"),
                strings(node.get("priorProgress"), UnitRef::parse));
    }

    // planned units: [{"unit":"U31@1","learningOutcomes":["LO1"],"points":7.5}], points null without points (R9)

    static ArrayNode plannedUnits(List<PlannedUnit> units) {
        var node = JSON.createArrayNode();
        for (var planned : units) {
            var item = node.addObject();
            item.put("unit", planned.unit().toString());
            item.set("learningOutcomes", strings(planned.learningOutcomes()));
            item.put(
                    "points", planned.points() == null ? null : planned.points().value());
        }
        return node;
    }

    static List<PlannedUnit> plannedUnits(JsonNode node) {
        var units = new ArrayList<PlannedUnit>();
        for (var item : node) {
            var points = item.path("points");
            units.add(new PlannedUnit(
                    UnitRef.parse(item.get("unit").stringValue()),
                    strings(item.get("learningOutcomes"), Function.identity()),
                    points.isNumber() ? new CreditPoints(points.decimalValue()) : null));
        }
        return List.copyOf(units);
    }

    // plain lists and members that may be null

    static ArrayNode strings(Collection<?> values) {
        var node = JSON.createArrayNode();
        values.forEach(value -> node.add(value.toString()));
        return node;
    }

    static <T> List<T> strings(JsonNode node, Function<String, T> parse) {
        return node.valueStream().map(JsonNode::stringValue).map(parse).toList();
    }

    static String text(JsonNode node, String member) {
        var value = node.path(member);
        return value.isString() ? value.stringValue() : null;
    }

    static LocalDate date(JsonNode node, String member) {
        var value = text(node, member);
        return value == null ? null : LocalDate.parse(value);
    }

    /** A qualification standard version from its text form {@code FR-BACPRO@2}. */
    static QualificationRef qualification(String text) {
        int at = text.lastIndexOf('@');
        return QualificationRef.of(text.substring(0, at), Integer.parseInt(text.substring(at + 1)));
    }
}
