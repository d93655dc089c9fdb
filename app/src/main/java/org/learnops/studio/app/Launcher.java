package org.learnops.studio.app;

import java.util.List;
import javafx.application.Application;
import org.learnops.studio.workspace.DataFolder;

/**
 * The entry point. It does not extend {@link Application}, so a plain class path start works
 * without "JavaFX runtime components are missing". It checks the command line and points the
 * log file at the data folder before anything logs.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.err.println(StartupOptions.USAGE);
            return;
        }
        StartupOptions options;
        try {
            options = StartupOptions.parse(List.of(args));
        } catch (StartupOptions.BadCommandLine e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (System.getProperty("learnops.logDir") == null) {
            System.setProperty("learnops.logDir", DataFolder.resolve().resolve("logs").toString());
        }
        // Logging's configuration and the app's context (texts, settings) are made on a second thread
        // while JavaFX starts its toolkit, instead of one after the other before the window can show.
        AppContext.prepareForDesktop(options);
        try {
            Application.launch(LearnOpsApp.class, args);
        } catch (UnsupportedOperationException e) {
            // JavaFX's own words ("Unable to load glass GTK library") do not say what to install.
            System.err.println("LearnOps Studio could not open a window: " + e.getMessage());
            System.err.println("On Linux it needs GTK 3 (Debian/Ubuntu: sudo apt-get install libgtk-3-0) and a display.");
            System.exit(1);
        }
    }
}
