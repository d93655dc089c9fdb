package org.learnops.studio.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.learnops.studio.app.common.FakeDialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SaveTracker;
import org.learnops.studio.app.common.SyncTaskRunner;
import org.learnops.studio.app.common.UndoManager;
import org.learnops.studio.app.events.EventsViewModel;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.exchange.json.JsonWorkshopFile;
import org.learnops.studio.export.ExportOptions;
import org.learnops.studio.export.ExportProgress;
import org.learnops.studio.export.ExportSection;
import org.learnops.studio.export.poi.PoiDeck;
import org.learnops.studio.export.poi.PoiSignInSheet;
import org.learnops.studio.export.poi.PoiWorkbook;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.service.CalendarService;
import org.learnops.studio.service.DirectoryService;
import org.learnops.studio.service.EventService;
import org.learnops.studio.workspace.WorkspaceFile;

/**
 * The benchmark runner (issue 8): {@code mvn -Pbench verify} in a fresh JVM with the test class
 * path. Each figure is the median of {@code bench.runs} runs of the product and of its floor —
 * what the libraries underneath do for the same rows with no product code around them — measured
 * in this same process, one after the other. See docs/performance.md.
 *
 * <p>System properties: {@code bench.scale} (1.0 = the demo generator's LARGE size),
 * {@code bench.dir} (where the generated workspace is cached), {@code bench.runs} (runs per
 * figure, default 3), {@code bench.only} (comma-separated figure keys: startup, open, filter,
 * conflict, workbook, deck (or deckwarm: only its warm lines), json, stall).
 */
public final class Bench {

    private static final List<Figure> FIGURES = new ArrayList<>();

    private Bench() {
    }

    static void say(String text) {
        System.out.println("[bench] " + text);
        System.out.flush();
    }

    public static void main(String[] args) throws Exception {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1.0"));
        Path benchDir = Paths.get(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
        int runs = Integer.getInteger("bench.runs", 3);
        Set<String> only = Arrays.stream(System.getProperty("bench.only", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        say(String.format(Locale.ROOT, "scale %s, %d runs per figure, %d cores, max heap %d MB, Java %s", scale, runs,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                System.getProperty("java.version")));
        WorkspaceFile large = LargeWorkspace.ensure(benchDir, scale);
        // Once through the product's opener, outside every clock: a workspace cached by an older build
        // is brought to this build's schema (as a user's is once after an update), not during a figure.
        long migrating = System.nanoTime();
        new JdbcWorkspaceOpener().open(large).close();
        say(String.format(Locale.ROOT, "Opened once, untimed (brings a cached workspace to this build's schema): %.1f s",
                (System.nanoTime() - migrating) / 1e9));
        Path scratch = Files.createDirectories(benchDir.resolve("scratch"));
        Floors floors = new Floors(large);
        floors.describe();

        if (wanted(only, "startup")) {
            startup(scratch, runs);
        }
        if (wanted(only, "open") || wanted(only, "filter")) {
            eventsList(large, floors, runs, only);
        }
        if (wanted(only, "conflict")) {
            conflictCheck(large, floors, runs);
        }
        if (wanted(only, "workbook")) {
            workbook(large, floors, scratch, runs);
        }
        if (wanted(only, "deck")) {
            deck(large, floors, scratch, runs);
        } else if (only.contains("deckwarm")) {
            deckWarm(large, scratch, runs);
        }
        if (wanted(only, "json")) {
            json(large, floors, scratch, runs);
        }
        if (wanted(only, "stall")) {
            add(StallRun.inAppJvm(large, scratch));
        }
        say("");
        say("=== Figures (median of " + runs + " runs; the machine is shared, see docs/performance.md) ===");
        FIGURES.forEach(f -> System.out.println(f.line()));
        long missed = FIGURES.stream().filter(f -> !f.met()).count();
        say(missed == 0 ? "every target met" : missed + " target(s) missed");
        System.exit(0);
    }

    private static void add(Figure figure) {
        FIGURES.add(figure);
        System.out.println(figure.line());
        System.out.flush();
    }

    private static boolean wanted(Set<String> only, String key) {
        return only.isEmpty() || only.contains(key);
    }

    // --- start-up ---

    private static void startup(Path scratch, int runs) throws Exception {
        Path data = scratch.resolve("startup-data");
        deleteTree(data);
        Files.createDirectories(data);
        // Both start from jars in one folder, as installed. The product runs with the options the user's
        // app runs with (installer/app-image.options) and its class-data archive, made from the class
        // list the installer ships the way the .deb's postinst makes it (installer/linux/app-image.options
        // names it; decision 0017); the bare window with the JVM's defaults. Making archives is untimed.
        ClassData jars = ClassData.jars(scratch);
        List<String> app = AppJvmOptions.read(AppJvmOptions.file());
        Path appArchive = scratch.resolve("learnops.jsa");
        long dumpStart = System.nanoTime();
        int appShared = jars.dump(app, ClassData.appClassList(), appArchive);
        double dumpMs = (System.nanoTime() - dumpStart) / 1e6;
        List<String> shipped = new ArrayList<>(app);
        shipped.add("-XX:SharedArchiveFile=" + appArchive);
        // The first start creates "My workspace" (a first start without it shows the welcome screen);
        // the timed starts open the most recent workspace again, as a user's day begins.
        childUntilReady(shipped, jars.classPath(), List.of(StartupProbe.class.getName(), "My workspace",
                "--workspace", data.resolve("My workspace.mv.db").toString()), data);
        // The bare window's own archive, for the second line: the classes one of its starts loads.
        Path bareList = scratch.resolve("bare-window.classlist");
        Files.deleteIfExists(bareList);
        childUntilReady(List.of("-XX:DumpLoadedClassList=" + bareList), jars.classPath(),
                List.of(BareWindow.class.getName()), data);
        Path bareArchive = scratch.resolve("bare-window.jsa");
        int bareShared = jars.dump(List.of(), bareList, bareArchive);
        List<String> bareArchived = List.of("-XX:SharedArchiveFile=" + bareArchive);
        List<Double> product = new ArrayList<>();
        List<Double> noArchive = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        List<Double> floorArchived = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            product.add(childUntilReady(shipped, jars.classPath(), List.of(StartupProbe.class.getName(), "My workspace"), data));
            floor.add(childUntilReady(List.of(), jars.classPath(), List.of(BareWindow.class.getName()), data));
            noArchive.add(childUntilReady(app, jars.classPath(), List.of(StartupProbe.class.getName(), "My workspace"), data));
            floorArchived.add(childUntilReady(bareArchived, jars.classPath(), List.of(BareWindow.class.getName()), data));
        }
        String how = "child processes from jars, Monocle headless; the product with the app's JVM options " + app;
        add(new Figure("start-up (process → window usable)", Timing.median(product), Timing.median(floor),
                "≤1.5x", 1.5, false, 0, 0, how + " and its class-data archive (" + appShared + " of the jars' classes, made in "
                        + Math.round(dumpMs) + " ms, untimed); the bare window with the JVM's defaults; runs " + product + " vs " + floor));
        add(new Figure("start-up, both with an archive", Timing.median(product), Timing.median(floorArchived),
                "≤1.5x", 1.5, false, 0, 0, "the same product runs; the bare window with its own class-data archive ("
                        + bareShared + " of the jars' classes); runs " + product + " vs " + floorArchived));
        add(new Figure("start-up, product without its archive", Timing.median(noArchive), Timing.median(floor),
                "none", Double.POSITIVE_INFINITY, false, 0, 0, "no target, what the archive saves: the product with the app's JVM options but no archive of its own "
                        + "(the JDK's archive only); runs " + noArchive + " vs " + floor));
    }

    /** Starts a child JVM, headless, and returns the milliseconds until it prints the marker. */
    private static double childUntilReady(List<String> jvmOptions, String classPath, List<String> mainAndArgs, Path dataFolder)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath,
                "-Dtestfx.robot=glass", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dheadless.geometry=1920x1200-32", "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true",
                "-Dlearnops.logDir=" + dataFolder.resolve("logs")));
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LEARNOPS_DATA_DIR", dataFolder.toString());
        long start = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            List<String> seen = new ArrayList<>();
            while ((line = out.readLine()) != null) {
                if (line.contains(ReadyMarker.READY)) {
                    double ms = (System.nanoTime() - start) / 1e6;
                    process.waitFor(30, TimeUnit.SECONDS);
                    return ms;
                }
                seen.add(line);
            }
            throw new IllegalStateException("The child never became ready: " + String.join("\n", seen));
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    // --- events list, filter, conflict check ---

    private static void eventsList(WorkspaceFile large, Floors floors, int runs, Set<String> only) throws Exception {
        JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();
        Messages messages = Messages.load(Locale.ENGLISH);
        Workspace[] open = new Workspace[1];
        EventsViewModel[] list = new EventsViewModel[1];
        if (wanted(only, "open")) {
            List<Double> shown = new ArrayList<>();
            List<Double> opening = new ArrayList<>();
            Timing.Result product = Timing.median(runs, () -> closeQuietly(open[0]), () -> {
                long start = System.nanoTime();
                open[0] = opener.open(large);
                opening.add((System.nanoTime() - start) / 1e6);
                list[0] = eventsViewModel(open[0], messages);
                long[] rowsAt = firstChange(list[0]);
                list[0].load();
                if (list[0].rows().isEmpty()) {
                    throw new IllegalStateException("the events list is empty");
                }
                shown.add((rowsAt[0] - start) / 1e6);
            });
            closeQuietly(open[0]);
            Timing.Result floor = Timing.median(runs, floors::openAndFirstPage);
            add(new Figure("open workspace + events list", Timing.median(shown), floor.medianMs(), "≤1000ms",
                    1000, true, product.peakHeapMb(), floor.peakHeapMb(), String.format(Locale.ROOT,
                    "until the first 200 rows are shown (%.0f ms with the count), of which opening the workspace"
                            + " (lock, H2, Flyway) %.0f ms; floor: JDBC connect + first 200 rows",
                    product.medianMs(), Timing.median(opening))));
        }
        if (wanted(only, "filter")) {
            open[0] = opener.open(large);
            try {
                list[0] = eventsViewModel(open[0], messages);
                list[0].load();
                // Typed one key at a time, as a coordinator looks for a course; each prefix is one keystroke.
                String typed = "forklift";
                List<Double> product = new ArrayList<>();
                List<Double> withCount = new ArrayList<>();
                long peak = 0;
                for (int run = 0; run < runs; run++) {
                    list[0].filterTextProperty().set("");
                    Timing.resetPeakHeap();
                    for (int i = 1; i <= typed.length(); i++) {
                        String prefix = typed.substring(0, i);
                        long[] rowsAt = firstChange(list[0]);
                        long start = System.nanoTime();
                        list[0].filterTextProperty().set(prefix);
                        long end = System.nanoTime();
                        product.add((rowsAt[0] - start) / 1e6);
                        withCount.add((end - start) / 1e6);
                    }
                    peak = Math.max(peak, Timing.peakHeapMb());
                }
                int matches = list[0].totalProperty().get();
                closeQuietly(open[0]);
                open[0] = null;
                List<Double> floor = new ArrayList<>();
                Timing.resetPeakHeap();
                try (java.sql.Connection connection = floors.connect()) {
                    for (int run = 0; run < runs; run++) {
                        for (int i = 1; i <= typed.length(); i++) {
                            floor.add(floors.filteredPage(connection, typed.substring(0, i)));
                        }
                    }
                }
                long floorPeak = Timing.peakHeapMb();
                double worst = product.stream().max(Comparator.naturalOrder()).orElse(0.0);
                add(new Figure("events filter, per keystroke", Timing.median(product), Timing.median(floor),
                        "≤100ms", 100, true, peak, floorPeak, String.format(Locale.ROOT,
                        "typing \"%s\": until the matches are shown; worst keystroke %.1f ms; with the count that follows"
                                + " %.1f ms; %d matches; floor: JDBC page of 200", typed, worst, Timing.median(withCount),
                        matches)));
            } finally {
                closeQuietly(open[0]);
            }
        }
    }

    /** The moment the list's rows first change from now on (0 until they do). */
    private static long[] firstChange(EventsViewModel list) {
        long[] at = {0};
        list.rows().addListener(new javafx.collections.ListChangeListener<Object>() {
            @Override
            public void onChanged(Change<?> change) {
                if (at[0] == 0) {
                    at[0] = System.nanoTime();
                }
                list.rows().removeListener(this);
            }
        });
        return at;
    }

    static EventsViewModel eventsViewModel(Workspace workspace, Messages messages) {
        EventService events = new EventService(workspace.operations(), LargeWorkspace.CLOCK, "bench");
        return new EventsViewModel(events, new DirectoryService(workspace.operations()),
                new CalendarService(workspace.operations(), LargeWorkspace.CLOCK), new PoiSignInSheet(), LargeWorkspace.CLOCK,
                new SyncTaskRunner(), new FakeDialogService(), messages, new SaveTracker(), new UndoManager());
    }

    private static void conflictCheck(WorkspaceFile large, Floors floors, int runs) throws Exception {
        Floors.Busy busy = floors.busiestSession();
        Session candidate = new Session(0, busy.eventId(), Optional.empty(), busy.localStart(), busy.localEnd(), busy.zone(),
                Optional.of(busy.roomId()), "", List.of(busy.facilitatorId()), Optional.empty());
        try (Workspace workspace = new JdbcWorkspaceOpener().open(large)) {
            EventService events = new EventService(workspace.operations(), LargeWorkspace.CLOCK, "bench");
            int[] found = new int[1];
            events.checkConflicts(candidate);
            Timing.Result product = Timing.median(Math.max(runs, 5), () -> found[0] = events.checkConflicts(candidate).size());
            workspace.close();
            Timing.Result floor;
            try (java.sql.Connection connection = floors.connect()) {
                floors.overlapping(connection, busy);
                floor = Timing.median(Math.max(runs, 5), () -> floors.overlapping(connection, busy));
            }
            add(new Figure("conflict check, adding a session", product.medianMs(), floor.medianMs(), "≤50ms", 50,
                    true, product.peakHeapMb(), floor.peakHeapMb(), found[0] + " conflicts found; floor: JDBC overlap query"));
        }
    }

    // --- exports and import ---

    private static void workbook(WorkspaceFile large, Floors floors, Path scratch, int runs) throws Exception {
        Path target = scratch.resolve("bench.xlsx");
        Path raw = scratch.resolve("floor.xlsx");
        // One untimed run of each first: the product runs first, and would otherwise pay alone for
        // the JIT compiling the H2 and POI code that the floor then runs compiled (about a third of
        // a cold run at scale 0.1).
        Timing.Run floorRun = () -> floors.rawWorkbook(raw);
        Timing.Result product;
        double productCpu;
        double productGc;
        try (Workspace workspace = new JdbcWorkspaceOpener().open(large)) {
            Timing.Run productRun = () -> new PoiWorkbook().write(workspace,
                    ExportOptions.everything(LargeWorkspace.CLOCK), target, ExportProgress.NONE);
            productRun.run();
            floorRun.run();
            productCpu = cpuMillis();
            productGc = gcMillis();
            product = Timing.median(runs, productRun);
            productCpu = (cpuMillis() - productCpu) / runs;
            productGc = (gcMillis() - productGc) / runs;
        }
        long size = Files.size(target);
        double floorCpu = cpuMillis();
        double floorGc = gcMillis();
        Timing.Result floor = Timing.median(runs, floorRun);
        floorCpu = (cpuMillis() - floorCpu) / runs;
        floorGc = (gcMillis() - floorGc) / runs;
        // The thread's CPU time beside the clock: on a shared, loaded machine it says what the work
        // cost when waiting for a core blurs the wall-clock ratio (the GC's threads are not in it).
        add(new Figure("workbook export (SXSSF)", product.medianMs(), floor.medianMs(), "≤1.3x", 1.3, false,
                product.peakHeapMb(), floor.peakHeapMb(), String.format(Locale.ROOT,
                "%.0f MB file vs %.0f MB; heap target ≤300 MB; per run, CPU of the timing thread %.0f / %.0f ms = %.2f,"
                        + " GC %.0f / %.0f ms", size / 1e6, Files.size(raw) / 1e6, productCpu, floorCpu,
                productCpu / floorCpu, productGc, floorGc)));
    }

    /**
     * Waits, untimed, until the process is idle (under 5 ms of CPU in 50 ms, at most 2 s): an open
     * of the large file leaves the collector and H2 some work (up to ~170 ms of CPU in the next
     * 200 ms here) that would otherwise land in the timed run after it. A user opens a workspace
     * long before exporting a deck.
     */
    private static void settle() throws InterruptedException {
        long deadline = System.nanoTime() + 2_000_000_000L;
        double before = processCpuMillis();
        while (System.nanoTime() < deadline) {
            Thread.sleep(50);
            double now = processCpuMillis();
            if (now - before < 5) {
                return;
            }
            before = now;
        }
    }

    private static double processCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
    }

    private static double cpuMillis() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e6;
    }

    /** Time the collectors report (pauses, and for G1 also some concurrent work), all collectors together. */
    private static double gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static void deck(WorkspaceFile large, Floors floors, Path scratch, int runs) throws Exception {
        Path target = scratch.resolve("bench.pptx");
        Path raw = scratch.resolve("floor.pptx");
        // Each run on a freshly opened workspace (outside the clock), as after File → Open: on a
        // connection kept open, H2 answers a repeated query from its last result.
        Workspace[] open = new Workspace[1];
        Timing.Run reopen = () -> {
            closeQuietly(open[0]);
            open[0] = new JdbcWorkspaceOpener().open(large);
            settle();
        };
        Timing.Run product = () -> new PoiDeck().write(open[0], ExportOptions.everything(LargeWorkspace.CLOCK), target,
                ExportProgress.NONE);
        java.sql.Connection[] connection = new java.sql.Connection[1];
        Timing.Run reconnect = () -> {
            if (connection[0] != null) {
                connection[0].close();
            }
            connection[0] = floors.connect();
            settle();
        };
        // One untimed run of the product and of both floors first, then the timed runs interleaved
        // (product, bare deck, bare deck + figures, again ...): whichever ran first or all its runs
        // together would otherwise pay alone the JVM's loading and compiling of POI (XSLF, XDDF,
        // XMLBeans) and of H2's query paths, which the others then reuse.
        reopen.run();
        product.run();
        int slides;
        List<Floors.DeckChart> charts;
        try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(target))) {
            slides = deck.getSlides().size();
            charts = Floors.charts(deck);
        }
        Timing.Run bare = () -> Floors.rawDeck(raw, slides, charts);
        List<Double> queries = new ArrayList<>();
        Timing.Run withFigures = () -> {
            long start = System.nanoTime();
            Floors.deckFigures(connection[0]);
            queries.add((System.nanoTime() - start) / 1e6);
            bare.run();
        };
        bare.run();
        try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(raw))) {
            // the floor's charts and notes as the product's, or the comparison means nothing
            if (deck.getSlides().size() != slides || !Floors.charts(deck).equals(charts)
                    || deck.getSlides().stream().anyMatch(slide -> slide.getNotes() == null)) {
                throw new IllegalStateException("the bare deck does not repeat the product's slides and charts: "
                        + Floors.charts(deck) + " vs " + charts);
            }
        }
        reconnect.run();
        withFigures.run();
        queries.clear();

        List<Timing.Result> measured = new ArrayList<>();
        List<Timing.Result> floor = new ArrayList<>();
        List<Timing.Result> floorWithFigures = new ArrayList<>();
        // each closes its database before the next opens it: none reads from another's warm cache
        closeQuietly(open[0]);
        open[0] = null;
        connection[0].close();
        connection[0] = null;
        for (int i = 0; i < runs; i++) {
            measured.add(Timing.median(1, reopen, product));
            closeQuietly(open[0]);
            open[0] = null;
            floor.add(Timing.median(1, bare));
            floorWithFigures.add(Timing.median(1, reconnect, withFigures));
            connection[0].close();
            connection[0] = null;
        }
        Timing.Result productResult = Timing.merge(measured);
        Timing.Result floorResult = Timing.merge(floor);
        Timing.Result withFiguresResult = Timing.merge(floorWithFigures);
        String shape = slides + " slides, " + charts.size() + " charts (" + charts.stream().filter(Floors.DeckChart::pie).count()
                + " pie), speaker notes on every slide";
        add(new Figure("stakeholder deck (XSLF)", productResult.medianMs(), floorResult.medianMs(), "≤1.2x", 1.2, false,
                productResult.peakHeapMb(), floorResult.peakHeapMb(), shape));
        // The second floor: the same bare deck plus the deck's figures with the least SQL (plain JDBC,
        // a connection opened outside the clock as the product's workspace is).
        add(new Figure("stakeholder deck vs XSLF + figures (JDBC)", productResult.medianMs(), withFiguresResult.medianMs(),
                "≤1.2x", 1.2, false, productResult.peakHeapMb(), withFiguresResult.peakHeapMb(), String.format(Locale.ROOT,
                "floor: the bare deck + the deck's figures with the least SQL (%.0f ms of it the queries); runs %s vs %s",
                Timing.median(queries), rounded(productResult.runsMs()), rounded(withFiguresResult.runsMs()))));
        deckWarm(large, scratch, runs);
    }

    /**
     * The deck warm: the product's deck (its figures read from the sums the workspace keeps,
     * decision 0014) after many untimed runs, timed many times interleaved with two floors, the
     * bare deck and a deck with the same content made with bare XSLF. The strategy's steps are read
     * from a freshly opened workspace each run.
     */
    private static void deckWarm(WorkspaceFile large, Path scratch, int runs) throws Exception {
        Path ownTarget = scratch.resolve("bench-warm.pptx");
        Path raw = scratch.resolve("floor-warm.pptx");
        Workspace[] open = new Workspace[1];
        Timing.Run reopen = () -> {
            closeQuietly(open[0]);
            open[0] = new JdbcWorkspaceOpener().open(large);
            settle();
        };
        Timing.Run ownWork = () -> new PoiDeck().write(open[0], ExportOptions.everything(LargeWorkspace.CLOCK), ownTarget,
                ExportProgress.NONE);
        reopen.run();
        ownWork.run();
        int slides;
        List<Floors.DeckChart> charts;
        Floors.DeckContent content;
        try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(ownTarget))) {
            slides = deck.getSlides().size();
            charts = Floors.charts(deck);
            content = Floors.content(deck);
        }
        Timing.Run bare = () -> Floors.rawDeck(raw, slides, charts);
        Path same = scratch.resolve("floor-same.pptx");
        Timing.Run sameContent = () -> Floors.rawDeck(same, content);
        sameContent.run();
        try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(same))) {
            if (!Floors.content(deck).shape().equals(content.shape())) {
                throw new IllegalStateException("the same-content floor does not repeat the product's shapes:\n"
                        + Floors.content(deck).shape() + "\nvs\n" + content.shape());
            }
        }
        say("The product's deck, shape by shape (T text box with n paragraphs, R rectangle, P picture, G table rows x"
                + " columns, C chart, N notes):\n" + content.shape());
        // CPU beside the clock: on a loaded machine the wall clock of a 0.1 s run varies several-fold.
        // The timing thread's CPU leaves out the deck's helper thread; the process's CPU takes in the
        // collectors, the JIT and H2's own threads: the truth is between the two.
        List<double[]> ownCpu = new ArrayList<>();
        List<double[]> bareCpu = new ArrayList<>();
        List<double[]> sameCpu = new ArrayList<>();
        Timing.Run ownTimed = () -> withCpu(ownWork, ownCpu);
        Timing.Run bareTimed = () -> withCpu(bare, bareCpu);
        Timing.Run sameTimed = () -> withCpu(sameContent, sameCpu);
        // A deck takes ~0.1 s warm, so all get more untimed runs (the JIT goes on compiling the product's
        // wider code — H2, POI, XMLBeans — for tens of runs, on the cores the timed run needs) and
        // more timed ones, interleaved.
        for (int i = 0; i < WARM_UP; i++) {
            reopen.run();
            ownWork.run();
            bare.run();
            sameContent.run();
        }
        say("The deck warm: " + WARM_UP + " untimed runs each done");
        closeQuietly(open[0]);
        open[0] = null;
        List<Timing.Result> own = new ArrayList<>();
        List<Timing.Result> ownFloor = new ArrayList<>();
        List<Timing.Result> sameFloor = new ArrayList<>();
        for (int i = 0; i < Math.max(runs, WARM_RUNS); i++) {
            own.add(Timing.median(1, reopen, ownTimed));
            closeQuietly(open[0]);
            open[0] = null;
            ownFloor.add(Timing.median(1, bareTimed));
            sameFloor.add(Timing.median(1, sameTimed));
        }
        Timing.Result ownResult = Timing.merge(own);
        Timing.Result ownFloorResult = Timing.merge(ownFloor);
        Timing.Result sameFloorResult = Timing.merge(sameFloor);
        add(new Figure("stakeholder deck, warm, vs bare XSLF", ownResult.medianMs(), ownFloorResult.medianMs(),
                "≤1.2x", 1.2, false, ownResult.peakHeapMb(), ownFloorResult.peakHeapMb(), String.format(Locale.ROOT,
                "the product's deck (figures from the kept sums) after %d untimed runs"
                        + " each; %s; runs %s vs %s", WARM_UP, cpuRatios(ownCpu, bareCpu),
                rounded(ownResult.runsMs()), rounded(ownFloorResult.runsMs()))));
        add(new Figure("stakeholder deck, warm, vs XSLF with the same content", ownResult.medianMs(),
                sameFloorResult.medianMs(), "≤1.2x", 1.2, false, ownResult.peakHeapMb(), sameFloorResult.peakHeapMb(),
                String.format(Locale.ROOT, "floor: the product's shapes, texts, tables, logo, charts and notes as bare XSLF"
                        + " (no styling, reading or fitting), written through a temporary file; %s;"
                        + " runs %s vs %s", cpuRatios(ownCpu, sameCpu), rounded(ownResult.runsMs()),
                        rounded(sameFloorResult.runsMs()))));
    }

    /** Runs {@code work} and adds its CPU: of this thread, and of the whole process. */
    private static void withCpu(Timing.Run work, List<double[]> cpu) throws Exception {
        double thread = cpuMillis();
        double process = processCpuMillis();
        work.run();
        cpu.add(new double[] {cpuMillis() - thread, processCpuMillis() - process});
    }

    private static String cpuRatios(List<double[]> product, List<double[]> floor) {
        double[] p = {Timing.median(product.stream().map(c -> c[0]).toList()), Timing.median(product.stream().map(c -> c[1]).toList())};
        double[] f = {Timing.median(floor.stream().map(c -> c[0]).toList()), Timing.median(floor.stream().map(c -> c[1]).toList())};
        return String.format(Locale.ROOT, "CPU of the timing thread %.0f / %.0f ms = %.2f, of the process %.0f / %.0f ms = %.2f",
                p[0], f[0], p[0] / f[0], p[1], f[1], p[1] / f[1]);
    }

    private static final int WARM_UP = 15;
    private static final int WARM_RUNS = 9;

    private static List<Long> rounded(List<Double> runsMs) {
        return runsMs.stream().map(Math::round).toList();
    }

    private static void json(WorkspaceFile large, Floors floors, Path scratch, int runs) throws Exception {
        Path file = scratch.resolve("bench.json");
        Timing.Result export;
        try (Workspace workspace = new JdbcWorkspaceOpener().open(large)) {
            export = Timing.median(runs, () -> new JsonWorkshopFile().write(workspace,
                    new ExportOptions(EnumSet.allOf(ExportSection.class), true, LargeWorkspace.CLOCK), file, ExportProgress.NONE));
        }
        Path raw = scratch.resolve("floor.json");
        Timing.Result exportFloor = Timing.median(runs, () -> floors.rawJsonWrite(raw));
        add(new Figure("JSON export (Jackson)", export.medianMs(), exportFloor.medianMs(), "≤1.5x", 1.5, false,
                export.peakHeapMb(), exportFloor.peakHeapMb(), String.format(Locale.ROOT, "%.0f MB file vs %.0f MB",
                Files.size(file) / 1e6, Files.size(raw) / 1e6)));

        Path importFolder = scratch.resolve("import");
        WorkspaceFile target = WorkspaceFile.of(importFolder.resolve("imported.mv.db"));
        Workspace[] fresh = new Workspace[1];
        Timing.Result imported = Timing.median(runs, () -> {
            closeQuietly(fresh[0]);
            deleteTree(importFolder);
            fresh[0] = new JdbcWorkspaceOpener().create(target);
        }, () -> {
            // The user's whole flow: File → Import shows the preview (one pass, nothing written), then imports.
            JsonWorkshopFile workshopFile = new JsonWorkshopFile();
            workshopFile.preview(fresh[0], file, ExportProgress.NONE);
            workshopFile.importInto(fresh[0], file, ExportProgress.NONE);
        });
        closeQuietly(fresh[0]);
        Timing.Result importFloor = Timing.median(runs, () -> {
            deleteTree(importFolder);
            new JdbcWorkspaceOpener().create(target).close();
        }, () -> floors.rawJsonReadAndInsert(file, target));
        deleteTree(importFolder);
        add(new Figure("JSON import (Jackson + H2 batches)", imported.medianMs(), importFloor.medianMs(), "≤1.5x",
                1.5, false, imported.peakHeapMb(), importFloor.peakHeapMb(),
                "preview + import into an empty workspace; floor: Jackson read of the file + batched H2 insert of the same rows"));
    }

    static void closeQuietly(Workspace workspace) {
        if (workspace != null) {
            workspace.close();
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static LocalDateTime now() {
        return LocalDateTime.now(LargeWorkspace.CLOCK);
    }
}
