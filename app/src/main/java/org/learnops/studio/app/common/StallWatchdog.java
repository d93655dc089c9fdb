package org.learnops.studio.app.common;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the FX thread for stalls: a background timer posts a probe to the FX thread (through
 * {@code fxThread}, e.g. {@code Platform::runLater}) and measures how long it waited to run. One
 * probe is in flight at a time, so a stall of any length is seen once, at its full length, and an
 * idle app costs a few wake-ups a second. The longest stall is kept (the benchmark reads it); a
 * stall above the report threshold is logged, so a user's log says when the window froze.
 */
public final class StallWatchdog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StallWatchdog.class);

    private final Consumer<Runnable> fxThread;
    private final long periodMillis;
    private final long reportMillis;
    private final AtomicLong longestNanos = new AtomicLong();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fx-stall-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param periodMillis how long after a probe ran the next one is posted
     * @param reportMillis stalls at least this long are logged as warnings
     */
    public StallWatchdog(Consumer<Runnable> fxThread, long periodMillis, long reportMillis) {
        this.fxThread = fxThread;
        this.periodMillis = periodMillis;
        this.reportMillis = reportMillis;
    }

    public StallWatchdog start() {
        timer.schedule(this::probe, periodMillis, TimeUnit.MILLISECONDS);
        return this;
    }

    private void probe() {
        long posted = System.nanoTime();
        try {
            fxThread.accept(() -> {
                long waited = System.nanoTime() - posted;
                longestNanos.accumulateAndGet(waited, Math::max);
                if (waited >= reportMillis * 1_000_000) {
                    LOG.warn("The window did not respond for {} ms", waited / 1_000_000);
                }
                scheduleNext();
            });
        } catch (IllegalStateException toolkitGone) {
            timer.shutdown();
        }
    }

    private void scheduleNext() {
        if (!timer.isShutdown()) {
            try {
                timer.schedule(this::probe, periodMillis, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                // closed meanwhile
            }
        }
    }

    /** The longest wait of a probe so far, in milliseconds. */
    public double longestStallMillis() {
        return longestNanos.get() / 1e6;
    }

    /** Forgets the longest stall seen so far (the benchmark measures one phase at a time). */
    public void reset() {
        longestNanos.set(0);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
