package org.learnops.studio.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The command line of the desktop app: {@code [--workspace PATH]}.
 *
 * @param workspace the workspace to open (created if missing) instead of the most recent one
 */
public record StartupOptions(Optional<Path> workspace) {

    public static final String USAGE = "Usage: learnops-studio [--workspace PATH]";

    /** Thrown for a command line the app does not understand; its message is for the terminal. */
    public static final class BadCommandLine extends Exception {
        BadCommandLine(String message) {
            super(message + System.lineSeparator() + USAGE);
        }
    }

    public static StartupOptions parse(List<String> arguments) throws BadCommandLine {
        Optional<Path> workspace = Optional.empty();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--workspace") || argument.equals("-w")) {
                if (i + 1 >= arguments.size() || arguments.get(i + 1).isBlank()) {
                    throw new BadCommandLine("--workspace needs a path");
                }
                workspace = Optional.of(Path.of(arguments.get(++i)));
            } else if (argument.startsWith("--workspace=")) {
                workspace = Optional.of(Path.of(argument.substring("--workspace=".length())));
            } else {
                throw new BadCommandLine("Unknown option: " + argument);
            }
        }
        return new StartupOptions(workspace);
    }
}
