package org.learnops.studio.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The watchdog without a window: a single-thread executor stands in for the FX thread. */
class StallWatchdogTest {

    @Test
    void aBlockedThreadIsSeenAsAStallAtLeastAsLongAsTheBlock() throws Exception {
        ExecutorService fxThread = Executors.newSingleThreadExecutor();
        try (StallWatchdog watchdog = new StallWatchdog(fxThread::execute, 1, 10_000).start()) {
            CountDownLatch blocked = new CountDownLatch(1);
            fxThread.execute(() -> {
                blocked.countDown();
                sleep(300);
            });
            blocked.await();
            // Only a lower bound: a busy machine can make the stall look longer, never shorter.
            waitUntil(() -> watchdog.longestStallMillis() >= 250);
            assertTrue(watchdog.longestStallMillis() >= 250, "longest " + watchdog.longestStallMillis());

            StallWatchdog.Stall longest = watchdog.worstStalls().get(0);
            assertTrue(longest.millis() >= 250, "worst " + longest);
            assertTrue(longest.queuedMillis() >= 250, "a blocked FX thread is a wait in its queue: " + longest);
            assertTrue(watchdog.longestQueuedMillis() >= 250, "queued " + watchdog.longestQueuedMillis());

            watchdog.close();
            fxThread.submit(() -> { }).get(); // a probe still queued has run
            watchdog.reset();
            assertEquals(0, watchdog.longestStallMillis());
            assertEquals(0, watchdog.longestQueuedMillis());
            assertTrue(watchdog.worstStalls().isEmpty());
        } finally {
            fxThread.shutdownNow();
            fxThread.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /**
     * A pause of the whole JVM (a garbage collection's safepoint) or a starved CPU holds the
     * watchdog's own timer too: counted from the probe's post it would be missed whenever it began
     * while the timer slept. Here the timer's thread is held for 300 ms while the FX thread is free.
     */
    @Test
    void aPauseThatAlsoHoldsTheTimerCountsFromWhenTheProbeWasDue() throws Exception {
        ExecutorService fxThread = Executors.newSingleThreadExecutor();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (StallWatchdog watchdog = new StallWatchdog(fxThread::execute, 1, 10_000, timer).start()) {
            CountDownLatch held = new CountDownLatch(1);
            timer.execute(() -> {
                held.countDown();
                sleep(300);
            });
            held.await();
            waitUntil(() -> watchdog.longestStallMillis() >= 250);
            assertTrue(watchdog.longestStallMillis() >= 250, "longest " + watchdog.longestStallMillis());
            StallWatchdog.Stall longest = watchdog.worstStalls().get(0);
            assertTrue(longest.millis() >= 250, "worst " + longest);
            assertTrue(longest.queuedMillis() <= longest.millis(), "the queue's wait is part of the stall: " + longest);
        } finally {
            fxThread.shutdownNow();
            fxThread.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void keepsTheLongestStallsLongestFirst() throws Exception {
        ExecutorService fxThread = Executors.newSingleThreadExecutor();
        try (StallWatchdog watchdog = new StallWatchdog(fxThread::execute, 1, 10_000).start()) {
            for (long block : new long[] {60, 200, 120}) {
                CountDownLatch blocked = new CountDownLatch(1);
                fxThread.execute(() -> {
                    blocked.countDown();
                    sleep(block);
                });
                blocked.await();
                fxThread.submit(() -> { }).get();
            }
            waitUntil(() -> watchdog.worstStalls().size() == StallWatchdog.WORST_KEPT);
            java.util.List<StallWatchdog.Stall> worst = watchdog.worstStalls();
            assertTrue(worst.size() <= StallWatchdog.WORST_KEPT, "kept " + worst.size());
            for (int i = 1; i < worst.size(); i++) {
                assertTrue(worst.get(i - 1).stallNanos() >= worst.get(i).stallNanos(), "longest first: " + worst);
            }
            assertTrue(worst.get(0).millis() >= 160, "the 200 ms block is the longest: " + worst);
            assertEquals(watchdog.longestStallMillis(), worst.get(0).millis());
        } finally {
            fxThread.shutdownNow();
            fxThread.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
