package org.learnops.studio.app.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work that touches the database, files or POI away from the FX thread. The callbacks run
 * on the FX thread (in tests: on the calling thread, at once).
 */
public interface TaskRunner {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} with its result or {@code onFailure}
     * with what it threw. {@code onFailure} may be null when a screen has nothing better to do than
     * the uncaught-exception handler (log and error dialog); the failure then goes there.
     */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * From inside background work: runs {@code update} on the FX thread (tests: at once), e.g. to
     * say what the work is doing now. Updates arrive in order, and before the work's own callback.
     */
    void onFxThread(Runnable update);

    /** Convenience for work with no result. */
    default void run(Runnable work, Runnable onSuccess, Consumer<Throwable> onFailure) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> onSuccess.run(), onFailure);
    }
}
