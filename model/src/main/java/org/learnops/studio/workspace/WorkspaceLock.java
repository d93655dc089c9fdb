package org.learnops.studio.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.error.WorkspaceLockedException;

/**
 * An OS file lock on {@code <workspace>.lock}, taken before the database is touched, so a second
 * process (or a second window of this one) is refused with a clear message and the workspace file
 * itself is never opened by it. The OS releases the lock when a process dies; the lock file stays
 * behind and is harmless.
 */
public final class WorkspaceLock implements AutoCloseable {

    /**
     * Lock files this JVM holds, checked before a second channel is opened: the OS lock belongs to
     * the process, and closing any channel on the file (as a refused attempt must) would release it.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private WorkspaceLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    public static WorkspaceLock acquire(WorkspaceFile workspace) {
        Path key;
        try {
            Files.createDirectories(workspace.lockFile().getParent());
            key = workspace.lockFile().getParent().toRealPath().resolve(workspace.lockFile().getFileName());
        } catch (IOException e) {
            throw new StudioException("workspace.error.cannotLock", e, workspace.lockFile().toString());
        }
        if (!HELD.add(key)) {
            throw new WorkspaceLockedException(workspace.path());
        }
        try {
            return lock(key, workspace);
        } catch (RuntimeException e) {
            HELD.remove(key);
            throw e;
        }
    }

    private static WorkspaceLock lock(Path key, WorkspaceFile workspace) {
        FileChannel channel;
        try {
            channel = FileChannel.open(workspace.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StudioException("workspace.error.cannotLock", e, workspace.lockFile().toString());
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                closeQuietly(channel);
                throw new WorkspaceLockedException(workspace.path());
            }
            return new WorkspaceLock(key, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new WorkspaceLockedException(workspace.path());
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StudioException("workspace.error.cannotLock", e, workspace.lockFile().toString());
        }
    }

    /** Releases the lock; closing again does nothing (and so never frees a later holder's entry). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lock.release();
        } catch (IOException e) {
            // The channel close below releases it as well.
        } finally {
            closeQuietly(channel);
            HELD.remove(key);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }
}
