package org.learnops.studio.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.learnops.studio.workspace.WorkspaceFile;

/**
 * The {@code backups} folder beside a workspace and this workspace's copies in it
 * ({@code <name>-yyyyMMdd-HHmmss.zip}; other workspaces in the same folder have their own names).
 * Plain files only: no database is touched here.
 */
public final class BackupFolder {

    /** How many copies are kept when the user has not chosen. */
    public static final int DEFAULT_KEEP = 10;

    private final WorkspaceFile workspace;

    public BackupFolder(WorkspaceFile workspace) {
        this.workspace = workspace;
    }

    public Path folder() {
        return workspace.path().resolveSibling("backups");
    }

    /** This workspace's backups, newest first; unreadable or foreign files are left out. */
    public List<Backup> list() {
        throw new UnsupportedOperationException("backups helper");
    }

    public Optional<Backup> latest() {
        return list().stream().findFirst();
    }

    /** True when there is no backup yet or the latest is more than a day older than {@code now}. */
    public boolean isDue(Instant now) {
        throw new UnsupportedOperationException("backups helper");
    }

    /** A file name for a backup taken at {@code now} that does not exist yet. */
    public Path newBackupPath(Instant now) {
        throw new UnsupportedOperationException("backups helper");
    }

    /** Deletes the oldest backups beyond {@code keep} (at least 1 is always kept); returns what was deleted. */
    public List<Backup> prune(int keep) {
        throw new UnsupportedOperationException("backups helper");
    }
}
