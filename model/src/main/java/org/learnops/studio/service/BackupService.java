package org.learnops.studio.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.learnops.studio.backup.Backup;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.WorkspaceOpener;
import org.learnops.studio.workspace.WorkspaceFile;

/**
 * Backups of a workspace: taken with H2's online backup while it is open, rotated, and restored
 * only after the copy has been opened and checked. See docs/reliability.md.
 */
public final class BackupService {

    private final WorkspaceOpener opener;
    private final Clock clock;

    public BackupService(WorkspaceOpener opener, Clock clock) {
        this.opener = opener;
        this.clock = clock;
    }

    /** File → Back up now: a new copy of the open workspace, then the oldest beyond {@code keep} are deleted. */
    public Backup backUp(Workspace open, int keep) {
        throw new UnsupportedOperationException("backups helper");
    }

    /** On open: a backup when none is younger than a day; empty when none was due. */
    public Optional<Backup> backUpIfDue(Workspace open, int keep) {
        throw new UnsupportedOperationException("backups helper");
    }

    /** The workspace's backups, newest first (File → Restore from backup lists these). */
    public List<Backup> list(WorkspaceFile workspace) {
        throw new UnsupportedOperationException("backups helper");
    }

    /**
     * Replaces the workspace file with the copy in {@code backup}. The workspace must be closed.
     * The copy is unpacked beside the workspace and opened (and closed) first; if that fails,
     * nothing is replaced. The file it replaces (if any) is set aside as {@code .replaced-…}.
     *
     * @return where the replaced file was set aside, empty when there was none (a missing or
     *         damaged file that recovery already moved away)
     */
    public Optional<Path> restore(WorkspaceFile workspace, Backup backup) {
        throw new UnsupportedOperationException("backups helper");
    }
}
