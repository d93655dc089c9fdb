package org.learnops.studio.archfixture.console;

/** Writing to the terminal instead of logging. */
public final class ConsoleFixtures {

    private ConsoleFixtures() {
    }

    public static final class PrintsToStandardOut {
        void report() {
            System.out.println("done");
        }
    }

    public static final class PrintsToStandardError {
        void report() {
            System.err.println("failed");
        }
    }

    /** Shares the simple name of the real {@code Launcher}: the exemption must be by full name. */
    public static final class Launcher {
        void report() {
            System.err.println("failed");
        }
    }
}
