package org.learnops.studio.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.error.WorkspaceLockedException;

/**
 * An OS file lock on {@code <workspace>.lock}, taken before the database is touched, so a second
 * process (or a second window of this one) is refused with a clear message and the workspace file
 * itself is never opened by it. The OS releases the lock when a process dies; the lock file stays
 * behind and is harmless.
 */
public final class WorkspaceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static WorkspaceLock acquire(WorkspaceFile workspace) {
        FileChannel channel;
        try {
            Files.createDirectories(workspace.lockFile().getParent());
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
            return new WorkspaceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new WorkspaceLockedException(workspace.path());
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StudioException("workspace.error.cannotLock", e, workspace.lockFile().toString());
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // The channel close below releases it as well.
        } finally {
            closeQuietly(channel);
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
