package org.learnops.studio.app.common;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleConsumer;

/**
 * Hands a value that a background task reports often (a progress share) to the FX thread: while one
 * value waits for the FX thread, later ones replace it instead of queueing more work there (an
 * export or import reports every thousand rows, millions of rows).
 */
public final class LatestOnFxThread {

    private final Executor fxThread;
    private final DoubleConsumer show;
    private final AtomicReference<Double> unshown = new AtomicReference<>();

    /**
     * @param fxThread runs {@code show} on the FX thread ({@code Platform::runLater}; tests: at once)
     * @param show     what to do with the newest value, on the FX thread
     */
    public LatestOnFxThread(Executor fxThread, DoubleConsumer show) {
        this.fxThread = fxThread;
        this.show = show;
    }

    /** From any thread. */
    public void post(double value) {
        if (unshown.getAndSet(value) == null) {
            fxThread.execute(() -> show.accept(unshown.getAndSet(null)));
        }
    }
}
