package org.learnops.studio.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * The start-up figure's class path and class-data archives, laid out as the installed app has them
 * (decision 0017): every jar in one folder, the app's classes from its jar, and an archive made with
 * {@code -Xshare:dump} from {@code installer/learnops.classlist}, as the .deb's postinst makes it.
 * Java 17 uses an archive only with the class path it was made with, and skips every jar whose path
 * holds a space, so the folder must not have one.
 */
final class ClassData {

    private final String classPath;

    private ClassData(String classPath) {
        this.classPath = classPath;
    }

    /**
     * Copies this JVM's class path into {@code <scratch>/jars}: jars as they are, a module's
     * {@code target/classes} as that module's jar (the bench runs after {@code package}), and
     * {@code target/test-classes} (the probe and the bare window) as a jar made here.
     */
    static ClassData jars(Path scratch) throws IOException {
        Path folder = scratch.resolve("jars").toAbsolutePath();
        if (folder.toString().contains(" ")) {
            throw new IllegalStateException("bench.dir must not hold a space (Java 17's class-data sharing skips such jars): " + folder);
        }
        Bench.deleteTree(folder);
        Files.createDirectories(folder);
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Paths.get(entry);
            Path jar;
            if (Files.isRegularFile(path)) {
                jar = path;
            } else if (path.getFileName().toString().equals("test-classes")) {
                jar = folder.resolve("bench-test-classes.jar");
                run("jar", "--create", "--file", jar.toString(), "-C", path.toString(), ".");
            } else if (path.getFileName().toString().equals("classes")) {
                jar = moduleJar(path.getParent());
            } else {
                throw new IllegalStateException("Not a jar or a module's classes on the class path: " + entry);
            }
            Path copy = folder.resolve(jar.getFileName());
            if (!copy.equals(jar)) {
                Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            entries.add(copy.toString());
        }
        return new ClassData(String.join(File.pathSeparator, entries));
    }

    String classPath() {
        return classPath;
    }

    /** The class list the installer ships: {@code installer/learnops.classlist}, beside the app's options file. */
    static Path appClassList() {
        return AppJvmOptions.file().toAbsolutePath().getParent().resolve("learnops.classlist");
    }

    /**
     * Makes an archive of {@code classList}'s classes for this class path with {@code jvmOptions}
     * (an archive made with ZGC serves only ZGC and the other way round), and checks that a JVM
     * started the same way maps it with the class path's own classes in it: the number of those is returned.
     */
    int dump(List<String> jvmOptions, Path classList, Path archive) throws IOException, InterruptedException {
        Files.deleteIfExists(archive);
        List<String> dump = new ArrayList<>(java(jvmOptions));
        dump.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + archive,
                "-cp", classPath));
        String dumped = output(dump);
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("No class-data archive made: " + dumped);
        }
        List<String> check = new ArrayList<>(java(jvmOptions));
        check.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-XX:+PrintSharedArchiveAndExit",
                "-cp", classPath));
        String printed = output(check);
        int appClasses = (int) printed.lines().filter(line -> line.endsWith(" app_loader")).count();
        if (!printed.contains("archive is valid") || appClasses == 0) {
            throw new IllegalStateException("The class-data archive " + archive + " is not used with this class path ("
                    + appClasses + " of its classes): " + printed.lines().filter(line -> !line.endsWith("_loader")).toList());
        }
        return appClasses;
    }

    private static List<String> java(List<String> jvmOptions) {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        return command;
    }

    private static String output(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("Exit " + exit + " from " + command.subList(0, Math.min(6, command.size())) + ": " + out);
        }
        return out;
    }

    /** {@code <module>/target/<artifact>-<version>.jar}, the one jar that is neither sources nor tests. */
    private static Path moduleJar(Path target) throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            List<Path> jars = files.filter(file -> file.getFileName().toString().endsWith(".jar"))
                    .filter(file -> !file.getFileName().toString().matches(".*-(sources|tests|javadoc)\\.jar"))
                    .toList();
            if (jars.size() != 1) {
                throw new IllegalStateException("Expected one jar in " + target + " (run the bench with verify), found " + jars);
            }
            return jars.get(0);
        }
    }

    private static void run(String tool, String... args) {
        StringWriter out = new StringWriter();
        int exit = ToolProvider.findFirst(tool).orElseThrow().run(new PrintWriter(out), new PrintWriter(out), args);
        if (exit != 0) {
            throw new IllegalStateException(tool + " failed: " + out);
        }
    }
}
