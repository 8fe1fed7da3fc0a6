package org.ecvetledger.app.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the ledger keeps its data. With no {@code url} the ledger runs its own PostgreSQL in
 * {@code dataDir}; with a {@code url} (LEDGER_DB_URL) it uses that server and starts nothing. An
 * {@code ephemeral} embedded database lives in a throw-away folder, deleted when it stops (tests, trials).
 */
@ConfigurationProperties("ledger.db")
public record LedgerDatabaseProperties(
        String url,
        String user,
        String password,
        Path dataDir,
        boolean ephemeral,
        int maximumPoolSize,
        String transactionTimeout,
        String idleInTransactionTimeout) {

    public boolean isExternal() {
        return url != null && !url.isBlank();
    }
}
