package org.learnops.studio.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads — without initialising — the classes a start needs after the toolkit is up (the main
 * window's controls, skins and FXML loader, the theme, H2 and the first screens), listed in
 * {@code startup-classes.txt} in the order a start needs them. It runs on the start thread, which
 * is otherwise idle once logging and the context are made, so the FX thread and the workspace
 * opener find most classes already read and defined instead of reading them from the jars one by
 * one (initialising H2's and the model's classes here as well was measured: no better). Nothing is initialised here (no static initialiser runs early, none on a wrong thread); a
 * name that is missing (another platform, a renamed class) is skipped: the list only saves time.
 *
 * <p>The list comes from {@code -Xlog:class+load} of starts on the bench's "My workspace" made
 * without the list (so the order is the start's own): the classes loaded after this class until the
 * window is ready (the start-up probe's marker), without hidden and lambda classes, classes from
 * the JDK's shared archive (already cheap) and test-only libraries (Monocle, the bench, TestFX).
 */
final class StartupClasses {

    static final String LIST = "startup-classes.txt";

    private StartupClasses() {
    }

    /** Loads the listed classes; returns how many were found. */
    static int preload() {
        ClassLoader loader = StartupClasses.class.getClassLoader();
        int loaded = 0;
        try (InputStream in = StartupClasses.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return 0;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = lines.readLine(); name != null; name = lines.readLine()) {
                if (name.isBlank()) {
                    continue;
                }
                try {
                    Class.forName(name.strip(), false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError notHere) {
                    // not on this platform or class path: the class loads when (if) it is needed
                }
            }
        } catch (IOException e) {
            // the list only saves time; a start without it is just slower
        }
        return loaded;
    }
}
