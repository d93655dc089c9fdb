import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds LearnOps Studio's app-image and native package with the JDK's own jlink and jpackage.
 * Run by the app module's {@code installer} profile (exec-maven-plugin, no other plugin needed):
 * <pre>
 * java installer/BuildPackages.java --installer installer --version 0.1.0-SNAPSHOT \
 *      --main-jar app/target/learnops-app.jar --class-path "jar:jar:…" --dest app/target/installer \
 *      [--types native|app-image|deb|msi|dmg,pkg]
 * </pre>
 * Steps, each timed: copy the jars to {@code <dest>/input}; jlink the JDK modules listed in
 * {@code installer/runtime-modules.txt} into {@code <dest>/runtime} (reused while the list and the
 * JDK are unchanged); jpackage the app-image {@code <dest>/learnops-studio} (Linux) with two launchers (the
 * window and the {@code learnops} command line); then the OS's native packages from that image,
 * with the options in {@code installer/<os>/package.options} and the files in
 * {@code installer/<os>/resources} (jpackage's --resource-dir); last, on Linux, the image's own
 * class-data archive (decision 0017; the packages make theirs where they are installed).
 */
public final class BuildPackages {

    static final String APP_NAME = "LearnOps Studio";
    static final String WINDOW_MAIN_CLASS = "org.learnops.studio.app.Launcher";
    static final String CLASS_LIST = "learnops.classlist";

    private final Path installer;
    private final Path dest;
    private final String version;
    private final Os os = Os.current();

    private BuildPackages(Path installer, Path dest, String version) {
        this.installer = installer;
        this.dest = dest;
        this.version = version;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args, List.of("--installer", "--version", "--main-jar", "--class-path", "--dest"));
        BuildPackages build = new BuildPackages(Path.of(options.get("--installer")).toAbsolutePath().normalize(),
                Path.of(options.get("--dest")).toAbsolutePath(), options.get("--version"));
        long start = System.nanoTime();
        Path input = build.copyJars(Path.of(options.get("--main-jar")), options.get("--class-path"));
        Path runtime = build.runtime();
        Path image = build.appImage(input, Path.of(options.get("--main-jar")).getFileName().toString(), runtime);
        build.nativePackages(image, options.getOrDefault("--types", "native"));
        build.classDataArchive(image);
        say("Installer build done in %s: %s", seconds(start), build.dest);
    }

    // --- steps ---

    /** The app's jar and every runtime jar (JavaFX with its platform classifier) into one input folder. */
    private Path copyJars(Path mainJar, String classPath) throws IOException {
        long start = System.nanoTime();
        Path input = dest.resolve("input");
        deleteTree(input);
        Files.createDirectories(input);
        Files.copy(mainJar, input.resolve(mainJar.getFileName()));
        // the classes a start loads, for the class-data archive (decision 0017); lands in lib/app
        Files.copy(installer.resolve(CLASS_LIST), input.resolve(CLASS_LIST));
        int count = 1;
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (entry.isBlank() || Files.isDirectory(path)) {
                // the app's own target/classes: its jar is copied above. Another module's classes
                // folder means the reactor did not package it: say how to build instead.
                if (!entry.isBlank() && !path.toAbsolutePath().startsWith(mainJar.toAbsolutePath().getParent())) {
                    throw new IllegalStateException("Not a jar on the class path: " + entry
                            + ". Build with: mvn -Pinstaller -pl app -am package");
                }
                continue;
            }
            Files.copy(path, input.resolve(path.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            count++;
        }
        say("Copied %d jars to %s in %s", count, input, seconds(start));
        return input;
    }

    /** A trimmed Java runtime with only the modules the app and its libraries use. */
    private Path runtime() throws IOException {
        long start = System.nanoTime();
        Path runtime = dest.resolve("runtime");
        List<String> modules = lines(installer.resolve("runtime-modules.txt"));
        String stamp = String.join(",", modules) + " " + System.getProperty("java.vm.version") + " cds";
        Path stampFile = dest.resolve("runtime.stamp");
        if (Files.isDirectory(runtime) && Files.isRegularFile(stampFile) && Files.readString(stampFile).equals(stamp)) {
            say("Reusing the Java runtime %s (same modules, same JDK)", runtime);
            return runtime;
        }
        deleteTree(runtime);
        run("jlink", "--add-modules", String.join(",", modules), "--output", runtime.toString(),
                "--strip-debug", "--no-man-pages", "--no-header-files", "--compress=2",
                // the JDK's own class-data archives (lib/server/classes*.jsa; without them every JDK class
                // is parsed and verified at each start): what a start uses where the app's archive is not made
                "--generate-cds-archive");
        Files.writeString(stampFile, stamp);
        say("jlink: %d modules into %s in %s", modules.size(), runtime, seconds(start));
        return runtime;
    }

    /** The app-image: both launchers, the jars, the runtime. */
    private Path appImage(Path input, String mainJar, Path runtime) throws IOException {
        long start = System.nanoTime();
        Path made = dest.resolve(os == Os.MACOS ? APP_NAME + ".app" : APP_NAME);
        Path image = dest.resolve(os.imageFolder());
        deleteTree(made);
        deleteTree(image);
        List<String> args = new ArrayList<>(List.of("--type", "app-image",
                "--name", APP_NAME,
                "--app-version", numericVersion(),
                "--input", input.toString(),
                "--main-jar", mainJar,
                "--main-class", WINDOW_MAIN_CLASS,
                "--runtime-image", runtime.toString(),
                "--add-launcher", "learnops=" + installer.resolve("learnops.properties"),
                "--dest", dest.toString()));
        args.addAll(optionsFile(installer.resolve("app-image.options")));
        args.addAll(optionsFile(installer.resolve(os.folder).resolve("app-image.options")));
        run("jpackage", args.toArray(String[]::new));
        if (!made.equals(image)) {
            Files.move(made, image);
        }
        say("jpackage app-image %s in %s", image, seconds(start));
        return image;
    }

    /**
     * The app's class-data archive ({@code lib/app/learnops.jsa}, decision 0017): the classes of
     * {@code learnops.classlist} parsed, verified and laid out once, so a start maps them instead.
     * Made by the window launcher itself with {@code -Xshare:dump}, so that it holds the launcher's class
     * path and JVM options (the archive's file name comes from {@code linux/app-image.options}); Java 17
     * uses it only at that path, so it is made after the packages, which make their own on install.
     */
    private void classDataArchive(Path image) throws IOException {
        if (os != Os.LINUX) {
            return;
        }
        long start = System.nanoTime();
        Path appDir = image.resolve("lib").resolve("app");
        Path log = dest.resolve("learnops-jsa.log");
        ProcessBuilder dump = new ProcessBuilder(image.resolve("bin").resolve(APP_NAME).toString())
                .directory(appDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        // relative to the working directory: JAVA_TOOL_OPTIONS splits at spaces, and the path may hold one
        dump.environment().put("JAVA_TOOL_OPTIONS", "-Xshare:dump -XX:SharedClassListFile=" + CLASS_LIST);
        try {
            int exit = dump.start().waitFor();
            if (exit != 0 || !Files.isRegularFile(appDir.resolve("learnops.jsa"))) {
                throw new IllegalStateException("The class-data archive was not made (exit " + exit + "); see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while making the class-data archive", e);
        }
        say("Class-data archive %s (%d MB) in %s", appDir.resolve("learnops.jsa"), size(appDir.resolve("learnops.jsa")) >> 20, seconds(start));
        if (image.toString().contains(" ")) {
            say("The image's path holds a space: Java 17 will not use the jars' classes of its archive (the packages make theirs on install)");
        }
    }

    /** The OS's installers made from the app-image (.deb here; .msi on Windows; .dmg and .pkg on macOS). */
    private void nativePackages(Path image, String types) throws IOException {
        List<String> chosen = switch (types) {
            case "native" -> os.nativeTypes();
            case "app-image" -> List.of();
            default -> List.of(types.split(","));
        };
        if (chosen.isEmpty() && !types.equals("app-image")) {
            say("No native package on this system (Linux: .deb needs dpkg-deb and fakeroot, .rpm needs rpmbuild); the app-image is built");
        }
        for (String type : chosen) {
            long start = System.nanoTime();
            List<String> args = new ArrayList<>(List.of("--type", type,
                    "--app-image", image.toString(),
                    "--name", APP_NAME,
                    "--app-version", numericVersion(),
                    "--dest", dest.toString()));
            Path resources = installer.resolve(os.folder).resolve("resources");
            if (Files.isDirectory(resources)) {
                args.addAll(List.of("--resource-dir", resources.toString()));
            }
            args.addAll(optionsFile(installer.resolve("package.options")));
            args.addAll(optionsFile(installer.resolve(os.folder).resolve("package.options")));
            run("jpackage", args.toArray(String[]::new));
            try (Stream<Path> files = Files.list(dest)) {
                files.filter(file -> file.getFileName().toString().endsWith("." + type))
                        .forEach(file -> say("jpackage %s: %s (%d MB) in %s", type, file, size(file) >> 20, seconds(start)));
            }
        }
    }

    // --- helpers ---

    /**
     * Installers want a plain numeric version: 0.1.0-SNAPSHOT becomes 0.1.0. macOS refuses a first
     * number of 0 (jpackage: "the first number in an app-version cannot be zero"), so builds for
     * macOS pass {@code -Dinstaller.appVersion=1.0.0} or the like (see installer/README.md).
     */
    private String numericVersion() {
        String override = System.getProperty("installer.appVersion", "");
        return override.isBlank() ? version.replaceFirst("[^0-9.].*$", "") : override;
    }

    /** An options file: one jpackage option per line ("--option value", value may hold spaces); # comments. */
    static List<String> optionsFile(Path file) throws IOException {
        List<String> args = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return args;
        }
        for (String line : lines(file)) {
            int space = line.indexOf(' ');
            if (space < 0) {
                args.add(line);
            } else {
                args.add(line.substring(0, space));
                args.add(line.substring(space + 1).strip().replace("${installer}", file.getParent().toString()));
            }
        }
        return args;
    }

    /** The non-blank lines of a file, without # comments. */
    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static void run(String tool, String... args) {
        ToolProvider provider = ToolProvider.findFirst(tool).orElseThrow(() ->
                new IllegalStateException(tool + " is not in this JDK (" + System.getProperty("java.home") + "); use a full JDK 17+"));
        say("%s %s", tool, String.join(" ", args));
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int exit = provider.run(out, err, args);
        if (exit != 0) {
            throw new IllegalStateException(tool + " failed with exit code " + exit);
        }
    }

    private static Map<String, String> options(String[] args, List<String> required) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        for (String option : required) {
            if (!options.containsKey(option)) {
                throw new IllegalArgumentException("Missing " + option + "; see the comment at the top of BuildPackages.java");
            }
        }
        return options;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    static void say(String format, Object... args) {
        System.out.println("[installer] " + String.format(Locale.ROOT, format, args));
    }

    /** What differs per OS: the folder under installer/, the image's name, the native package types. */
    enum Os {
        LINUX("linux"), WINDOWS("windows"), MACOS("macos");

        final String folder;

        Os(String folder) {
            this.folder = folder;
        }

        static Os current() {
            String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MACOS : LINUX;
        }

        /**
         * The app-image's folder in {@code <dest>}. On Linux the installed folder's name, without a space:
         * Java 17's class-data sharing skips every jar whose path has one (decision 0017).
         */
        String imageFolder() {
            return switch (this) {
                case LINUX -> "learnops-studio";
                case WINDOWS -> APP_NAME;
                case MACOS -> APP_NAME + ".app";
            };
        }

        /** .deb where dpkg-deb exists, else .rpm where rpmbuild exists; WiX's .msi; a .dmg and a .pkg. */
        List<String> nativeTypes() {
            return switch (this) {
                case WINDOWS -> List.of("msi");
                case MACOS -> List.of("dmg", "pkg");
                case LINUX -> onPath("dpkg-deb") ? List.of("deb") : onPath("rpmbuild") ? List.of("rpm") : List.of();
            };
        }

        private static boolean onPath(String command) {
            return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                    .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
        }
    }
}
