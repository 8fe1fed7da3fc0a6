package org.ecvetledger.app.mobility;

import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Wiring of mobility: the MoU and learning-agreement lookups in the command transaction, and the
 * clock that drives expiry.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MobilityConfiguration {

    /** A handler that fails fails the command (Axon's default would log it and commit the events without it). */
    @Bean
    ConfigurerModule mobilityLookupsInTheCommandTransaction() {
        return configurer -> configurer
                .eventProcessing()
                .registerSubscribingEventProcessor(MemorandumLookups.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(
                        MemorandumLookups.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }

    /** A handler that fails fails the command (Axon's default would log it and commit the events without it). */
    @Bean
    ConfigurerModule learningAgreementLookupsInTheCommandTransaction() {
        return configurer -> configurer
                .eventProcessing()
                .registerSubscribingEventProcessor(LearningAgreementLookups.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(
                        LearningAgreementLookups.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }

    /** The ledger's clock, in the server's time zone; tests replace it to move time. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
