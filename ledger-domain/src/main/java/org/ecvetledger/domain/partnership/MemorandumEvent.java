package org.ecvetledger.domain.partnership;

/** Every event of the {@link MemorandumOfUnderstanding} aggregate. */
public sealed interface MemorandumEvent
        permits MemorandumDrafted,
                MemorandumSigned,
                MemorandumActivated,
                MemorandumAmended,
                MemorandumReviewed,
                MemorandumExpired,
                MemorandumTerminated {

    MemorandumId memorandumId();
}
