package org.ecvetledger.app.mobility;

import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wiring of mobility: the MoU lookup in the command transaction, and the clock that drives expiry. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MobilityConfiguration {

    @Bean
    ConfigurerModule mobilityLookupsInTheCommandTransaction() {
        return configurer ->
                configurer.eventProcessing().registerSubscribingEventProcessor(MemorandumLookups.PROCESSING_GROUP);
    }

    /** The ledger's clock, in the server's time zone; tests replace it to move time. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
