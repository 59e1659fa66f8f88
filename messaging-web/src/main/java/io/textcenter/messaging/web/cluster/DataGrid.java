package io.textcenter.messaging.web.cluster;

import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Topics that reach every instance of the cluster, through Payara's data grid (Hazelcast, which clusters Payara
 * instances by itself). A server without a data grid (Payara Micro with --nocluster, a Payara Server with Hazelcast
 * switched off) is a cluster of one: messages go to its own subscribers only.
 */
@ApplicationScoped
public class DataGrid {

    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());
    private static final String PAYARA_GRID = "payara/Hazelcast";

    private HazelcastInstance grid;
    private final Map<String, List<LongConsumer>> localSubscribers = new ConcurrentHashMap<>();

    @PostConstruct
    void join() {
        try {
            HazelcastInstance found = InitialContext.doLookup(PAYARA_GRID);
            grid = found != null && found.getLifecycleService().isRunning() ? found : null;
        } catch (NamingException | RuntimeException none) {
            grid = null;
        }
        LOG.info(() -> grid == null
                ? "No data grid: live updates reach this instance's subscribers only"
                : "Live updates go through the data grid of "
                        + grid.getCluster().getMembers().size() + " instance(s)");
    }

    /** Delivers {@code value} to the topic's subscribers on every instance, this one included. */
    public void publish(String topic, long value) {
        if (grid != null) {
            grid.<Long>getTopic(topic).publish(value);
        } else {
            localSubscribers.getOrDefault(topic, List.of()).forEach(subscriber -> subscriber.accept(value));
        }
    }

    /** Calls {@code subscriber} with each value published to the topic from now on; returns how to unsubscribe. */
    public Runnable subscribe(String topic, LongConsumer subscriber) {
        if (grid != null) {
            UUID registration = grid.<Long>getTopic(topic)
                    .addMessageListener(message -> subscriber.accept(message.getMessageObject()));
            return () -> grid.getTopic(topic).removeMessageListener(registration);
        }
        List<LongConsumer> subscribers = localSubscribers.computeIfAbsent(topic, name -> new CopyOnWriteArrayList<>());
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }
}
