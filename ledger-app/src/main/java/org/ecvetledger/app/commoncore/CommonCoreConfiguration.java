package org.ecvetledger.app.commoncore;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the common-core policies (ADR 0016). */
@Configuration(proxyBeanMethods = false)
class CommonCoreConfiguration {

    /** As the assessment cascade (ADR 0010): a count that fails is tried again, never skipped. */
    @Bean
    ConfigurerModule commonCoreCatchUpRetriedUntilDone() {
        return configurer -> configurer
                .eventProcessing()
                .registerListenerInvocationErrorHandler(
                        CommonCoreCatchUp.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }
}
