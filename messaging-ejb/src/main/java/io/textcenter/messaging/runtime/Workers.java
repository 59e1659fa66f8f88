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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The module's background threads: outbox workers (one per line while it drains) and notifications; the pacer, which
 * hands each text to a sender at its send slot; the senders, which make the carrier calls; one thread that records
 * what the senders sent; one that reads the live updates a moment after their changes; and those that hand live
 * updates to the subscribers' websockets. Payara's default managed executor runs its tasks on a single thread (core
 * pool size 0, unbounded queue), where one slow line would hold up everything else; these are managed threads from the
 * server's thread factory. Each kind is a pool of its own, so that none waits behind another: workers never take the
 * threads their sends need, and the recording, reading and delivering threads never wait behind lines that drain for
 * hours (a line sending once a second holds a worker for as many seconds as it has texts).
 * <p>
 * A carrier call mostly waits for the carrier's answer, so a fast line needs many at once: its rate times the answer's
 * time (1,000 a second at Twilio's 0.1 to 0.3 s). The senders, {@code messaging.outbox.parallel-sends} of them, are
 * started when texts are sent, and end after a minute idle. Every other thread starts with the application,
 * on its deployment thread: Payara gives a managed thread the application context of the thread that creates it, and
 * one created on demand from the data grid's thread (which hands over live updates) would run without the
 * application's configuration. Senders are started by a worker or the pacer, managed threads themselves.
 */
@ApplicationScoped
public class Workers {

    private static final Duration SENDER_IDLE = Duration.ofMinutes(1);

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
    private ScheduledThreadPoolExecutor pacer;
    private ThreadPoolExecutor senders;
    private final AtomicBoolean startingSenders = new AtomicBoolean();
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
        pacer = started(new ScheduledThreadPoolExecutor(1, threads));
        senders = new ThreadPoolExecutor(
                parallelSends,
                parallelSends,
                SENDER_IDLE.toSeconds(),
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                threads);
        senders.allowCoreThreadTimeOut(true);
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

    /**
     * Hands the send to a sender once the delay has passed; the answer is its outcome. Sends due at once go side by
     * side, as many as there are senders; the others wait for a free one.
     */
    public <T> CompletableFuture<T> sendAfter(Duration delay, Supplier<T> send) {
        startSenders();
        CompletableFuture<T> outcome = new CompletableFuture<>();
        Runnable sending = () -> {
            try {
                outcome.complete(send.get());
            } catch (RuntimeException | Error broken) {
                outcome.completeExceptionally(broken);
            }
        };
        pacer.schedule(() -> senders.execute(sending), delay.toNanos(), TimeUnit.NANOSECONDS);
        return outcome;
    }

    /**
     * Starts the senders that are not running, on a worker: a managed thread costs about a millisecond to start (the
     * server looks up its context), which would make the pacer late for the slots it hands over.
     */
    private void startSenders() {
        if (senders.getPoolSize() < parallelSends && startingSenders.compareAndSet(false, true)) {
            pool.execute(() -> {
                try {
                    senders.prestartAllCoreThreads();
                } finally {
                    startingSenders.set(false);
                }
            });
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
        List.of(pool, pacer, senders, recorder, liveUpdates, liveDeliveries).forEach(ThreadPoolExecutor::shutdownNow);
    }
}
