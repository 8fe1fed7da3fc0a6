package org.ecvetledger.app.operations;

import org.ecvetledger.app.database.EmbeddedLedgerDatabase;
import org.ecvetledger.app.database.LedgerDatabaseProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the operator, once the ledger is up, where it answers and where its data lives. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final LedgerDatabaseProperties database;
    private final ObjectProvider<EmbeddedLedgerDatabase> embedded;

    StartupReport(LedgerDatabaseProperties database, ObjectProvider<EmbeddedLedgerDatabase> embedded) {
        this.database = database;
        this.embedded = embedded;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        var port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort()
                : -1;
        var storage = embedded.getIfAvailable();
        var where = storage != null
                ? "embedded PostgreSQL on port " + storage.port() + ", data in "
                        + (storage.clusterDirectory() == null
                                ? "a throw-away folder (ephemeral)"
                                : storage.clusterDirectory())
                : "external PostgreSQL " + withoutCredentials(database.url());
        log.info("ECVET ledger ready at http://localhost:{}/ (health: /actuator/health) - {}", port, where);
    }

    static String withoutCredentials(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }
}
