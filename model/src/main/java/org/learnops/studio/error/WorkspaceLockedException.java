package org.learnops.studio.error;

import java.nio.file.Path;

/** Another LearnOps Studio process (or window) already has this workspace open. */
public class WorkspaceLockedException extends StudioException {

    public WorkspaceLockedException(Path workspace) {
        super("workspace.error.locked", workspace.toString());
    }
}
