package org.learnops.studio.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.learnops.studio.app.common.FakeDialogService;
import org.learnops.studio.app.common.FxTaskRunner;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.StallWatchdog;
import org.learnops.studio.app.LearnOpsApp;
import org.learnops.studio.app.exchange.ExportView;
import org.learnops.studio.app.exchange.ExportViewModel;
import org.learnops.studio.app.shell.MainView;
import org.learnops.studio.app.shell.MainViewModel;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.settings.SettingsFile;
import org.learnops.studio.workspace.WorkspaceFile;

/**
 * The FX-thread stall figure: the real main window (MainView on its MainViewModel, the app's task
 * runner, the app's theme and stylesheet, its default size) on the large workspace, headless, in a
 * JVM started with the app's JVM options; the {@link StallWatchdog} probes the FX thread every 5 ms
 * while the user exports the workbook, the deck and the workshop file from the Export dialog (shown,
 * its progress bar bound) and then imports that workshop file into a new workspace. Only the file
 * choosers and message boxes are fakes (they answer at once). The floor is the same window left idle
 * for two seconds. Each phase prints its longest stalls at JVM uptime (the clock of a GC log's
 * {@code uptime} decoration), its collections and the load average.
 */
final class StallRun {

    private static final long PROBE_MILLIS = 5;

    /** The child's last line: the figure's numbers and note, tab-separated. */
    private static final String RESULT = "[stall-figure]";

    private StallRun() {
    }

    /**
     * The figure measured in its own JVM, started as the user's app is: with the app's JVM options
     * ({@link AppJvmOptions}: collector, pause goal; no heap limit of the benchmark's), headless as
     * the rest of the benchmark, plus the options in {@code bench.jvm} (e.g. a GC log).
     */
    static Figure inAppJvm(WorkspaceFile large, Path scratch) throws Exception {
        List<String> appOptions = AppJvmOptions.read(AppJvmOptions.file());
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(appOptions);
        command.addAll(List.of("-Dtestfx.robot=glass", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dheadless.geometry=1920x1200-32", "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true"));
        for (String extra : System.getProperty("bench.jvm", "").split("\\s+")) {
            if (!extra.isBlank()) {
                command.add(extra);
            }
        }
        command.addAll(List.of(StallRun.class.getName(), large.path().toString(), scratch.toString()));
        Bench.say("FX stall in its own JVM with the app's options " + appOptions + " (from " + AppJvmOptions.file() + ")");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(RESULT)) {
                    result = line.substring(RESULT.length());
                } else {
                    System.out.println(line);
                }
            }
        } finally {
            child.waitFor(60, TimeUnit.SECONDS);
            child.destroyForcibly();
        }
        if (result == null) {
            throw new IllegalStateException("the stall run's JVM ended without its figure (exit " + child.exitValue() + ")");
        }
        String[] parts = result.split("\t", 3);
        return new Figure("FX stall during export + import", Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                "≤100ms", 100, true, 0, 0, parts[2]);
    }

    /** The child JVM of {@link #inAppJvm}: args are the large workspace's file and the scratch folder. */
    public static void main(String[] args) throws Exception {
        Figure figure = run(WorkspaceFile.of(Path.of(args[0])), Path.of(args[1]));
        System.out.println(RESULT + figure.productMs() + "\t" + figure.floorMs() + "\t" + figure.note());
        System.out.flush();
        System.exit(0);
    }

    static Figure run(WorkspaceFile large, Path scratch) throws Exception {
        Path data = scratch.resolve("stall-data");
        Path exports = scratch.resolve("stall-exports");
        Bench.deleteTree(data);
        Bench.deleteTree(exports);
        Files.createDirectories(data);
        Files.createDirectories(exports);
        Platform.startup(() -> { });
        Messages messages = Messages.load(Locale.ENGLISH);
        FakeDialogService dialogs = new FakeDialogService();
        FxTaskRunner tasks = new FxTaskRunner();
        // The user's window: the same view, theme and stylesheet as LearnOpsApp's (what the renderer
        // draws decides how long the FX thread waits for each frame), at the app's default size.
        Stage window = onFx(Stage::new);
        MainViewModel main = onFx(() -> {
            MainViewModel viewModel = new MainViewModel(data, new SettingsFile(data).load(), new JdbcWorkspaceOpener(),
                    tasks, dialogs, messages, line -> { }, "bench");
            LearnOpsApp.applyTheme(viewModel.themeProperty().get());
            Scene scene = new Scene(new MainView(viewModel, messages).root(), 1280, 860);
            LearnOpsApp.addAppStylesheet(scene);
            window.setScene(scene);
            window.show();
            viewModel.start(Optional.of(large.path()), () -> { });
            return viewModel;
        });
        waitFor(() -> onFxQuietly(() -> !main.busyProperty().get() && main.titleProperty().get().contains(large.name())));
        // The first screen's first layout and paint follow the open: the idle window begins after them.
        Thread.sleep(1000);

        StallWatchdog watchdog = new StallWatchdog(Platform::runLater, PROBE_MILLIS, 250).start();
        Phase phase = new Phase("idle");
        Thread.sleep(2000);
        double idle = watchdog.longestStallMillis();
        phase.report(watchdog);
        watchdog.reset();

        // File → Export…: the dialog as the user sees it (its progress bar bound), the user ticking every
        // format. Opening it is its own phase (nothing runs yet; a window's first CSS and layout pass),
        // printed and in the note but not in the figure, which is about the window while work runs.
        phase = new Phase("export dialog opening (nothing running yet)");
        Stage[] exportWindow = new Stage[1];
        ExportViewModel export = onFx(() -> {
            ExportViewModel dialog = main.exportDialog(Platform::runLater).orElseThrow();
            for (ExportViewModel.Format format : ExportViewModel.Format.values()) {
                dialog.formatProperty(format).set(true);
            }
            dialog.folderProperty().set(exports);
            exportWindow[0] = ExportView.show(window, dialog, messages);
            return dialog;
        });
        Thread.sleep(1000);
        double dialogStall = watchdog.longestStallMillis();
        phase.report(watchdog);
        watchdog.reset();

        phase = new Phase("export");
        long start = System.nanoTime();
        onFx(() -> {
            export.export();
            return null;
        });
        waitFor(() -> onFxQuietly(() -> !export.busyProperty().get()));
        double exportSeconds = (System.nanoTime() - start) / 1e9;
        double exportStall = watchdog.longestStallMillis();
        double exportQueued = watchdog.longestQueuedMillis();
        phase.report(watchdog);
        Path workshopFile = onFx(() -> export.target(ExportViewModel.Format.WORKSHOP_FILE));
        if (!Files.isRegularFile(workshopFile)) {
            throw new IllegalStateException("the export wrote no workshop file: " + dialogs.shown);
        }
        onFx(() -> {
            exportWindow[0].close();
            return null;
        });
        watchdog.reset();

        // The import phase begins with the new workspace it imports into (the user's flow).
        phase = new Phase("import (new workspace, then import)");
        Path importedInto = scratch.resolve("stall-import").resolve("imported" + WorkspaceFile.SUFFIX);
        Bench.deleteTree(importedInto.getParent());
        dialogs.chosenFiles.add(Optional.of(importedInto));
        onFx(() -> {
            main.newWorkspace();
            return null;
        });
        waitFor(() -> onFxQuietly(() -> !main.busyProperty().get() && main.titleProperty().get().contains("imported")));
        int shownBefore = dialogs.shown.size();
        dialogs.chosenFiles.add(Optional.of(workshopFile));
        dialogs.answers.add(true);
        start = System.nanoTime();
        onFx(() -> {
            main.importWorkshopFile(Platform::runLater);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> dialogs.shown.stream().skip(shownBefore)
                .anyMatch(shown -> shown.kind().equals("information") || shown.kind().equals("error"))));
        double importSeconds = (System.nanoTime() - start) / 1e9;
        double importStall = watchdog.longestStallMillis();
        double importQueued = watchdog.longestQueuedMillis();
        phase.report(watchdog);
        watchdog.close();
        String outcome = onFx(() -> dialogs.shown.get(dialogs.shown.size() - 1).kind());
        onFx(() -> {
            main.close(() -> { });
            return null;
        });
        tasks.close();
        return new Figure("FX stall during export + import", Math.max(exportStall, importStall), idle, "≤100ms", 100, true,
                0, 0, String.format(Locale.ROOT, "longest stall: export %.0f ms (%.0f s), import %.0f ms (%.0f s, %s);"
                        + " floor: idle window; of the longest, waiting in the FX queue: export %.0f ms, import %.0f ms;"
                        + " opening the export dialog (not in the figure): %.0f ms; JVM: %s", exportStall, exportSeconds,
                        importStall, importSeconds, outcome, exportQueued, importQueued, dialogStall, jvmOptions()));
    }

    /** The JVM's options as given (heap, collector, pause goal), for the figure's note. */
    private static String jvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-X") && !option.startsWith("-Xlog")
                        && !option.startsWith("-XX:StartFlightRecording"))
                .collect(Collectors.joining(" "));
    }

    /**
     * One phase of the run (idle, export, import): when it began and the collectors' counts then, so
     * that its longest stalls can be printed at the JVM's uptime (the clock of {@code -Xlog}'s
     * {@code uptime} decoration) and set beside the collections it saw.
     */
    private static final class Phase {
        private final String name;
        private final long startNanos = System.nanoTime();
        private final long gcCount = gcCount();
        private final long gcMillis = gcMillis();

        Phase(String name) {
            this.name = name;
        }

        void report(StallWatchdog watchdog) {
            long uptimeZero = System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000;
            String worst = watchdog.worstStalls().stream()
                    .map(stall -> String.format(Locale.ROOT, "%.0f ms at %.3f s (queued %.0f)", stall.millis(),
                            (stall.dueNanos() - uptimeZero) / 1e9, stall.queuedMillis()))
                    .collect(Collectors.joining(", "));
            Bench.say(String.format(Locale.ROOT, "stall %s: %.1f s, load average %.2f, %d collections (%d ms, %s);"
                            + " longest stalls (JVM uptime): %s", name, (System.nanoTime() - startNanos) / 1e9,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), gcCount() - gcCount,
                    gcMillis() - gcMillis, ManagementFactory.getGarbageCollectorMXBeans().stream()
                            .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(" + ")), worst));
        }

        private static long gcCount() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        }

        private static long gcMillis() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }

    private static boolean onFxQuietly(Callable<Boolean> check) {
        try {
            return onFx(check);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 60L * 60 * 1_000_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up after an hour");
            }
            Thread.sleep(50);
        }
    }
}
