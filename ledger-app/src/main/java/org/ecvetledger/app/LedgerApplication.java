package org.ecvetledger.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The ECVET credit ledger: REST API over an event-sourced ledger on PostgreSQL. */
@SpringBootApplication
public class LedgerApplication {

    /** Axon 4.12+ would otherwise phone home at start; institutions' ledgers must not (STACK-NOTES 13). */
    static final String AXON_UPDATE_CHECKER = "axoniq.update-checker.disabled";

    /** Axon also prints an advertisement for its commercial console at start; operators' logs are not for that. */
    static final String AXON_CONSOLE_ADVERT = "disable-axoniq-console-message";

    public static void main(String[] args) {
        if (System.getProperty(AXON_UPDATE_CHECKER) == null) {
            System.setProperty(AXON_UPDATE_CHECKER, "true");
        }
        if (System.getProperty(AXON_CONSOLE_ADVERT) == null) {
            System.setProperty(AXON_CONSOLE_ADVERT, "true");
        }
        SpringApplication.run(LedgerApplication.class, args);
    }
}
