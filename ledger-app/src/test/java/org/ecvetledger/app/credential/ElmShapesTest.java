package org.ecvetledger.app.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The offline SHACL check itself: the official sealed sample conforms, and a broken one does not. */
class ElmShapesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String officialSamplePayload() throws IOException {
        try (var in = ElmShapesTest.class.getResourceAsStream("/elm/samples/Sample-CertOfPart-signed.jsonld")) {
            return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .get("payload")
                    .asString();
        }
    }

    @Test
    void the_official_sealed_sample_conforms_to_the_edc_shapes() throws IOException {
        var report = ElmShapes.validate(officialSamplePayload());

        assertThat(report.conforms()).as(ElmShapes.describe(report)).isTrue();
    }

    @Test
    void a_sample_without_its_issuer_is_refused_by_the_shapes() throws IOException {
        var broken = (ObjectNode) JSON.readTree(officialSamplePayload());
        broken.remove("issuer");

        var report = ElmShapes.validate(JSON.writeValueAsString(broken));

        assertThat(report.conforms()).isFalse();
        assertThat(ElmShapes.describe(report)).contains("credentials#issuer");
    }
}
