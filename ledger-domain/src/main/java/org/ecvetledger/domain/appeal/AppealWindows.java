package org.ecvetledger.domain.appeal;

import java.time.Period;
import org.ecvetledger.domain.shared.InstitutionId;

/** Each awarding body's appeal window (decision (j)5: configuration, 30 days by default). */
public interface AppealWindows {

    Period windowOf(InstitutionId awardingBody);
}
