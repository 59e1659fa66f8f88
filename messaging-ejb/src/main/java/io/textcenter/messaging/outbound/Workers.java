package io.textcenter.messaging.outbound;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The module's background threads: outbox workers (one per line while it drains), notifications and live updates; the
 * senders, which make a worker's carrier calls side by side; and one thread that records what the senders sent.
 * Payara's default managed executor runs its tasks on a single thread (core pool size 0, unbounded queue), where one
 * slow line would hold up everything else; these are managed threads from the server's thread factory, a fixed number
 * of them. The senders are a pool of their own, so
 * that workers waiting for their sends never take the threads those sends need; and the recording thread is its own,
 * so that records never wait behind a line that drains for hours.
 */
@ApplicationScoped
public class Workers {

    private static final Logger LOG = Logger.getLogger(Workers.class.getName());

    @Resource
    private ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "messaging.workers")
    int size;

    @Inject
    @ConfigProperty(name = "messaging.outbox.parallel-sends")
    int parallelSends;

    private ExecutorService pool;
    private ExecutorService senders;
    private ExecutorService recorder;

    public synchronized void execute(Runnable task) {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(size, threads);
        }
        pool.execute(task);
    }

    /** Runs these sends side by side and returns when all are done; a send that broke is logged. */
    public void sendSideBySide(List<Runnable> sends) {
        List<Future<?>> running = sends.stream().<Future<?>>map(senders()::submit).toList();
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
    public synchronized void record(Runnable task) {
        if (recorder == null) {
            recorder = Executors.newSingleThreadExecutor(threads);
        }
        recorder.execute(task);
    }

    private synchronized ExecutorService senders() {
        if (senders == null) {
            senders = Executors.newFixedThreadPool(parallelSends, threads);
        }
        return senders;
    }

    @PreDestroy
    synchronized void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
        if (senders != null) {
            senders.shutdownNow();
        }
        if (recorder != null) {
            recorder.shutdownNow();
        }
    }
}
