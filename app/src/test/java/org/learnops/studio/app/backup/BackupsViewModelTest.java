package org.learnops.studio.app.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.app.common.FakeDialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SyncTaskRunner;
import org.learnops.studio.backup.Backup;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.service.BackupService;
import org.learnops.studio.workspace.WorkspaceFile;

class BackupsViewModelTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path folder;

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<Backup> restored = new ArrayList<>();
    private final List<Integer> keepChosen = new ArrayList<>();
    private WorkspaceFile file;

    @BeforeEach
    void aWorkspace() {
        file = WorkspaceFile.of(folder.resolve("plan"));
        opener.create(file).close();
    }

    private BackupsViewModel viewModel(int keep) {
        return new BackupsViewModel(new BackupService(opener, Clock.systemUTC()), file, keep, keepChosen::add,
                restored::add, PARIS, new SyncTaskRunner(), dialogs, Messages.load(Locale.ROOT));
    }

    /** A real backup taken at {@code at} (UTC). */
    private Backup backupAt(String at) {
        BackupService service = new BackupService(opener, Clock.fixed(Instant.parse(at), ZoneOffset.UTC));
        try (Workspace workspace = opener.open(file)) {
            return service.backUp(workspace, 100);
        }
    }

    @Test
    void listsTheBackupsNewestFirstInLocalTimeWithTheirSizeAndSelectsTheNewest() throws IOException {
        Backup older = backupAt("2026-07-01T08:00:00Z");
        Backup newer = backupAt("2026-11-29T09:30:15Z");
        Files.write(newer.file().resolveSibling("plan-20261201-000000.zip.part"), new byte[10]);

        BackupsViewModel viewModel = viewModel(10);
        viewModel.load();

        List<BackupsViewModel.BackupRow> rows = viewModel.backups();
        assertEquals(List.of(newer, older), rows.stream().map(BackupsViewModel.BackupRow::backup).toList());
        assertEquals("2026-11-29 10:30:15", rows.get(0).takenAt(), "Paris is UTC+1 in winter");
        assertEquals("2026-07-01 10:00:00", rows.get(1).takenAt(), "and UTC+2 in summer");
        assertEquals(((newer.sizeBytes() + 1023) / 1024) + " KB", rows.get(0).size());
        assertEquals(rows.get(0), viewModel.selectedProperty().get());
        assertTrue(viewModel.canRestoreProperty().get());
        assertFalse(viewModel.busyProperty().get());
    }

    @Test
    void withoutBackupsThereIsNothingToRestore() {
        BackupsViewModel viewModel = viewModel(10);
        viewModel.load();

        assertEquals(List.of(), viewModel.backups());
        assertNull(viewModel.selectedProperty().get());
        assertFalse(viewModel.canRestoreProperty().get());
        assertFalse(viewModel.restore());
        assertEquals(List.of(), dialogs.shown);
    }

    @Test
    void restoreAsksFirstAndSaysWhereTheCurrentFileIsKept() {
        Backup backup = backupAt("2026-11-29T09:30:15Z");
        BackupsViewModel viewModel = viewModel(10);
        viewModel.load();
        dialogs.answers.add(true);

        assertTrue(viewModel.restore());

        assertEquals(List.of(backup), restored);
        FakeDialogService.Shown asked = dialogs.shown.get(0);
        assertEquals("ask", asked.kind());
        assertEquals("Restore from backup", asked.title());
        assertEquals("Restore the backup taken at 2026-11-29 10:30:15?\n\nThe current workspace will be replaced by that copy. "
                + "It is kept aside as “plan.replaced-<date and time>.mv.db” in\n" + folder.toAbsolutePath().normalize()
                + "\nso nothing is lost.", asked.message());
    }

    @Test
    void sayingNoRestoresNothing() {
        backupAt("2026-11-29T09:30:15Z");
        BackupsViewModel viewModel = viewModel(10);
        viewModel.load();
        dialogs.answers.add(false);

        assertFalse(viewModel.restore());

        assertEquals(List.of(), restored);
    }

    @Test
    void theNumberToKeepStaysBetweenOneAndAHundredAndIsRemembered() {
        BackupsViewModel viewModel = viewModel(7);
        assertEquals(7, viewModel.keepProperty().get());

        viewModel.keepProperty().set(3);
        viewModel.keepProperty().set(0);
        viewModel.keepProperty().set(500);

        assertEquals(100, viewModel.keepProperty().get());
        assertEquals(List.of(3, 1, 100), keepChosen);
    }

    @Test
    void openFolderCreatesTheBackupsFolderAndShowsIt() {
        BackupsViewModel viewModel = viewModel(10);

        viewModel.openFolder();

        Path backups = folder.resolve("backups").toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(backups));
        assertEquals(List.of(new FakeDialogService.Shown("folder", "", backups.toString())), dialogs.shown);
        assertEquals(backups.toString(), viewModel.folderText());
    }
}
