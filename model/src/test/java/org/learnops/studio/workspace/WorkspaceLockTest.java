package org.learnops.studio.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.error.WorkspaceLockedException;
import org.learnops.studio.testing.ChildJvm;

class WorkspaceLockTest {

    private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    @Test
    void takingTheLockCreatesTheLockFileAndItsFolder() {
        WorkspaceFile workspace = WorkspaceFile.of(folder.resolve("new folder").resolve("plan"));

        WorkspaceLock lock = WorkspaceLock.acquire(workspace);
        try {
            assertTrue(Files.isRegularFile(workspace.lockFile()));
        } finally {
            lock.close();
        }
    }

    @Test
    void closingALockTwiceDoesNotFreeALaterHolder() {
        WorkspaceFile workspace = WorkspaceFile.of(folder.resolve("plan"));
        WorkspaceLock first = WorkspaceLock.acquire(workspace);
        first.close();
        WorkspaceLock second = WorkspaceLock.acquire(workspace);
        try {
            first.close();

            assertThrows(WorkspaceLockedException.class, () -> WorkspaceLock.acquire(workspace));
        } finally {
            second.close();
        }
    }

    @Test
    void aSecondLockInTheSameProcessIsRefusedUntilTheFirstIsClosed() {
        WorkspaceFile workspace = WorkspaceFile.of(folder.resolve("plan"));

        WorkspaceLock first = WorkspaceLock.acquire(workspace);
        try {
            WorkspaceLockedException e = assertThrows(WorkspaceLockedException.class,
                    () -> WorkspaceLock.acquire(workspace));
            assertEquals("workspace.error.locked", e.messageKey());
        } finally {
            first.close();
        }

        WorkspaceLock.acquire(workspace).close();
    }

    @Test
    void anotherProcessIsRefusedWhileTheLockIsHeld() throws Exception {
        WorkspaceFile workspace = WorkspaceFile.of(folder.resolve("plan"));

        WorkspaceLock lock = WorkspaceLock.acquire(workspace);
        try (ChildJvm child = ChildJvm.start(AcquireLockMain.class, folder.resolve("child.err"),
                workspace.path().toString())) {
            assertEquals("workspace.error.locked", child.nextLine(CHILD_TIMEOUT));
            assertEquals(AcquireLockMain.REFUSED, child.exitCode(CHILD_TIMEOUT));
        } finally {
            lock.close();
        }
    }

    @Test
    void aRefusedSecondAttemptInThisProcessDoesNotReleaseTheLockForOtherProcesses() throws Exception {
        // POSIX record locks belong to the process: closing ANY channel on the lock file drops
        // them all. A refused second attempt must not take the first holder's lock away.
        WorkspaceFile workspace = WorkspaceFile.of(folder.resolve("plan"));

        WorkspaceLock lock = WorkspaceLock.acquire(workspace);
        try {
            assertThrows(WorkspaceLockedException.class, () -> WorkspaceLock.acquire(workspace));

            try (ChildJvm child = ChildJvm.start(AcquireLockMain.class, folder.resolve("child.err"),
                    workspace.path().toString())) {
                assertEquals("workspace.error.locked", child.nextLine(CHILD_TIMEOUT));
                assertEquals(AcquireLockMain.REFUSED, child.exitCode(CHILD_TIMEOUT));
            }
        } finally {
            lock.close();
        }
    }

    @Test
    void anotherProcessGetsTheLockOnceItIsClosed() throws Exception {
        WorkspaceFile workspace = WorkspaceFile.of(folder.resolve("plan"));
        WorkspaceLock.acquire(workspace).close();

        try (ChildJvm child = ChildJvm.start(AcquireLockMain.class, folder.resolve("child.err"),
                workspace.path().toString())) {
            assertEquals("ACQUIRED", child.nextLine(CHILD_TIMEOUT));
            assertEquals(0, child.exitCode(CHILD_TIMEOUT));
        }
    }
}
