package org.learnops.studio.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.app.backup.BackupsViewModel;
import org.learnops.studio.app.common.FakeDialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SyncTaskRunner;
import org.learnops.studio.backup.Backup;
import org.learnops.studio.backup.BackupFolder;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.settings.SettingsFile;
import org.learnops.studio.workspace.WorkspaceFile;

/** File → Back up now, File → Restore from backup… and the daily backup, with real files. */
class BackupMenuTest {

    @TempDir
    Path dataFolder;

    private final FakeDialogService dialogs = new FakeDialogService();

    private MainViewModel newViewModel() {
        return new MainViewModel(dataFolder, new SettingsFile(dataFolder).load(), new JdbcWorkspaceOpener(),
                new SyncTaskRunner(), dialogs, Messages.load(Locale.ENGLISH), message -> { }, "1.2.3");
    }

    private WorkspaceFile defaultWorkspace() {
        return WorkspaceFile.of(dataFolder.resolve("My workspace.mv.db"));
    }

    private List<Backup> backups() {
        return new BackupFolder(defaultWorkspace()).list();
    }

    private List<String> replacedFiles() throws IOException {
        try (Stream<Path> files = Files.list(dataFolder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.contains(".replaced-")).toList();
        }
    }

    @Test
    void openingAWorkspaceBacksItUpOnceADay() {
        MainViewModel first = newViewModel();
        first.start(Optional.of(defaultWorkspace().path()), () -> { });

        List<Backup> taken = backups();
        assertEquals(1, taken.size(), "none yet: the first opening takes one");
        assertEquals("Daily backup taken: " + taken.get(0).file().getFileName(), first.backupStatusProperty().get());
        assertEquals(List.of(), dialogs.shown, "the daily backup asks and shows nothing");
        first.close(() -> { });

        MainViewModel second = newViewModel();
        second.start(Optional.of(defaultWorkspace().path()), () -> { });
        assertEquals(taken, backups(), "the latest is younger than a day: none more");
        assertEquals("", second.backupStatusProperty().get());
        second.close(() -> { });
    }

    @Test
    void aFailedDailyBackupIsToldInTheStatusBarAndTheWorkspaceStillOpens() throws IOException {
        Files.writeString(dataFolder.resolve("backups"), "a file where the backups folder should be");

        MainViewModel viewModel = newViewModel();
        viewModel.start(Optional.of(defaultWorkspace().path()), () -> { });

        assertTrue(viewModel.workspaceOpenProperty().get());
        assertEquals("LearnOps Studio — My workspace", viewModel.titleProperty().get());
        assertTrue(viewModel.backupStatusProperty().get().startsWith("The daily backup failed: Cannot write the backup."),
                viewModel.backupStatusProperty().get());
        assertEquals(List.of(), dialogs.shown, "never in the way");
        viewModel.scopeProperty().get().nameProperty().set("Still working");
        assertEquals("All changes saved", viewModel.saveStatusProperty().get());
        viewModel.close(() -> { });
    }

    @Test
    void backUpNowSaysWhereTheCopyWent() {
        MainViewModel viewModel = newViewModel();
        viewModel.start(Optional.of(defaultWorkspace().path()), () -> { });

        viewModel.backUpNow();

        List<Backup> taken = backups();
        assertEquals(2, taken.size(), "the daily one and this one");
        assertEquals(List.of(new FakeDialogService.Shown("information", "Backups",
                "A copy of the workspace was saved as\n" + taken.get(0).file())), dialogs.shown);
        assertEquals("Backed up: " + taken.get(0).file().getFileName(), viewModel.backupStatusProperty().get());
        viewModel.close(() -> { });
    }

    @Test
    void backUpNowKeepsTheNumberOfCopiesChosenInTheDialog() {
        MainViewModel viewModel = newViewModel();
        viewModel.start(Optional.of(defaultWorkspace().path()), () -> { });
        viewModel.backupsDialog().orElseThrow().keepProperty().set(2);

        for (int i = 0; i < 4; i++) {
            viewModel.backUpNow();
        }

        assertEquals(2, backups().size());
        viewModel.close(() -> { });
        assertEquals(2, new SettingsFile(dataFolder).load().backupsToKeep(), "remembered for the next start");
    }

    @Test
    void restoreBringsBackTheBackupReopensTheWorkspaceAndKeepsTheReplacedFileAside() throws IOException {
        MainViewModel viewModel = newViewModel();
        viewModel.start(Optional.of(defaultWorkspace().path()), () -> { });
        viewModel.scopeProperty().get().nameProperty().set("Before the backup");
        viewModel.backUpNow();
        viewModel.scopeProperty().get().nameProperty().set("After the backup");
        dialogs.shown.clear();

        BackupsViewModel dialog = viewModel.backupsDialog().orElseThrow();
        dialog.load();
        assertEquals(backups().get(0), dialog.selectedProperty().get().backup());
        dialogs.answers.add(true);
        assertTrue(dialog.restore());

        assertEquals("Before the backup", viewModel.scopeProperty().get().nameProperty().get());
        assertTrue(viewModel.workspaceOpenProperty().get());
        assertFalse(viewModel.busyProperty().get());
        List<String> replaced = replacedFiles();
        assertEquals(1, replaced.size(), replaced::toString);
        FakeDialogService.Shown told = dialogs.ofKind("information").get(0);
        assertEquals("Restore from backup", told.title());
        assertTrue(told.message().endsWith("The file it replaced is kept as\n" + dataFolder.resolve(replaced.get(0))), told.message());

        // The restored workspace is open and saving.
        viewModel.scopeProperty().get().nameProperty().set("Edited after the restore");
        viewModel.close(() -> { });
        MainViewModel again = newViewModel();
        again.start(Optional.of(defaultWorkspace().path()), () -> { });
        assertEquals("Edited after the restore", again.scopeProperty().get().nameProperty().get());
        again.close(() -> { });
    }

    @Test
    void aDamagedBackupIsRefusedAndTheWorkspaceReopensUnchanged() throws IOException {
        MainViewModel viewModel = newViewModel();
        viewModel.start(Optional.of(defaultWorkspace().path()), () -> { });
        viewModel.scopeProperty().get().nameProperty().set("Keep me");
        Backup latest = backups().get(0);
        Files.write(latest.file(), new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        dialogs.shown.clear();

        BackupsViewModel dialog = viewModel.backupsDialog().orElseThrow();
        dialog.load();
        dialogs.answers.add(true);
        dialog.restore();

        assertEquals(1, dialogs.ofKind("error").size(), dialogs.shown::toString);
        assertTrue(dialogs.ofKind("error").get(0).message().startsWith("This backup is damaged and cannot be restored."));
        assertEquals("Keep me", viewModel.scopeProperty().get().nameProperty().get(), "read again from the reopened file");
        assertTrue(viewModel.workspaceOpenProperty().get());
        assertEquals(List.of(), replacedFiles());
        viewModel.close(() -> { });
    }
}
