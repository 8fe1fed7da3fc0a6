package org.ecvetledger.app.mobility.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.ecvetledger.projections.mobility.LearningAgreementVersionView;
import org.ecvetledger.projections.mobility.LearningAgreementView;

/**
 * What the PDF of a learning agreement shows.
 *
 * @param agreement       the agreement as the read model shows it (its latest version in full)
 * @param versions        every version in full, latest first
 * @param learner         the learner's name, opened from the sealed personal data
 * @param memorandumTitle the title of the MoU it is concluded under; null when the read model has none
 * @param generatedOn     the day the PDF is made
 */
record LearningAgreementPdfContent(
        LearningAgreementView agreement,
        List<LearningAgreementVersionView> versions,
        Learner learner,
        String memorandumTitle,
        CatalogueLabels labels,
        LocalDate generatedOn) {

    /**
     * The learner as the agreement shows them.
     *
     * @param givenName  null when erased or unknown
     * @param familyName null when erased or unknown
     * @param erased     the learner's personal data was erased (crypto-shredded)
     */
    record Learner(String givenName, String familyName, LocalDate dateOfBirth, boolean erased) {

        static Learner known(String givenName, String familyName, LocalDate dateOfBirth) {
            return new Learner(givenName, familyName, dateOfBirth, false);
        }

        static Learner erasedData() {
            return new Learner(null, null, null, true);
        }

        static Learner unknown() {
            return new Learner(null, null, null, false);
        }

        /** "Given Family", "personal data erased", or "not known to the ledger". */
        String displayName() {
            if (erased) {
                return "personal data erased";
            }
            return givenName == null ? "not known to the ledger" : givenName + " " + familyName;
        }
    }

    LearningAgreementPdfContent {
        Objects.requireNonNull(agreement, "agreement");
        versions = List.copyOf(versions);
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(generatedOn, "generatedOn");
    }
}
