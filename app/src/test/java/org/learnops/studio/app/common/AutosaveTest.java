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

        @Override
        public void onFxThread(Runnable update) {
            update.run();
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

    @Test
    void aFailureHandlerThatThrowsDoesNotStopLaterSaves() {
        QueuedTaskRunner tasks = new QueuedTaskRunner();
        SaveTracker tracker = new SaveTracker();
        List<String> stored = new ArrayList<>();
        boolean[] failNext = {true};
        Autosave<String> autosave = new Autosave<>(tasks, tracker, value -> {
            if (failNext[0]) {
                failNext[0] = false;
                throw new IllegalStateException("disk hiccup");
            }
            stored.add(value);
        }, error -> {
            throw new IllegalStateException("the screen's failure handler has a bug too");
        });

        autosave.submit("L");
        autosave.submit("Lea");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, tasks::runNext,
                "the handler's failure reaches the last-resort handler");
        assertEquals(1, tasks.waiting(), "the newer value is still saved");
        tasks.runNext();
        autosave.submit("Lead");
        tasks.runNext();

        assertEquals(List.of("Lea", "Lead"), stored);
        assertEquals(SaveState.SAVED, tracker.getState());
    }
}
