package org.ecvetledger.app.credential;

import java.util.Locale;
import java.util.regex.Pattern;
import org.ecvetledger.domain.accumulation.QualificationAwardRevoked;
import org.ecvetledger.domain.accumulation.UnitRecognitionRevoked;
import org.ecvetledger.domain.credential.RevocationReason;

/**
 * The reason category verifiers are told when a credential falls with the decision it states (ADR
 * 0012 §9). An appeal is a fact on the event; fraud is not: an invalidation (or a revocation after
 * review) carries only its free-text reason. Misconduct is an accusation, so it is said only when
 * the reason names it; everything else is a decision taken in error.
 */
final class RevocationReasons {

    /** Words by which a stated reason names the learner's misconduct, in the languages of the ledger's users. */
    private static final Pattern MISCONDUCT = Pattern.compile(
            "\\b(fraud\\w*|misconduct|cheat\\w*|plagiar\\w*|impersonat\\w*|forg(ed|ery|eries)|falsif\\w*|"
                    + "betrug|täuschung|fälsch\\w*|frode|fraude|triche|plagio)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    private RevocationReasons() {}

    static RevocationReason of(UnitRecognitionRevoked event) {
        return event.appeal() != null ? RevocationReason.WITHDRAWN_AFTER_APPEAL : ofStatedReason(event.reason());
    }

    static RevocationReason of(QualificationAwardRevoked event) {
        return ofStatedReason(event.reason());
    }

    static RevocationReason ofStatedReason(String reason) {
        return reason != null
                        && MISCONDUCT.matcher(reason.toLowerCase(Locale.ROOT)).find()
                ? RevocationReason.MISCONDUCT
                : RevocationReason.ISSUED_IN_ERROR;
    }
}
