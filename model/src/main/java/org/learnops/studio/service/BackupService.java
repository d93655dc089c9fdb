package org.learnops.studio.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.learnops.studio.backup.Backup;
import org.learnops.studio.backup.BackupFolder;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.error.WorkspaceTooNewException;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.WorkspaceOpener;
import org.learnops.studio.workspace.SetAside;
import org.learnops.studio.workspace.WorkspaceFile;
import org.learnops.studio.workspace.WorkspaceLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of a workspace: taken with H2's online backup while it is open, rotated, and restored
 * only after the copy has been opened and checked. See docs/reliability.md.
 */
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    /** A backup may unpack to at most this many times its zip's size, plus {@link #UNPACK_HEADROOM}. */
    static final long UNPACK_RATIO = 20;
    /**
     * Room on top of the ratio: a small workspace's pages are mostly empty and compress far better
     * than 20:1, yet a zip bomb of any size still cannot fill the disk beyond this.
     */
    static final long UNPACK_HEADROOM = 1L << 30;

    private final WorkspaceOpener opener;
    private final Clock clock;
    private final long unpackHeadroom;

    public BackupService(WorkspaceOpener opener, Clock clock) {
        this(opener, clock, UNPACK_HEADROOM);
    }

    /** For tests: a zip bomb is refused at {@code unpackHeadroom} instead of a gigabyte. */
    BackupService(WorkspaceOpener opener, Clock clock, long unpackHeadroom) {
        this.opener = opener;
        this.clock = clock;
        this.unpackHeadroom = unpackHeadroom;
    }

    /** File → Back up now: a new copy of the open workspace, then the oldest beyond {@code keep} are deleted. */
    public Backup backUp(Workspace open, int keep) {
        BackupFolder folder = new BackupFolder(open.file());
        folder.deleteUnfinished(); // left by a backup that was killed: the workspace is open here, so none runs now
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Path zip = folder.newBackupPath(now);
        long started = System.nanoTime();
        open.backUpTo(zip);
        long size;
        try {
            size = Files.size(zip);
        } catch (IOException e) {
            throw new StudioException("backup.error.cannotWrite", e, zip.toString());
        }
        LOG.info("Backed up {} to {} ({} bytes, {} ms)", open.file().path(), zip, size, (System.nanoTime() - started) / 1_000_000);
        folder.prune(Math.min(Math.max(keep, 1), BackupFolder.MAX_KEEP));
        return new Backup(zip, now, size);
    }

    /** On open: a backup when none is younger than a day; empty when none was due. */
    public Optional<Backup> backUpIfDue(Workspace open, int keep) {
        if (!new BackupFolder(open.file()).isDue(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(backUp(open, keep));
    }

    /** The workspace's backups, newest first (File → Restore from backup lists these). */
    public List<Backup> list(WorkspaceFile workspace) {
        return new BackupFolder(workspace).list();
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
        // Held throughout: nobody (this window included) may have the workspace open while it is swapped.
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
            Path unpacked = createBeside(workspace);
            try {
                unpack(backup.file(), unpacked);
                WorkspaceFile restored = WorkspaceFile.of(unpacked);
                verify(restored, backup);
                Optional<Path> replaced = swap(workspace, unpacked);
                LOG.info("Restored {} from {}; the replaced file is {}", workspace.path(), backup.file(), replaced.orElse(null));
                return replaced;
            } finally {
                deleteLeftovers(unpacked);
            }
        }
    }

    private static Path createBeside(WorkspaceFile workspace) {
        try {
            // Same folder as the workspace, so the final move is a rename on the same disk.
            return Files.createTempFile(workspace.path().getParent(), workspace.name() + ".restoring-", WorkspaceFile.SUFFIX);
        } catch (IOException e) {
            throw new StudioException("backup.error.cannotRestore", e, workspace.path().toString());
        }
    }

    /** Copies the zip's single workspace entry to {@code target}; refuses anything a backup would not hold. */
    private void unpack(Path zip, Path target) {
        long zipSize;
        try {
            zipSize = Files.size(zip);
        } catch (NoSuchFileException e) {
            throw new StudioException("backup.error.notFound", e, zip.toString());
        } catch (IOException e) {
            throw new StudioException("backup.error.damaged", e, zip.toString());
        }
        long limit = UNPACK_RATIO * zipSize + unpackHeadroom;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = theWorkspaceEntry(file, zip);
            try (InputStream in = file.getInputStream(entry); FileChannel out = openTarget(target)) {
                copy(in, out, limit, zip, target);
            }
        } catch (IOException e) {
            // Not a zip, ends early, fails its checksum: what the user chose is not a usable backup.
            throw new StudioException("backup.error.damaged", e, zip.toString());
        }
    }

    private static FileChannel openTarget(Path target) {
        try {
            return FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new StudioException("backup.error.cannotRestore", e, target.getParent().toString());
        }
    }

    private static ZipEntry theWorkspaceEntry(ZipFile file, Path zip) {
        Enumeration<? extends ZipEntry> entries = file.entries();
        if (!entries.hasMoreElements()) {
            throw new StudioException("backup.error.notABackup", zip.toString());
        }
        ZipEntry entry = entries.nextElement();
        String name = entry.getName();
        boolean plainName = !name.contains("/") && !name.contains("\\") && !name.contains("..") && !name.contains(":");
        if (entries.hasMoreElements() || entry.isDirectory() || !plainName || !name.endsWith(WorkspaceFile.SUFFIX)
                || name.length() == WorkspaceFile.SUFFIX.length()) {
            throw new StudioException("backup.error.notABackup", zip.toString());
        }
        return entry;
    }

    private static void copy(InputStream in, FileChannel out, long limit, Path zip, Path target) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            written += read;
            if (written > limit) {
                throw new StudioException("backup.error.tooLarge", zip.toString(), limit / (1024 * 1024));
            }
            write(out, ByteBuffer.wrap(buffer, 0, read), target);
        }
        try {
            out.force(true);
        } catch (IOException e) {
            throw new StudioException("backup.error.cannotRestore", e, target.getParent().toString());
        }
    }

    private static void write(FileChannel out, ByteBuffer bytes, Path target) {
        try {
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            throw new StudioException("backup.error.cannotRestore", e, target.getParent().toString());
        }
    }

    /** Opens the unpacked copy (migrating an older one), reads every row and closes it. */
    private void verify(WorkspaceFile restored, Backup backup) {
        try (Workspace copy = opener.open(restored)) {
            copy.readEverything();
        } catch (WorkspaceTooNewException e) {
            throw new StudioException("backup.error.tooNew", e, backup.file().toString(), e.arguments()[1], e.arguments()[2]);
        } catch (StudioException e) {
            throw new StudioException("backup.error.damaged", e, backup.file().toString());
        }
    }

    /**
     * The current file's bytes are first kept under the {@code .replaced-…} name (a hard link or a
     * copy), then the verified copy replaces it in one atomic rename: a crash at any moment leaves
     * a complete workspace at its path, either the old one or the restored one.
     */
    private Optional<Path> swap(WorkspaceFile workspace, Path restored) {
        Optional<Path> replaced = Files.exists(workspace.path())
                ? Optional.of(SetAside.keep(workspace, "replaced", clock.instant()))
                : Optional.empty();
        try {
            Files.move(restored, workspace.path(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return replaced;
        } catch (IOException e) {
            replaced.ifPresent(BackupService::forgetKept);
            throw new StudioException("backup.error.cannotRestore", e, workspace.path().toString());
        }
    }

    /** The workspace was not replaced: the copy kept of it is redundant (the file itself is still there). */
    private static void forgetKept(Path kept) {
        try {
            Files.deleteIfExists(kept);
        } catch (IOException e) {
            LOG.warn("Could not delete {}, a copy of the workspace kept for a restore that failed", kept, e);
        }
    }

    /** The unpacked copy when it was not moved into place, and the lock file its check left behind. */
    private static void deleteLeftovers(Path unpacked) {
        WorkspaceFile copy = new WorkspaceFile(unpacked);
        for (Path leftover : List.of(unpacked, copy.lockFile(), copy.databasePath().resolveSibling(copy.name() + ".trace.db"))) {
            try {
                Files.deleteIfExists(leftover);
            } catch (IOException e) {
                LOG.warn("Could not delete {} after a restore", leftover, e);
            }
        }
    }
}
