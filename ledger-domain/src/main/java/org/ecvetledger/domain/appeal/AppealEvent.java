package org.ecvetledger.domain.appeal;

import org.ecvetledger.domain.shared.AppealId;

/** Every event of the {@link Appeal} aggregate. */
public sealed interface AppealEvent permits AppealLodged, AppealUpheld, AppealRejected {

    AppealId appealId();
}
