package org.ecvetledger.domain.partnership;

import java.util.Optional;

/**
 * The MoUs in force, for rules of learning agreements (R4, R29). Answered from a lookup table that
 * the write side keeps in the events' transaction.
 */
public interface MemorandumRegistry {

    Optional<MemorandumStanding> find(MemorandumId memorandum);
}
