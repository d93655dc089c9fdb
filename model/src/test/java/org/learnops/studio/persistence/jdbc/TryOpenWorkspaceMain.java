package org.learnops.studio.persistence.jdbc;

import java.nio.file.Path;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.workspace.WorkspaceFile;

/**
 * Run in a child JVM by {@link WorkspaceAcrossProcessesTest}: tries to open the workspace in
 * {@code args[0]} and prints {@code OPENED} (exit 0) or the refusal's message key (exit 3).
 */
public final class TryOpenWorkspaceMain {

    static final int REFUSED = 3;

    private TryOpenWorkspaceMain() {
    }

    public static void main(String[] args) {
        Workspace workspace;
        try {
            workspace = new JdbcWorkspaceOpener().open(WorkspaceFile.of(Path.of(args[0])));
        } catch (StudioException e) {
            System.out.println(e.messageKey());
            System.out.flush();
            System.exit(REFUSED);
            return;
        }
        System.out.println("OPENED");
        workspace.close();
    }
}
