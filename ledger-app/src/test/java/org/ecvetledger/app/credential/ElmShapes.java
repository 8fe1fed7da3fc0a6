package org.ecvetledger.app.credential;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sys.JenaSystem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The official ELM v3 / EDC SHACL shapes, run offline: the two contexts a credential names are
 * replaced by local copies before the JSON-LD is turned into RDF, so nothing is ever fetched.
 */
final class ElmShapes {

    static final String VC_V1 = "https://www.w3.org/2018/credentials/v1";
    static final String EDC_AP = "http://data.europa.eu/snb/model/context/edc-ap";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNode VC_CONTEXT = resource("credentials-v1.jsonld").get("@context");
    private static final JsonNode EDC_CONTEXT =
            resource("edc-ap-context.jsonld").get("@context");
    private static Shapes shapes;

    private ElmShapes() {}

    /** Both shape files merged: the shape loader ignores the full shapes' owl:imports of the no-cv ones. */
    static synchronized Shapes shapes() {
        if (shapes == null) {
            JenaSystem.init();
            var model = ModelFactory.createDefaultModel();
            for (var file : List.of("EDC-generic-no-cv.ttl", "EDC-generic-full.ttl")) {
                try (var in = stream(file)) {
                    RDFParser.source(in).lang(Lang.TURTLE).parse(model.getGraph());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            shapes = Shapes.parse(model.getGraph());
        }
        return shapes;
    }

    static ValidationReport validate(String credential) {
        return ShaclValidator.get().validate(shapes(), graph(credential));
    }

    /** The credential as RDF, with its two contexts taken from local copies (any other context is refused). */
    static Graph graph(String credential) {
        var node = (ObjectNode) JSON.readTree(credential);
        var inline = JSON.createArrayNode();
        for (var context : node.get("@context")) {
            switch (context.asString()) {
                case VC_V1 -> inline.add(VC_CONTEXT);
                case EDC_AP -> inline.add(EDC_CONTEXT);
                default -> throw new IllegalArgumentException("not an offline context: " + context);
            }
        }
        node.set("@context", inline);
        var graph = ModelFactory.createDefaultModel().getGraph();
        RDFParser.fromString(JSON.writeValueAsString(node), Lang.JSONLD11).parse(graph);
        return graph;
    }

    /** Every JSON key a document uses that neither context defines: JSON-LD would drop it silently. */
    static Set<String> keysLostInExpansion(String credential) {
        var defined = new TreeSet<String>();
        collectTerms(VC_CONTEXT, defined);
        collectTerms(EDC_CONTEXT, defined);
        var lost = new TreeSet<String>();
        collectKeys(JSON.readTree(credential), defined, lost);
        return lost;
    }

    /**
     * The results of an unsigned preview other than the two that only sealing fills in: {@code issued}
     * and the issuer's eIDAS identifier (what the official unsigned samples lack too).
     */
    static String violationsBesidesSealing(ValidationReport report) {
        var lines = new ArrayList<String>();
        report.getEntries().forEach(entry -> {
            var path = String.valueOf(entry.resultPath());
            boolean sealing = path.equals("<https://www.w3.org/2018/credentials#issued>")
                    || (path.equals("<https://www.w3.org/2018/credentials#issuer>")
                            && entry.message().contains("IssuerNodeShape"));
            if (!sealing) {
                lines.add(entry.focusNode() + " " + path + ": " + entry.message());
            }
        });
        return String.join("\n", lines);
    }

    static String describe(ValidationReport report) {
        var lines = new ArrayList<String>();
        report.getEntries()
                .forEach(entry -> lines.add(entry.focusNode() + " " + entry.resultPath() + ": " + entry.message()));
        return String.join("\n", lines);
    }

    private static void collectTerms(JsonNode context, Set<String> defined) {
        context.properties().forEach(term -> {
            defined.add(term.getKey());
            var scoped = term.getValue().get("@context");
            if (scoped != null) {
                collectTerms(scoped, defined);
            }
        });
    }

    private static void collectKeys(JsonNode node, Set<String> defined, Set<String> lost) {
        if (node instanceof ArrayNode array) {
            array.forEach(item -> collectKeys(item, defined, lost));
        } else if (node instanceof ObjectNode object) {
            boolean languageMap = object.properties().stream()
                    .allMatch(e -> e.getValue().isString() && e.getKey().matches("[a-z]{2,3}(-[A-Za-z0-9]+)*"));
            object.properties().forEach(e -> {
                var key = e.getKey();
                if (key.equals("@context")) {
                    return;
                }
                if (!languageMap && !key.startsWith("@") && !defined.contains(key)) {
                    lost.add(key);
                }
                collectKeys(e.getValue(), defined, lost);
            });
        }
    }

    private static JsonNode resource(String name) {
        try (var in = stream(name)) {
            return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String name) {
        var in = ElmShapes.class.getResourceAsStream("/elm/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource /elm/" + name);
        }
        return in;
    }
}
