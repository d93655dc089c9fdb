package org.learnops.studio.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

            watchdog.reset();
            assertEquals(0, watchdog.longestStallMillis());
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
