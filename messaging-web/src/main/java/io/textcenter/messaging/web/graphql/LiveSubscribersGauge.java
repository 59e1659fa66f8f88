package io.textcenter.messaging.web.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/** Tells operators at /metrics how many live inbox subscriptions this instance serves. */
@ApplicationScoped
class LiveSubscribersGauge {

    @Inject
    MetricRegistry metrics;

    @Inject
    ConversationFeed feed;

    /**
     * The feed is created here, with the application's configuration: the metrics endpoint reads gauges on the
     * server's own threads, which do not see it.
     */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        feed.subscriberCount();
        metrics.gauge(
                Metadata.builder()
                        .withName("live_subscribers")
                        .withDescription("Live inbox subscriptions on this instance")
                        .build(),
                feed,
                ConversationFeed::subscriberCount);
    }
}
