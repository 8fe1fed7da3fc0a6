package org.ecvetledger.app.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The ledger's only store. The DataSource is declared here rather than left to Boot because, under
 * Boot 4, Axon's JDBC auto-configuration is evaluated before Boot's relocated DataSource
 * auto-configuration and would find none (STACK-NOTES pitfall 3).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerDatabaseProperties.class)
class LedgerDatabaseConfiguration {

    /** Started only when no external database is configured; closed after the DataSource that uses it. */
    @Bean(destroyMethod = "close")
    @Conditional(NoExternalDatabase.class)
    EmbeddedLedgerDatabase embeddedLedgerDatabase(LedgerDatabaseProperties properties) {
        return properties.ephemeral()
                ? EmbeddedLedgerDatabase.startEphemeral()
                : EmbeddedLedgerDatabase.start(properties.dataDir());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(LedgerDatabaseProperties properties, ObjectProvider<EmbeddedLedgerDatabase> embedded) {
        var config = new HikariConfig();
        config.setPoolName("ledger");
        if (properties.isExternal()) {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        } else {
            var database = embedded.getObject();
            config.setJdbcUrl(database.jdbcUrl());
            config.setUsername(database.user());
        }
        config.setMaximumPoolSize(properties.maximumPoolSize());
        // Event-store global sequence gaps: a transaction left open longer than the processors'
        // gap timeout could make them skip a committed event (STACK-NOTES pitfall 10, ADR 0001).
        // Bound every transaction of the app well below that timeout.
        config.setConnectionInitSql(sessionTimeouts(properties));
        return new HikariDataSource(config);
    }

    static String sessionTimeouts(LedgerDatabaseProperties properties) {
        // transaction_timeout exists from PostgreSQL 17 on; an older external server just gets the idle bound.
        return "do $$ begin "
                + "perform set_config('idle_in_transaction_session_timeout', '" + properties.idleInTransactionTimeout()
                + "', false); "
                + "if current_setting('server_version_num')::int >= 170000 then "
                + "perform set_config('transaction_timeout', '" + properties.transactionTimeout() + "', false); "
                + "end if; end $$";
    }

    static final class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var url = context.getEnvironment().getProperty("ledger.db.url");
            return url == null || url.isBlank();
        }
    }
}
