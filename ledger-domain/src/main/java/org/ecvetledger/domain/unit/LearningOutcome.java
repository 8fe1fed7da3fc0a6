package org.ecvetledger.domain.unit;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;
import org.ecvetledger.domain.shared.MultilingualText;

/**
 * "A statement of what a learner knows, understands and is able to do on completion of a learning
 * process" ([REC] Annex I(b)); the smallest assessable grain of the ledger.
 *
 * @param id         stable within its unit, e.g. {@code LO3}
 * @param escoSkill  optional link to an ESCO skill or competence
 */
public record LearningOutcome(
        String id, MultilingualText description, LearningOutcomeCategory category, URI escoSkill) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

    public LearningOutcome {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "a learning outcome id is 1 to 32 letters, digits, '.', '_' or '-': " + id);
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(category, "category");
        if (escoSkill != null && !"http".equals(escoSkill.getScheme()) && !"https".equals(escoSkill.getScheme())) {
            throw new IllegalArgumentException("an ESCO skill is an http(s) URI: " + escoSkill);
        }
    }
}
