package org.learnops.studio.workspace;

import java.nio.file.Path;
import org.learnops.studio.error.StudioException;

/**
 * Where a workspace lives. A workspace is one H2 file ending in {@value #SUFFIX}; a path given
 * without the suffix gets it. The lock file {@code <name>.lock} sits beside it.
 */
public record WorkspaceFile(Path path) {

    public static final String SUFFIX = ".mv.db";

    public WorkspaceFile {
        path = path.toAbsolutePath().normalize();
    }

    /** Accepts {@code plan.mv.db} or {@code plan}; refuses names H2 cannot open safely. */
    public static WorkspaceFile of(Path given) {
        Path absolute = given.toAbsolutePath().normalize();
        Path fileName = absolute.getFileName();
        if (fileName == null) {
            throw new StudioException("workspace.error.badPath", given.toString());
        }
        String name = fileName.toString();
        // ';' would be read as a JDBC URL setting separator by H2.
        if (absolute.toString().contains(";")) {
            throw new StudioException("workspace.error.badPath", given.toString());
        }
        if (!name.endsWith(SUFFIX)) {
            absolute = absolute.resolveSibling(name + SUFFIX);
        } else if (name.length() == SUFFIX.length()) {
            throw new StudioException("workspace.error.badPath", given.toString());
        }
        return new WorkspaceFile(absolute);
    }

    /** The name users see, e.g. in the window title: the file name without {@value #SUFFIX}. */
    public String name() {
        String file = path.getFileName().toString();
        return file.substring(0, file.length() - SUFFIX.length());
    }

    /** The path H2 expects in its URL: the file without {@value #SUFFIX}. */
    public Path databasePath() {
        return path.resolveSibling(name());
    }

    public Path lockFile() {
        return path.resolveSibling(name() + ".lock");
    }
}
