package io.textcenter.messaging.runtime;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The module's background threads: outbox workers (one per line while it drains) and notifications; the senders,
 * which make a worker's carrier calls side by side; one thread that records what the senders sent; one that reads the
 * live updates a moment after their changes; and those that hand live updates to the subscribers' websockets. Payara's
 * default managed executor runs its tasks on a single thread (core pool size 0, unbounded queue), where one slow line
 * would hold up everything else; these are managed threads from the server's thread factory, a fixed number of them.
 * The senders are a pool of their own, so that workers waiting for their sends never take the threads those sends
 * need; the recording, reading and delivering threads are their own, so that none waits behind lines that drain for
 * hours (a line sending once a second holds a worker for as many seconds as it has texts).
 * <p>
 * All of them start with the application, on its deployment thread: Payara gives a managed thread the application
 * context of the thread that creates it, and one created on demand from the data grid's thread (which hands over live
 * updates) would run without the application's configuration.
 */
@ApplicationScoped
public class Workers {

    private static final Logger LOG = Logger.getLogger(Workers.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "messaging.workers")
    int size;

    @Inject
    @ConfigProperty(name = "messaging.outbox.parallel-sends")
    int parallelSends;

    @Inject
    @ConfigProperty(name = "messaging.live.delivery-threads")
    int deliveryThreads;

    private ThreadPoolExecutor pool;
    private ThreadPoolExecutor senders;
    private ThreadPoolExecutor recorder;
    private ScheduledThreadPoolExecutor liveUpdates;
    private ThreadPoolExecutor liveDeliveries;

    /** Observing the application's start makes CDI create this bean then, on the deployment thread ({@link #start}). */
    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object deployed) {
        // the threads started when the bean was created
    }

    @PostConstruct
    void start() {
        pool = started(new ThreadPoolExecutor(size, size, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads));
        senders = started(new ThreadPoolExecutor(
                parallelSends, parallelSends, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads));
        recorder = started(new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads));
        liveUpdates = started(new ScheduledThreadPoolExecutor(1, threads));
        liveDeliveries = started(new ThreadPoolExecutor(
                deliveryThreads, deliveryThreads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads));
    }

    private static <E extends ThreadPoolExecutor> E started(E executor) {
        executor.prestartAllCoreThreads();
        return executor;
    }

    public void execute(Runnable task) {
        pool.execute(task);
    }

    /** Runs these sends side by side and returns when all are done; a send that broke is logged. */
    public void sendSideBySide(List<Runnable> sends) {
        List<Future<?>> running = sends.stream().<Future<?>>map(senders::submit).toList();
        for (Future<?> send : running) {
            try {
                send.get();
            } catch (ExecutionException broken) {
                LOG.log(Level.SEVERE, "A send broke off; its text is settled by the outbox sweep", broken.getCause());
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Runs the task on the recording thread, after those given before it. */
    public void record(Runnable task) {
        recorder.execute(task);
    }

    /** Runs the task on the live updates' thread once the delay has passed, after the tasks due before it. */
    public void liveUpdateAfter(Duration delay, Runnable task) {
        liveUpdates.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Runs the task on the live updates' thread every period, from one period on, until the application stops. */
    public void liveUpdateEvery(Duration period, Runnable task) {
        liveUpdates.scheduleAtFixedRate(task, period.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Runs the task on one of the threads that hand live updates to subscribers. */
    public void deliverLive(Runnable task) {
        liveDeliveries.execute(task);
    }

    @PreDestroy
    void stop() {
        List.of(pool, senders, recorder, liveUpdates, liveDeliveries).forEach(ThreadPoolExecutor::shutdownNow);
    }
}
