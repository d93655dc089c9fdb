package org.learnops.studio.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * In a child process: looks at the windows from the FX thread every few milliseconds and prints
 * {@value #READY} on standard output as soon as one is shown and passes {@code usable}; the parent
 * stops its clock when it reads that line. The same probe serves the product and the bare window,
 * so both pay the same polling cost.
 */
final class ReadyMarker {

    static final String READY = "BENCH-READY";

    private ReadyMarker() {
    }

    static void watch(Predicate<Stage> usable) {
        Thread watcher = new Thread(() -> {
            while (true) {
                CountDownLatch looked = new CountDownLatch(1);
                boolean[] ready = {false};
                try {
                    Platform.runLater(() -> {
                        for (Window window : Window.getWindows()) {
                            if (window instanceof Stage stage && stage.isShowing() && usable.test(stage)) {
                                ready[0] = true;
                            }
                        }
                        looked.countDown();
                    });
                    looked.await(10, TimeUnit.SECONDS);
                } catch (IllegalStateException notStartedYet) {
                    // the FX toolkit is not up yet
                } catch (InterruptedException e) {
                    return;
                }
                if (ready[0]) {
                    System.out.println(READY);
                    System.out.flush();
                    Runtime.getRuntime().halt(0);
                }
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-ready-marker");
        watcher.setDaemon(true);
        watcher.start();
    }
}
