package org.ecvetledger.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SharedValuesTest {

    @Test
    void a_jurisdiction_is_a_tree_that_contains_its_regions() {
        var italy = Jurisdiction.of("IT");
        var lazio = Jurisdiction.of("IT/Lazio");

        assertThat(italy.contains(lazio)).isTrue();
        assertThat(lazio.contains(italy)).isFalse();
        assertThat(lazio.contains(Jurisdiction.of("IT/Lazio/Roma"))).isTrue();
        assertThat(lazio.contains(Jurisdiction.of("IT/Lombardia"))).isFalse();
        assertThat(Jurisdiction.of("BE/FR-community/Wallonia").country()).isEqualTo("BE");
        assertThatThrownBy(() -> Jurisdiction.of("Italy")).hasMessageContaining("two-letter country code");
    }

    @Test
    void an_institution_id_is_a_code_never_a_uuid_that_could_name_another_aggregate() {
        assertThat(new InstitutionId("FR-LYCEE-BRANLY").value()).isEqualTo("FR-LYCEE-BRANLY");
        assertThatThrownBy(() -> new InstitutionId("01a21de5-a8f3-78ee-819b-9b0935322e55"))
                .hasMessageContaining("not a UUID");
        assertThatThrownBy(() -> new InstitutionId("has space")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void credit_points_are_non_negative_with_at_most_two_decimals_and_compare_by_value() {
        assertThat(CreditPoints.of("7.50")).isEqualTo(CreditPoints.of("7.5"));
        assertThat(CreditPoints.of("120.00").toString()).isEqualTo("120");
        assertThat(CreditPoints.of(20).plus(CreditPoints.of("0.5")))
                .isEqualTo(new CreditPoints(new BigDecimal("20.5")));
        assertThatThrownBy(() -> CreditPoints.of(-1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> CreditPoints.of("1.125")).hasMessageContaining("two decimals");
    }

    @Test
    void a_multilingual_text_falls_back_to_english_then_to_any_language() {
        var title = new MultilingualText(Map.of("fr", "Baccalauréat professionnel", "en", "Vocational baccalaureate"));

        assertThat(title.in("fr")).isEqualTo("Baccalauréat professionnel");
        assertThat(title.in("de")).isEqualTo("Vocational baccalaureate");
        assertThat(MultilingualText.of("it", "Operatore socio-sanitario").in("de"))
                .isEqualTo("Operatore socio-sanitario");
        assertThatThrownBy(() -> MultilingualText.of("French", "x")).hasMessageContaining("language tag");
    }

    @Test
    void unit_and_qualification_references_read_as_code_at_version() {
        assertThat(UnitRef.parse("U31@2")).isEqualTo(UnitRef.of("U31", 2));
        assertThat(UnitRef.of("MT-HSC-101", 1).toString()).isEqualTo("MT-HSC-101@1");
        assertThat(QualificationRef.of("FR-BACPRO-MELEC", 1).toString()).isEqualTo("FR-BACPRO-MELEC@1");
        assertThatThrownBy(() -> UnitRef.parse("U31")).hasMessageContaining("CODE@VERSION");
        assertThatThrownBy(() -> UnitRef.of("U31", 0)).hasMessageContaining("starts at 1");
    }

    @Test
    void a_national_credit_scheme_has_a_name_and_none_is_first_class() {
        assertThat(CreditFramework.national("osaamispisteet").toString()).isEqualTo("NATIONAL:osaamispisteet");
        assertThat(CreditFramework.NONE.hasPoints()).isFalse();
        assertThat(CreditFramework.ECTS.allocatesSixtyPointsPerYear()).isTrue();
        assertThatThrownBy(() -> new CreditFramework(CreditFramework.Kind.NATIONAL, " "))
                .hasMessageContaining("name");
    }
}
