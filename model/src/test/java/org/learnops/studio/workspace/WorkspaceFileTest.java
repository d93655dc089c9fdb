package org.learnops.studio.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.error.StudioException;

class WorkspaceFileTest {

    @TempDir
    Path folder;

    @Test
    void theSuffixIsAddedWhenMissing() {
        WorkspaceFile file = WorkspaceFile.of(folder.resolve("plan"));

        assertEquals(folder.resolve("plan.mv.db"), file.path());
    }

    @Test
    void theSuffixIsKeptWhenPresent() {
        WorkspaceFile file = WorkspaceFile.of(folder.resolve("plan.mv.db"));

        assertEquals(folder.resolve("plan.mv.db"), file.path());
    }

    @Test
    void aNameWithDotsKeepsThemAndGetsTheSuffix() {
        WorkspaceFile file = WorkspaceFile.of(folder.resolve("plan.v2"));

        assertEquals(folder.resolve("plan.v2.mv.db"), file.path());
        assertEquals("plan.v2", file.name());
    }

    @Test
    void aRelativePathBecomesAbsoluteAndNormal() {
        WorkspaceFile file = WorkspaceFile.of(Path.of("some", "..", "plan"));

        assertTrue(file.path().isAbsolute());
        assertEquals(Path.of("plan.mv.db").toAbsolutePath(), file.path());
    }

    @Test
    void nameIsTheFileNameWithoutTheSuffix() {
        assertEquals("My workspace", WorkspaceFile.of(folder.resolve("My workspace.mv.db")).name());
    }

    @Test
    void databasePathIsWhatH2ExpectsWithoutTheSuffix() {
        assertEquals(folder.resolve("plan"), WorkspaceFile.of(folder.resolve("plan")).databasePath());
    }

    @Test
    void theLockFileSitsBesideTheWorkspace() {
        assertEquals(folder.resolve("plan.lock"), WorkspaceFile.of(folder.resolve("plan.mv.db")).lockFile());
    }

    @Test
    void aPathWithASemicolonIsRefused() {
        // H2 would read everything after ';' as URL settings.
        Path given = folder.resolve("plan;IFEXISTS=FALSE");

        StudioException e = assertThrows(StudioException.class, () -> WorkspaceFile.of(given));

        assertEquals("workspace.error.badPath", e.messageKey());
        assertArrayEquals(new Object[] {given.toString()}, e.arguments());
    }

    @Test
    void aSemicolonInAFolderNameIsRefusedToo() {
        StudioException e = assertThrows(StudioException.class,
                () -> WorkspaceFile.of(folder.resolve("a;b").resolve("plan")));

        assertEquals("workspace.error.badPath", e.messageKey());
    }

    @Test
    void aBareSuffixIsRefused() {
        StudioException e = assertThrows(StudioException.class, () -> WorkspaceFile.of(folder.resolve(".mv.db")));

        assertEquals("workspace.error.badPath", e.messageKey());
    }

    @Test
    void theFileSystemRootIsRefused() {
        StudioException e = assertThrows(StudioException.class, () -> WorkspaceFile.of(folder.getRoot()));

        assertEquals("workspace.error.badPath", e.messageKey());
    }
}
