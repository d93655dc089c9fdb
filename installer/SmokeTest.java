import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tries a built (or installed) Linux app-image the way a user would, with a fresh temp data folder:
 * <ol>
 * <li>{@code learnops --version} prints "LearnOps Studio <version>" and exits 0;</li>
 * <li>{@code learnops demo} then {@code learnops export --xlsx --pptx --json} succeed and write
 *     files (this is what finds a JDK module missing from the jlink'ed runtime);</li>
 * <li>the window launcher's configuration carries the app's JVM options (the {@code --java-options}
 *     of installer/app-image.options, given with {@code --app-options}; decision 0015);</li>
 * <li>the window launcher maps the image's class-data archive {@code lib/app/learnops.jsa} with
 *     {@code -Xshare:on} (decision 0017);</li>
 * <li>the window launcher starts, logs "Main window shown" and "welcome screen" (a first start)
 *     in {@code <data folder>/logs/learnops-studio.log} without an ERROR line, and quits on
 *     SIGTERM (what the desktop sends at log-out).</li>
 * </ol>
 * The window needs a display: under Xvfb when it is installed (the image as shipped), otherwise in
 * a copy of the image whose launcher configuration adds Monocle (a test dependency, not shipped)
 * and -Dglass.platform=Monocle. CI has no Xvfb, so CI takes the Monocle way.
 * <pre>
 * java installer/SmokeTest.java --image app/target/installer/learnops-studio --version 0.1.0-SNAPSHOT \
 *      [--display auto|xvfb|monocle] [--class-path <test class path with openjfx-monocle>] [--screenshot shot.png]
 *      [--app-options installer/app-image.options]
 * </pre>
 * {@code --image /opt/learnops-studio} checks an installed .deb. Exit code 0 when every check passed.
 */
public final class SmokeTest {

    private static final String WINDOW_LAUNCHER = "LearnOps Studio";
    private static final String CLI_LAUNCHER = "learnops";
    private static final int WINDOW_TIMEOUT_SECONDS = 120;

    private final Path image;
    private final String version;
    private final Path work;
    private final List<String> failures = new ArrayList<>();

    private SmokeTest(Path image, String version, Path work) {
        this.image = image;
        this.version = version;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (!options.containsKey("--image") || !options.containsKey("--version")) {
            throw new IllegalArgumentException("Usage: see the comment at the top of SmokeTest.java");
        }
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            say("SKIPPED: the smoke test knows the Linux image layout only (bin/, lib/app/); try the package by hand here");
            return;
        }
        long start = System.nanoTime();
        Path work = Files.createTempDirectory("learnops-smoke");
        SmokeTest test = new SmokeTest(Path.of(options.get("--image")).toAbsolutePath(), options.get("--version"), work);
        try {
            if (options.containsKey("--app-options")) {
                test.javaOptions(Path.of(options.get("--app-options")));
            } else {
                say("JVM options: not checked (no --app-options file given)");
            }
            test.classData();
            test.commandLine();
            test.window(options.getOrDefault("--display", "auto"), options.getOrDefault("--class-path", ""),
                    options.get("--screenshot"));
        } finally {
            if (test.failures.isEmpty()) {
                deleteTree(work);
            } else {
                say("Kept for a look: %s", work);
            }
        }
        if (!test.failures.isEmpty()) {
            test.failures.forEach(failure -> say("FAILED: %s", failure));
            System.exit(1);
        }
        say("Smoke test passed in %s", seconds(start));
    }

    // --- the JVM options the app runs with ---

    /** Each {@code --java-options} of the options file is a {@code java-options=} line of the window launcher's .cfg. */
    private void javaOptions(Path optionsFile) throws IOException {
        List<String> wanted = Files.readAllLines(optionsFile, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> line.startsWith("--java-options "))
                .map(line -> line.substring("--java-options ".length()).strip())
                .toList();
        Path cfg = image.resolve("lib").resolve("app").resolve(WINDOW_LAUNCHER + ".cfg");
        List<String> given = Files.readAllLines(cfg, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> line.startsWith("java-options="))
                .map(line -> line.substring("java-options=".length()))
                .toList();
        for (String option : wanted) {
            check(given.contains(option), "the window launcher runs with " + option + " (" + cfg + " has " + given + ")");
        }
        say("JVM options of the window launcher: %s", given);
    }

    // --- the class-data archive ---

    /**
     * The window launcher maps the image's class-data archive (decision 0017). With -Xshare:on a JVM
     * that cannot use it (missing, made for other jars or another folder) stops with an error instead
     * of quietly starting without class-data sharing.
     */
    private void classData() throws Exception {
        long start = System.nanoTime();
        Path archive = image.resolve("lib").resolve("app").resolve("learnops.jsa");
        check(Files.isRegularFile(archive), "the image holds its class-data archive " + archive);
        Result mapped = run(work.resolve("cds-data"), Map.of("JAVA_TOOL_OPTIONS", "-Xshare:on -XX:+PrintSharedArchiveAndExit"),
                image.resolve("bin").resolve(WINDOW_LAUNCHER).toString());
        check(mapped.exit == 0, "the window launcher maps its class-data archive (-Xshare:on), exit " + mapped.exit
                + ": " + lastLine(mapped.out + "\n" + mapped.err));
        // the jars' classes are in it for the class path's loader ("app_loader"): under a folder with a
        // space Java 17 files them under "unregistered_loader" and never uses them
        long appClasses = mapped.out.lines().filter(line -> line.endsWith(" app_loader")).count();
        if (image.toString().contains(" ")) {
            say("Class-data archive: its jars' classes not checked, the image's path holds a space (Java 17 does not use them there)");
        } else {
            check(appClasses > 0, "the class-data archive holds the jars' classes for the launcher's class path");
        }
        say("Class-data archive mapped, %d of the jars' classes in it, in %s", appClasses, seconds(start));
    }

    // --- the command-line launcher ---

    private void commandLine() throws Exception {
        long start = System.nanoTime();
        Path cli = image.resolve("bin").resolve(CLI_LAUNCHER);
        Path data = work.resolve("cli-data");
        Result versionRun = run(data, cli.toString(), "--version");
        check(versionRun.exit == 0, "learnops --version exits 0, was " + versionRun.exit + ": " + versionRun.err);
        check(versionRun.out.strip().equals("LearnOps Studio " + version),
                "learnops --version prints \"LearnOps Studio " + version + "\", printed \"" + versionRun.out.strip() + "\"");

        Path demo = work.resolve("demo");
        Result demoRun = run(data, cli.toString(), "demo", "--workspace", demo.toString());
        check(demoRun.exit == 0, "learnops demo exits 0, was " + demoRun.exit + ": " + lastLine(demoRun.err));
        Path xlsx = work.resolve("demo.xlsx");
        Path pptx = work.resolve("demo.pptx");
        Path json = work.resolve("demo.json");
        Result exportRun = run(data, cli.toString(), "export", "--workspace", demo.toString(),
                "--xlsx", xlsx.toString(), "--pptx", pptx.toString(), "--json", json.toString());
        check(exportRun.exit == 0, "learnops export exits 0, was " + exportRun.exit + ": " + lastLine(exportRun.err));
        for (Path file : List.of(xlsx, pptx, json)) {
            check(Files.isRegularFile(file) && Files.size(file) > 1000, "export wrote " + file.getFileName());
        }
        say("Command line: --version, demo and export in %s", seconds(start));
    }

    // --- the window launcher ---

    private void window(String display, String classPath, String screenshot) throws Exception {
        boolean xvfb = switch (display) {
            case "xvfb" -> true;
            case "monocle" -> false;
            default -> onPath("Xvfb");
        };
        long start = System.nanoTime();
        Path data = work.resolve("window-data");
        Process xServer = null;
        Map<String, String> environment = new LinkedHashMap<>();
        Path launcher;
        if (xvfb) {
            int number = freeDisplay();
            xServer = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(work.resolve("xvfb.log").toFile()).start();
            environment.put("DISPLAY", ":" + number);
            waitForXServer(number, xServer);
            launcher = image.resolve("bin").resolve(WINDOW_LAUNCHER);
            say("Window: the image as built, under Xvfb on display :%d", number);
        } else {
            launcher = monocleCopy(classPath).resolve("bin").resolve(WINDOW_LAUNCHER);
            environment.put("DISPLAY", "");
            say("Window: a copy of the image with Monocle (headless, no Xvfb)");
        }
        Path log = data.resolve("logs").resolve("learnops-studio.log");
        Process app = start(data, environment, work.resolve("window.out"), launcher.toString());
        try {
            boolean shown = waitForLog(log, app, "Main window shown", "welcome screen");
            check(shown, "the window logs \"Main window shown\" and \"welcome screen\" within " + WINDOW_TIMEOUT_SECONDS
                    + " s; log: " + (Files.exists(log) ? Files.readString(log) : "(none)") + " output: "
                    + Files.readString(work.resolve("window.out")));
            if (shown && screenshot != null && xServer != null && onPath("import")) {
                Thread.sleep(2000); // let the first frame paint
                new ProcessBuilder("import", "-display", environment.get("DISPLAY"), "-window", "root", screenshot)
                        .inheritIO().start().waitFor(60, TimeUnit.SECONDS);
                say("Screenshot: %s", screenshot);
            }
            say("Window reached the welcome screen in %s", seconds(start));
        } finally {
            app.destroy(); // SIGTERM, as at log-out
            boolean ended = app.waitFor(60, TimeUnit.SECONDS);
            check(ended, "the window quits within 60 s of SIGTERM");
            if (!ended) {
                app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            if (xServer != null) {
                xServer.destroy();
                xServer.waitFor(30, TimeUnit.SECONDS);
            }
        }
        if (Files.exists(log)) {
            List<String> errors = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains(" ERROR ")).toList();
            check(errors.isEmpty(), "no ERROR in the log: " + errors);
        }
    }

    /**
     * A copy of the image that starts headless: Monocle's jar beside the app's, on the launcher's
     * class path, with the same JVM options the headless UI tests use. The launcher, runtime and
     * every shipped jar are the built ones.
     */
    private Path monocleCopy(String classPath) throws IOException {
        Path monocle = Stream.of(classPath.split(java.io.File.pathSeparator))
                .map(Path::of)
                .filter(path -> path.getFileName() != null && path.getFileName().toString().startsWith("openjfx-monocle"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "No Xvfb and no openjfx-monocle jar on --class-path: cannot start the window headless"));
        Path copy = work.resolve("image");
        try (Stream<Path> walk = Files.walk(image)) {
            for (Path source : walk.toList()) {
                Path target = copy.resolve(image.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        Path app = copy.resolve("lib").resolve("app");
        Files.copy(monocle, app.resolve(monocle.getFileName()));
        Path cfg = app.resolve(WINDOW_LAUNCHER + ".cfg");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
            lines.add(line);
            if (line.startsWith("app.mainclass=")) {
                lines.add("app.classpath=$APPDIR/" + monocle.getFileName());
            }
            if (line.equals("[JavaOptions]")) {
                for (String option : List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                        "-Dheadless.geometry=1280x800-32", "-Dprism.order=sw", "-Dprism.text=t2k")) {
                    lines.add("java-options=" + option);
                }
            }
        }
        Files.write(cfg, lines, StandardCharsets.UTF_8);
        return copy;
    }

    private static void waitForXServer(int number, Process xServer) throws Exception {
        Path socket = Path.of("/tmp/.X11-unix/X" + number);
        for (int i = 0; i < 100 && !Files.exists(socket); i++) {
            if (!xServer.isAlive()) {
                throw new IllegalStateException("Xvfb :" + number + " ended at once");
            }
            Thread.sleep(100);
        }
    }

    private static boolean waitForLog(Path log, Process app, String... phrases) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WINDOW_TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline && app.isAlive()) {
            if (Files.exists(log)) {
                String text = Files.readString(log, StandardCharsets.UTF_8);
                if (Stream.of(phrases).allMatch(text::contains)) {
                    return true;
                }
            }
            Thread.sleep(250);
        }
        return false;
    }

    // --- helpers ---

    private record Result(int exit, String out, String err) {
    }

    private Result run(Path data, String... command) throws Exception {
        return run(data, Map.of(), command);
    }

    private Result run(Path data, Map<String, String> environment, String... command) throws Exception {
        String name = Path.of(command[0]).getFileName() + "-" + command.length + "-" + System.nanoTime();
        Path out = work.resolve(name + ".out");
        Path err = work.resolve(name + ".err");
        Process process = start(data, environment, out, command);
        // stderr apart: the command line reports progress there
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Result(-1, "", "timed out");
        }
        return new Result(process.exitValue(), Files.readString(out), Files.exists(err) ? Files.readString(err) : "");
    }

    private Process start(Path data, Map<String, String> environment, Path output, String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LEARNOPS_DATA_DIR", data.toString());
        builder.environment().putAll(environment);
        builder.redirectOutput(output.toFile());
        builder.redirectError(Path.of(output.toString().replaceFirst("\\.out$", ".err")).toFile());
        return builder.start();
    }

    private void check(boolean passed, String what) {
        if (!passed) {
            failures.add(what);
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines[lines.length - 1];
    }

    private static int freeDisplay() throws IOException {
        for (int number = 90; number < 200; number++) {
            if (!Files.exists(Path.of("/tmp/.X" + number + "-lock")) && !Files.exists(Path.of("/tmp/.X11-unix/X" + number))) {
                try (ServerSocket probe = new ServerSocket(6000 + number)) {
                    return number;
                } catch (IOException taken) {
                    // next one
                }
            }
        }
        throw new IOException("No free X display number between :90 and :199");
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private static void say(String format, Object... args) {
        System.out.println("[smoke] " + String.format(Locale.ROOT, format, args));
    }
}
