package org.ecvetledger.app.mobility;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.ecvetledger.domain.partnership.ExpireMemorandum;
import org.ecvetledger.domain.shared.LedgerRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends every MoU whose end date has passed, without anyone calling an endpoint (decision (j)4, R29).
 * Runs at start-up and then every minute, so an MoU expires on time even after the ledger was down;
 * what it finds comes from the write-side lookup, and each expiry is the aggregate's decision.
 */
@Component
public class MemorandumExpiry {

    private static final Logger log = LoggerFactory.getLogger(MemorandumExpiry.class);

    private final MemorandumLookups memoranda;
    private final CommandGateway commands;
    private final Clock clock;

    MemorandumExpiry(MemorandumLookups memoranda, CommandGateway commands, Clock clock) {
        this.memoranda = memoranda;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${ledger.mobility.expiry-first-check:PT5S}",
            fixedDelayString = "${ledger.mobility.expiry-check:PT1M}")
    public void expireDue() {
        expireDueOn(LocalDate.now(clock));
    }

    /** Expires every running MoU whose end date lies before {@code today}; returns how many. */
    public int expireDueOn(LocalDate today) {
        int expired = 0;
        for (var memorandum : memoranda.runningPastTheirEnd(today)) {
            try {
                commands.sendAndWait(
                        new ExpireMemorandum(memorandum, today), MetaData.with("actor", "ledger:mou-expiry"));
                expired++;
            } catch (LedgerRuleViolation raced) {
                // terminated or expired by another node in the meantime: nothing left to do
                log.debug("MoU {} not expired: {}", memorandum, raced.getMessage());
            }
        }
        if (expired > 0) {
            log.info("{} MoU(s) expired on {}", expired, today);
        }
        return expired;
    }
}
