package org.learnops.studio.app.common;

import java.util.function.Consumer;

/**
 * Stores the latest value of one record as soon as it changes: at most one save in flight, and
 * values that arrive meanwhile collapse into one follow-up save of the newest. So fast typing
 * costs a handful of transactions, and the last value typed is always the one stored.
 * Call from the FX thread.
 *
 * @param <T> the record saved
 */
public final class Autosave<T> {

    private final TaskRunner tasks;
    private final SaveTracker tracker;
    private final Consumer<T> store;
    private final Consumer<Throwable> onFailure;
    private T pending;
    private boolean inFlight;

    public Autosave(TaskRunner tasks, SaveTracker tracker, Consumer<T> store, Consumer<Throwable> onFailure) {
        this.tasks = tasks;
        this.tracker = tracker;
        this.store = store;
        this.onFailure = onFailure;
    }

    public void submit(T value) {
        pending = value;
        if (!inFlight) {
            saveNext();
        }
    }

    private void saveNext() {
        T value = pending;
        pending = null;
        inFlight = true;
        tracker.started();
        tasks.run(() -> store.accept(value), () -> {
            tracker.succeeded();
            done();
        }, error -> {
            tracker.failed();
            try {
                onFailure.accept(error);
            } finally {
                done(); // even if reporting the failure fails, later edits are still saved
            }
        });
    }

    private void done() {
        inFlight = false;
        if (pending != null) {
            saveNext();
        }
    }
}
