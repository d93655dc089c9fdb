package org.learnops.studio.error;

import java.nio.file.Path;

/**
 * The file looks like a workspace but H2 cannot read it (bytes overwritten, truncated, a chunk
 * missing). The app answers with the recovery choices: restore the latest backup, salvage, or quit.
 * The file itself has not been changed.
 */
public class WorkspaceDamagedException extends StudioException {

    private final transient Path workspace;

    public WorkspaceDamagedException(Path workspace, Throwable cause) {
        this("workspace.error.unreadable", workspace, cause);
    }

    /** Damaged in a way that has its own message (e.g. an empty file); recovery is offered all the same. */
    public WorkspaceDamagedException(String messageKey, Path workspace, Throwable cause) {
        super(messageKey, cause, workspace.toString());
        this.workspace = workspace;
    }

    public Path workspace() {
        return workspace;
    }
}
