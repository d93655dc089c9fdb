package org.learnops.studio.persistence;

import org.learnops.studio.workspace.WorkspaceFile;

/** Opens workspaces; the composition root decides which implementation. */
public interface WorkspaceOpener {

    /** Opens an existing workspace; fails with a message key if it is missing, locked, too new or unreadable. */
    Workspace open(WorkspaceFile file);

    /** Creates a new, empty workspace; fails if the file exists already. */
    Workspace create(WorkspaceFile file);
}
