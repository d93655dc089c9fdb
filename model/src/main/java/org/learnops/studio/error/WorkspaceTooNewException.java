package org.learnops.studio.error;

import java.nio.file.Path;

/** The workspace was written by a newer version of LearnOps Studio; opening it could damage it. */
public class WorkspaceTooNewException extends StudioException {

    public WorkspaceTooNewException(Path workspace, String workspaceVersion, String supportedVersion) {
        super("workspace.error.tooNew", workspace.toString(), workspaceVersion, supportedVersion);
    }
}
