package org.learnops.studio.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class AutosaveTest {

    /** Holds submitted work until the test lets it run, like a busy background thread. */
    private static final class QueuedTaskRunner implements TaskRunner {
        private final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            queue.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        void runNext() {
            queue.removeFirst().run();
        }

        int waiting() {
            return queue.size();
        }
    }

    @Test
    void valuesArrivingDuringASaveCollapseIntoOneSaveOfTheNewest() {
        QueuedTaskRunner tasks = new QueuedTaskRunner();
        SaveTracker tracker = new SaveTracker();
        List<String> stored = new ArrayList<>();
        Autosave<String> autosave = new Autosave<>(tasks, tracker, stored::add, error -> { });

        autosave.submit("L");
        autosave.submit("Le");
        autosave.submit("Lea");
        assertEquals(1, tasks.waiting(), "one save in flight at a time");
        assertEquals(SaveState.SAVING, tracker.getState());

        tasks.runNext();
        assertEquals(1, tasks.waiting(), "the newest value follows");
        tasks.runNext();

        assertEquals(List.of("L", "Lea"), stored);
        assertEquals(0, tasks.waiting());
        assertEquals(SaveState.SAVED, tracker.getState());
    }

    @Test
    void aFailedSaveIsReportedAndShownUntilTheNextSaveSucceeds() {
        SyncTaskRunner tasks = new SyncTaskRunner();
        SaveTracker tracker = new SaveTracker();
        List<Throwable> failures = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        Autosave<String> autosave = new Autosave<>(tasks, tracker, value -> {
            if (value.equals("bad")) {
                throw new IllegalStateException("disk full");
            }
            stored.add(value);
        }, failures::add);

        autosave.submit("bad");
        assertEquals(SaveState.FAILED, tracker.getState());
        assertEquals(1, failures.size());

        autosave.submit("good");
        assertEquals(SaveState.SAVED, tracker.getState());
        assertEquals(List.of("good"), stored);
    }
}
