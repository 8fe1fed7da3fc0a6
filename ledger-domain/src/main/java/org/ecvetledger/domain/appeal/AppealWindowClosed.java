package org.ecvetledger.domain.appeal;

import java.time.LocalDate;
import org.ecvetledger.domain.shared.LedgerRuleViolation;

/**
 * S13: an appeal lodged after the awarding body's window closed is refused — a forbidden request,
 * not a decision, so nothing is recorded (STYLE §3).
 */
public class AppealWindowClosed extends LedgerRuleViolation {

    AppealWindowClosed(LocalDate deadline, LocalDate lodgedOn) {
        super(
                "appeal-window-closed",
                "the appeal window closed on " + deadline + "; an appeal lodged on " + lodgedOn + " is too late");
    }

    @Override
    public boolean isConflict() {
        return false;
    }
}
