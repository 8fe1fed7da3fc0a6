package org.ecvetledger.domain.appeal;

import java.time.LocalDate;
import java.time.Period;
import org.ecvetledger.domain.shared.InstitutionId;

/**
 * Each awarding body's appeal window (decision (j)5: configuration, 30 days by default), and the
 * day an appeal arrives: the lodging date is the ledger's, never the appellant's.
 */
public interface AppealWindows {

    Period windowOf(InstitutionId awardingBody);

    /** The day the ledger receives an appeal being lodged now. */
    LocalDate today();
}
