package org.ecvetledger.app.ledger;

import org.ecvetledger.projections.progress.ProgressProjector;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The qualification progress read model (ADR 0009). Its processing group is pooled like every read
 * model's, with a dead-letter queue through {@code ProjectionRegistration}.
 */
@Configuration(proxyBeanMethods = false)
class ProgressConfiguration {

    @Bean
    ProgressProjector progressProjector(JdbcTemplate jdbc) {
        return new ProgressProjector(jdbc);
    }
}
