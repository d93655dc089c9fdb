package org.learnops.studio.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JVM options the user's app runs with: the {@code --java-options} lines of
 * {@code installer/app-image.options}, which jpackage writes into the installed launcher. The FX
 * stall figure runs its window in a JVM started with them (and {@code javafx:run} in app/pom.xml
 * passes the same ones; {@code JvmOptionsTest} keeps the two equal).
 */
public final class AppJvmOptions {

    private static final String JAVA_OPTIONS = "--java-options ";

    private AppJvmOptions() {
    }

    /** The options file of the source tree: {@code bench.appOptions}, else {@code ../installer/app-image.options} from app/. */
    static Path file() {
        String given = System.getProperty("bench.appOptions", "");
        return given.isBlank() ? Path.of("..", "installer", "app-image.options") : Path.of(given);
    }

    /** The JVM options in an app-image options file, in order. */
    public static List<String> read(Path optionsFile) throws IOException {
        return Files.readAllLines(optionsFile, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> line.startsWith(JAVA_OPTIONS))
                .map(line -> line.substring(JAVA_OPTIONS.length()).strip())
                .toList();
    }
}
