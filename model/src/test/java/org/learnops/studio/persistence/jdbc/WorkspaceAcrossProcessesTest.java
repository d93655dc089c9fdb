package org.learnops.studio.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.scope.Geography;
import org.learnops.studio.domain.scope.OrganisationalScope;
import org.learnops.studio.domain.scope.Strategy;
import org.learnops.studio.error.WorkspaceLockedException;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.testing.ChildJvm;
import org.learnops.studio.testing.FileFingerprint;
import org.learnops.studio.workspace.WorkspaceFile;

/** Two LearnOps Studio processes and one workspace: the second is refused and changes nothing. */
class WorkspaceAcrossProcessesTest {

    private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(30);

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();

    @TempDir
    Path folder;

    private WorkspaceFile file;

    @BeforeEach
    void createTheWorkspace() {
        file = WorkspaceFile.of(folder.resolve("plan"));
        try (Workspace workspace = opener.create(file)) {
            workspace.scope().saveStrategy(new Strategy("Shared plan", "", "", OrganisationalScope.ENTERPRISE_WIDE,
                    "", Geography.REGIONAL, List.of("EMEA"), ""));
        }
    }

    private ChildJvm start(Class<?> main, String... args) throws Exception {
        return ChildJvm.start(main, folder.resolve(main.getSimpleName() + ".err"), args);
    }

    @Test
    void whileAnotherProcessHoldsTheWorkspaceThisOneIsRefusedAndTheFileIsUntouched() throws Exception {
        try (ChildJvm holder = start(HoldWorkspaceMain.class, file.path().toString())) {
            assertEquals("OPEN", holder.nextLine(CHILD_TIMEOUT));
            String before = FileFingerprint.sha256(file.path());

            WorkspaceLockedException e = assertThrows(WorkspaceLockedException.class, () -> opener.open(file));

            assertEquals("workspace.error.locked", e.messageKey());
            assertArrayEquals(new Object[] {file.path().toString()}, e.arguments());
            assertEquals(before, FileFingerprint.sha256(file.path()));

            holder.closeInput();
            assertEquals("CLOSED", holder.nextLine(CHILD_TIMEOUT));
            assertEquals(0, holder.exitCode(CHILD_TIMEOUT), holder::errors);
        }

        try (Workspace workspace = opener.open(file)) {
            assertEquals("Shared plan", workspace.scope().loadStrategy().name());
        }
    }

    @Test
    void whileThisProcessHoldsTheWorkspaceAnotherIsRefused() throws Exception {
        try (Workspace held = opener.open(file)) {
            String before = FileFingerprint.sha256(file.path());

            try (ChildJvm other = start(TryOpenWorkspaceMain.class, file.path().toString())) {
                assertEquals("workspace.error.locked", other.nextLine(CHILD_TIMEOUT));
                assertEquals(TryOpenWorkspaceMain.REFUSED, other.exitCode(CHILD_TIMEOUT), other::errors);
            }

            assertEquals(before, FileFingerprint.sha256(file.path()));
            assertEquals("Shared plan", held.scope().loadStrategy().name());
        }

        try (ChildJvm other = start(TryOpenWorkspaceMain.class, file.path().toString())) {
            assertEquals("OPENED", other.nextLine(CHILD_TIMEOUT));
            assertEquals(0, other.exitCode(CHILD_TIMEOUT), other::errors);
        }
    }

    @Test
    void aRefusedSecondOpenInThisProcessKeepsOtherProcessesOut() throws Exception {
        try (Workspace held = opener.open(file)) {
            assertThrows(WorkspaceLockedException.class, () -> opener.open(file));

            try (ChildJvm other = start(TryOpenWorkspaceMain.class, file.path().toString())) {
                assertEquals("workspace.error.locked", other.nextLine(CHILD_TIMEOUT));
                assertEquals(TryOpenWorkspaceMain.REFUSED, other.exitCode(CHILD_TIMEOUT), other::errors);
            }
            assertEquals("Shared plan", held.scope().loadStrategy().name());
        }
    }

    @Test
    void aCommittedChangeSurvivesTheProcessBeingKilledAndTheLockGoesWithIt() throws Exception {
        try (ChildJvm holder = start(HoldWorkspaceMain.class, file.path().toString(), "Saved before the crash")) {
            assertEquals("OPEN", holder.nextLine(CHILD_TIMEOUT));
            holder.kill();
        }

        try (Workspace workspace = opener.open(file)) {
            assertEquals("Saved before the crash", workspace.scope().loadStrategy().name());
        }
    }
}
