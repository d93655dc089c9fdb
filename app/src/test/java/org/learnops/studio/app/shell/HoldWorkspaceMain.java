package org.learnops.studio.app.shell;

import java.io.IOException;
import java.nio.file.Path;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.WorkspaceFile;

/**
 * Run in a second JVM by {@link SingleInstanceTest}: another LearnOps Studio process with the
 * workspace in {@code args[0]} open. Prints {@code OPEN}, holds it until its stdin ends.
 */
public final class HoldWorkspaceMain {

    private HoldWorkspaceMain() {
    }

    public static void main(String[] args) throws IOException {
        try (Workspace workspace = new JdbcWorkspaceOpener().open(WorkspaceFile.of(Path.of(args[0])))) {
            System.out.println("OPEN");
            System.out.flush();
            while (System.in.read() != -1) {
                // hold the workspace until the parent closes our stdin
            }
        }
    }
}
