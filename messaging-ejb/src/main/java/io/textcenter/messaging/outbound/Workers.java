package io.textcenter.messaging.outbound;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The module's background threads: outbox workers (one per line while it drains, sleeping between sends to keep the
 * line's pace), notifications and live updates. Payara's default managed executor runs its tasks on a single thread
 * (core pool size 0, unbounded queue), where one slow line would hold up everything else; these are managed threads
 * from the server's thread factory, a fixed number of them.
 */
@ApplicationScoped
public class Workers {

    @Resource
    private ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "messaging.workers")
    int size;

    private ExecutorService pool;

    public synchronized void execute(Runnable task) {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(size, threads);
        }
        pool.execute(task);
    }

    @PreDestroy
    synchronized void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
