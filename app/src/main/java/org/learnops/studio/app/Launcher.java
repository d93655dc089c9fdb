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
        try {
            StartupOptions.parse(List.of(args));
        } catch (StartupOptions.BadCommandLine e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
        if (System.getProperty("learnops.logDir") == null) {
            System.setProperty("learnops.logDir", DataFolder.resolve().resolve("logs").toString());
        }
        Application.launch(LearnOpsApp.class, args);
    }
}
