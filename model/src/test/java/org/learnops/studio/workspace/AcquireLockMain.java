package org.learnops.studio.workspace;

import java.nio.file.Path;
import org.learnops.studio.error.StudioException;

/**
 * Run in a child JVM by {@link WorkspaceLockTest}: tries to take the lock of the workspace in
 * {@code args[0]}, prints {@code ACQUIRED} (exit 0) or the refusal's message key (exit 3).
 */
public final class AcquireLockMain {

    static final int REFUSED = 3;

    private AcquireLockMain() {
    }

    public static void main(String[] args) {
        WorkspaceLock lock;
        try {
            lock = WorkspaceLock.acquire(WorkspaceFile.of(Path.of(args[0])));
        } catch (StudioException e) {
            System.out.println(e.messageKey());
            System.out.flush();
            System.exit(REFUSED);
            return;
        }
        System.out.println("ACQUIRED");
        lock.close();
    }
}
