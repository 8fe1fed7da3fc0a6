package org.ecvetledger.app.workqueue;

import org.ecvetledger.projections.workqueue.WorkQueueProjector;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The work-queue read model (ADR 0021). Its processing group is pooled like every read model's,
 * with a dead-letter queue through {@code ProjectionRegistration}.
 */
@Configuration(proxyBeanMethods = false)
class WorkQueueConfiguration {

    @Bean
    WorkQueueProjector workQueueProjector(JdbcTemplate jdbc) {
        return new WorkQueueProjector(jdbc);
    }
}
