package org.ecvetledger.app.transfer;

import org.ecvetledger.projections.transfer.TransferRequestProjector;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The transfer-request read model (ADR 0022). Its processing group is pooled like every read model's,
 * with a dead-letter queue and a rebuild through {@code ProjectionRegistration}.
 */
@Configuration(proxyBeanMethods = false)
class TransferRequestReadModelConfiguration {

    @Bean
    TransferRequestProjector transferRequestProjector(JdbcTemplate jdbc) {
        return new TransferRequestProjector(jdbc);
    }
}
