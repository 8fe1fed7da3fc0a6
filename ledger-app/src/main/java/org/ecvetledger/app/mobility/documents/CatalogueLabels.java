package org.ecvetledger.app.mobility.documents;

import java.util.ArrayList;
import java.util.Map;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.MultilingualText;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * What the catalogue calls the institutions, qualification standards and units an agreement refers
 * to by id. An id the catalogue does not know (or not yet) is printed alone.
 */
record CatalogueLabels(
        Map<InstitutionId, String> institutions,
        Map<QualificationRef, QualificationLabel> qualifications,
        Map<UnitRef, String> units) {

    /** A standard's title and levels; the levels are null when the standard states none. */
    record QualificationLabel(String title, Integer eqfLevel, String nqfLevel) {}

    CatalogueLabels {
        institutions = Map.copyOf(institutions);
        qualifications = Map.copyOf(qualifications);
        units = Map.copyOf(units);
    }

    static CatalogueLabels none() {
        return new CatalogueLabels(Map.of(), Map.of(), Map.of());
    }

    /** The legal name, or null when unknown. */
    String institutionName(InstitutionId institution) {
        return institution == null ? null : institutions.get(institution);
    }

    QualificationLabel qualification(QualificationRef standard) {
        return qualifications.get(standard);
    }

    /** The unit's title, or null when unknown. */
    String unitTitle(UnitRef unit) {
        return units.get(unit);
    }

    /** Every language of a catalogue title, the original ones before English: "Réalisation … / Realisation …". */
    static String title(MultilingualText text) {
        var parts = new ArrayList<String>();
        text.texts().forEach((language, value) -> {
            if (!language.equals("en") && !parts.contains(value)) {
                parts.add(value);
            }
        });
        var english = text.texts().get("en");
        if (english != null && !parts.contains(english)) {
            parts.add(english);
        }
        return String.join(" / ", parts);
    }
}
