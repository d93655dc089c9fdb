package org.learnops.studio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.learnops.studio.bench.AppJvmOptions;

/**
 * The app's JVM options (decision 0015) are written in two places that must agree: the installer's
 * {@code --java-options} (installer/app-image.options, also what the FX stall benchmark starts its
 * JVM with) and {@code javafx:run}'s {@code <options>} in app/pom.xml (the README's run command).
 */
class JvmOptionsTest {

    private static final Path INSTALLER_OPTIONS = Path.of("..", "installer", "app-image.options");
    private static final Path APP_POM = Path.of("pom.xml");

    @Test
    void theInstalledAppAndTheReadmesRunCommandStartTheSameJvm() throws Exception {
        List<String> installed = AppJvmOptions.read(INSTALLER_OPTIONS);
        assertFalse(installed.isEmpty(), "installer/app-image.options names the app's JVM options (--java-options)");
        assertEquals(installed, javafxRunOptions(Files.readString(APP_POM, StandardCharsets.UTF_8)));
    }

    @Test
    void readsEveryJavaOptionsLineAndNothingElse() throws Exception {
        Path file = Files.createTempFile("app-image", ".options");
        try {
            Files.writeString(file, "# comment --java-options -Xnot\n--vendor LearnOps Studio\n"
                    + "--java-options -XX:+UseZGC\n  --java-options   -Dsome.flag=a b  \n");
            assertEquals(List.of("-XX:+UseZGC", "-Dsome.flag=a b"), AppJvmOptions.read(file));
        } finally {
            Files.delete(file);
        }
    }

    /** The {@code <option>}s of the javafx-maven-plugin's configuration in the app's pom. */
    private static List<String> javafxRunOptions(String pom) {
        Matcher plugin = Pattern.compile("<artifactId>javafx-maven-plugin</artifactId>\\s*<configuration>(.*?)</configuration>",
                Pattern.DOTALL).matcher(pom);
        if (!plugin.find()) {
            throw new AssertionError("app/pom.xml configures the javafx-maven-plugin");
        }
        List<String> options = new ArrayList<>();
        Matcher option = Pattern.compile("<option>(.*?)</option>").matcher(plugin.group(1));
        while (option.find()) {
            options.add(option.group(1).strip());
        }
        return options;
    }
}
