package org.ecvetledger.app.web.idempotency;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The {@code Idempotency-Key} header (ADR 0006): a filter on {@code /api/*} only, so the actuator and
 * the web page are never touched, and the scheduled sweep of old keys.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyConfiguration {

    @Bean
    IdempotencyRecords idempotencyRecords(JdbcTemplate jdbc) {
        return new IdempotencyRecords(jdbc);
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
            IdempotencyRecords records, PlatformTransactionManager transactionManager, BeanFactory beans) {
        // looked up on first use: MVC's handler mapping is built after the servlet filters
        var readOnly = new ReadOnlyHandlers(
                () -> beans.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class));
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(records, transactionManager, readOnly));
        registration.setName("idempotencyFilter");
        registration.addUrlPatterns("/api/*");
        // after Spring's own request filters (encoding, observation, request context), right before MVC
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return registration;
    }

    @Bean
    IdempotencyCleanup idempotencyCleanup(IdempotencyRecords records, IdempotencyProperties properties) {
        return new IdempotencyCleanup(records, properties);
    }
}
