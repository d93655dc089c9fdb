package org.learnops.studio.persistence;

import org.learnops.studio.workspace.WorkspaceFile;

/** Opens workspaces; the composition root decides which implementation. */
public interface WorkspaceOpener {

    /**
     * Opens an existing workspace; fails with a message key if it is missing, locked, too new or
     * unreadable. A file that looks like a workspace but cannot be read fails with
     * {@link org.learnops.studio.error.WorkspaceDamagedException} (recovery is offered for it).
     */
    default Workspace open(WorkspaceFile file) {
        return open(file, () -> { });
    }

    /**
     * As {@link #open(WorkspaceFile)}; {@code updating} runs (on the opening thread) just before a
     * workspace made by an older version is brought to this version's schema, once: for a large
     * workspace that takes a while (e.g. 18 s for 100,000 events), and the user is told why.
     */
    Workspace open(WorkspaceFile file, Runnable updating);

    /** Creates a new, empty workspace; fails if the file exists already. */
    Workspace create(WorkspaceFile file);

    /**
     * Rescues what can be read from a damaged workspace: moves the damaged file aside (never
     * deleted, see {@link org.learnops.studio.workspace.SetAside}), turns it into SQL with H2's
     * recovery tool, rebuilds a new workspace at the same path from that SQL, and opens it.
     *
     * Fails with {@code workspace.error.nothingSalvaged} when nothing could be read (the damaged
     * file stays aside).
     *
     * @return the rebuilt workspace (open), where the damaged file went and how much was rescued
     */
    Salvaged salvage(WorkspaceFile damaged);
}
