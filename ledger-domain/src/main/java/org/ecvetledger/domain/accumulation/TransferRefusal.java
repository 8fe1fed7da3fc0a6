package org.ecvetledger.domain.accumulation;

/** Why a pathway did not record a validated transfer: the rule and its message. */
public record TransferRefusal(String rule, String reason) {}
