package org.ecvetledger.app.eventstore;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's JDBC connections: inside a Spring transaction, that transaction's connection, and nothing
 * else. Axon's default ({@link UnitOfWorkAwareConnectionProviderWrapper} around Spring's) also rolls
 * the connection back itself when a unit of work fails, even when the unit of work only joined an
 * outer transaction; a command refused by a ledger rule inside a request with an Idempotency-Key
 * would then roll back the request's whole transaction, and with it the claim on the key. Here the
 * Spring transaction manager alone commits and rolls back (a unit of work that started its own
 * transaction still does, through {@code SpringTransactionManager}); outside a Spring transaction
 * Axon's default is kept.
 */
final class TransactionBoundConnectionProvider implements ConnectionProvider {

    private final ConnectionProvider transactional;
    private final ConnectionProvider unitOfWorkAware;

    TransactionBoundConnectionProvider(DataSource dataSource) {
        this.transactional = new SpringDataSourceConnectionProvider(dataSource);
        this.unitOfWorkAware = new UnitOfWorkAwareConnectionProviderWrapper(transactional);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return TransactionSynchronizationManager.isActualTransactionActive()
                ? transactional.getConnection()
                : unitOfWorkAware.getConnection();
    }
}
