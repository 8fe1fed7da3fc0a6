package org.ecvetledger.app.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the ledger keeps its data. With no {@code url} the ledger runs its own PostgreSQL in
 * {@code dataDir}; with a {@code url} (LEDGER_DB_URL) it uses that server and starts nothing.
 */
@ConfigurationProperties("ledger.db")
public record LedgerDatabaseProperties(
        String url,
        String user,
        String password,
        Path dataDir,
        int maximumPoolSize,
        String transactionTimeout,
        String idleInTransactionTimeout) {

    public boolean isExternal() {
        return url != null && !url.isBlank();
    }
}
