package org.learnops.studio.persistence.jdbc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.learnops.studio.domain.scope.Geography;
import org.learnops.studio.domain.scope.OrganisationalScope;
import org.learnops.studio.domain.scope.Strategy;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.workspace.WorkspaceFile;

/**
 * Run in a child JVM by {@link WorkspaceAcrossProcessesTest}: opens the workspace in
 * {@code args[0]}, saves a strategy named {@code args[1]} if given, prints {@code OPEN}, then
 * holds the workspace until its stdin ends, closes it and prints {@code CLOSED}.
 */
public final class HoldWorkspaceMain {

    private HoldWorkspaceMain() {
    }

    public static void main(String[] args) throws IOException {
        try (Workspace workspace = new JdbcWorkspaceOpener().open(WorkspaceFile.of(Path.of(args[0])))) {
            if (args.length > 1) {
                workspace.scope().saveStrategy(new Strategy(args[1], "", "", OrganisationalScope.ENTERPRISE_WIDE, "",
                        Geography.GLOBAL, List.of(), ""));
            }
            System.out.println("OPEN");
            System.out.flush();
            while (System.in.read() != -1) {
                // hold the workspace until the parent closes our stdin
            }
        }
        System.out.println("CLOSED");
    }
}
