package org.learnops.studio.app.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the FX thread for stalls: a background timer posts a probe to the FX thread (through
 * {@code fxThread}, e.g. {@code Platform::runLater}) {@code periodMillis} after the previous probe
 * ran, and measures how late it ran. One probe is in flight at a time, so a stall of any length is
 * seen once, and an idle app costs a few wake-ups a second. The longest stall is kept (the
 * benchmark reads it); a stall above the report threshold is logged, so a user's log says when the
 * window froze.
 *
 * <p>A stall is counted <em>from when the probe was due</em>, not from when the timer got round to
 * posting it: a pause of the whole JVM (a garbage collection's or another safepoint's) or a CPU
 * the timer thread did not get also delays the timer, and a wait counted from the post would miss
 * such a pause whenever it began while the timer slept, which is nearly always. An event the user
 * caused at the due time would have waited as long as the probe did. The figure can fall short of
 * a stall by at most one period (the FX thread may have stopped answering before the probe was
 * due) and can exceed one only where the timer thread alone was kept waiting for a CPU. The wait
 * in the FX thread's queue alone (from the post) is kept too, as {@link #longestQueuedMillis()}.
 */
public final class StallWatchdog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StallWatchdog.class);
    /** How many of the longest stalls {@link #worstStalls()} keeps. */
    static final int WORST_KEPT = 8;

    /**
     * One stall.
     *
     * @param dueNanos    {@link System#nanoTime()} when the probe was due
     * @param stallNanos  how long after that it ran
     * @param queuedNanos how much of that it waited in the FX thread's queue (from its post)
     */
    public record Stall(long dueNanos, long stallNanos, long queuedNanos) {

        public double millis() {
            return stallNanos / 1e6;
        }

        public double queuedMillis() {
            return queuedNanos / 1e6;
        }
    }

    private final Consumer<Runnable> fxThread;
    private final long periodNanos;
    private final long reportNanos;
    private final ScheduledExecutorService timer;
    /** When the next probe is due; written before it is scheduled, read when it runs (happens-before by the executor and the post). */
    private volatile long dueNanos;
    private final Object lock = new Object();
    private long longestNanos;
    private long longestQueuedNanos;
    private final List<Stall> worst = new ArrayList<>(WORST_KEPT + 1);

    /**
     * @param periodMillis how long after a probe ran the next one is due
     * @param reportMillis stalls at least this long are logged as warnings
     */
    public StallWatchdog(Consumer<Runnable> fxThread, long periodMillis, long reportMillis) {
        this(fxThread, periodMillis, reportMillis, Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fx-stall-watchdog");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** For tests: the timer's thread is given (a test holds it as a JVM pause would). */
    StallWatchdog(Consumer<Runnable> fxThread, long periodMillis, long reportMillis, ScheduledExecutorService timer) {
        this.timer = timer;
        this.fxThread = fxThread;
        this.periodNanos = TimeUnit.MILLISECONDS.toNanos(periodMillis);
        this.reportNanos = TimeUnit.MILLISECONDS.toNanos(reportMillis);
    }

    public StallWatchdog start() {
        scheduleNext();
        return this;
    }

    private void probe() {
        long due = dueNanos;
        long posted = System.nanoTime();
        try {
            fxThread.accept(() -> answered(due, posted));
        } catch (IllegalStateException toolkitGone) {
            timer.shutdown();
        }
    }

    private void answered(long due, long posted) {
        long now = System.nanoTime();
        long stall = Math.max(0, now - due);
        long queued = Math.max(0, now - posted);
        synchronized (lock) {
            longestNanos = Math.max(longestNanos, stall);
            longestQueuedNanos = Math.max(longestQueuedNanos, queued);
            if (worst.size() < WORST_KEPT || stall > worst.get(worst.size() - 1).stallNanos()) {
                worst.add(new Stall(due, stall, queued));
                worst.sort(Comparator.comparingLong(Stall::stallNanos).reversed());
                if (worst.size() > WORST_KEPT) {
                    worst.remove(WORST_KEPT);
                }
            }
        }
        if (stall >= reportNanos) {
            LOG.warn("The window did not respond for {} ms ({} ms of it waiting for the FX thread)",
                    stall / 1_000_000, queued / 1_000_000);
        }
        scheduleNext();
    }

    private void scheduleNext() {
        if (!timer.isShutdown()) {
            dueNanos = System.nanoTime() + periodNanos;
            try {
                timer.schedule(this::probe, periodNanos, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException closed) {
                // closed meanwhile
            }
        }
    }

    /** The longest stall so far (from when a probe was due until it ran), in milliseconds. */
    public double longestStallMillis() {
        synchronized (lock) {
            return longestNanos / 1e6;
        }
    }

    /** The longest wait of a probe in the FX thread's queue alone (from its post until it ran), in milliseconds. */
    public double longestQueuedMillis() {
        synchronized (lock) {
            return longestQueuedNanos / 1e6;
        }
    }

    /** The longest stalls so far, longest first (at most {@value #WORST_KEPT}). */
    public List<Stall> worstStalls() {
        synchronized (lock) {
            return List.copyOf(worst);
        }
    }

    /** Forgets the stalls seen so far (the benchmark measures one phase at a time). */
    public void reset() {
        synchronized (lock) {
            longestNanos = 0;
            longestQueuedNanos = 0;
            worst.clear();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
