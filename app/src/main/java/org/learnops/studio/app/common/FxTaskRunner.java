package org.learnops.studio.app.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background worker thread: work runs in submission order (so two saves of the same record
 * can never overtake each other) and results come back on the FX thread.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "learnops-worker");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * {@inheritDoc} An exception thrown by {@code onSuccess} or {@code onFailure} reaches the FX
     * thread's uncaught-exception handler (the {@link LastResortErrorHandler}: dialog and log);
     * when {@code onFailure} fails, the work's own failure is attached to it as suppressed, so the
     * log shows both. Without an {@code onFailure} (null) the work's failure goes there directly.
     */
    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        worker.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                Platform.runLater(() -> failed(e, onFailure));
                return;
            }
            Platform.runLater(() -> onSuccess.accept(result));
        });
    }

    @Override
    public void onFxThread(Runnable update) {
        Platform.runLater(update);
    }

    private static void failed(Throwable failure, Consumer<Throwable> onFailure) {
        if (onFailure == null) {
            Thread fx = Thread.currentThread();
            fx.getUncaughtExceptionHandler().uncaughtException(fx, failure);
            return;
        }
        try {
            onFailure.accept(failure);
        } catch (RuntimeException | Error handlerFailure) {
            if (handlerFailure != failure) {
                handlerFailure.addSuppressed(failure);
            }
            throw handlerFailure;
        }
    }

    /** Finishes queued work (up to the timeout), then stops the worker. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Background work did not finish within 30 s of shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
