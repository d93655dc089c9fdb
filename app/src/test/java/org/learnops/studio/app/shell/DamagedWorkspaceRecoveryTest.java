package org.learnops.studio.app.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.workspace.DataFolder;
import org.learnops.studio.app.common.FakeDialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SyncTaskRunner;
import org.learnops.studio.backup.Backup;
import org.learnops.studio.demo.DemoWorkspace;
import org.learnops.studio.domain.scope.Geography;
import org.learnops.studio.domain.scope.OrganisationalScope;
import org.learnops.studio.domain.scope.Strategy;
import org.learnops.studio.error.WorkspaceDamagedException;
import org.learnops.studio.export.ExportProgress;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.service.BackupService;
import org.learnops.studio.settings.SettingsFile;
import org.learnops.studio.workspace.WorkspaceFile;

/**
 * Opening a damaged workspace, at start-up and from File → Open: the recovery choices, and what
 * each does with real files (a real backup, a real damaged copy of the demo).
 */
class DamagedWorkspaceRecoveryTest {

    @TempDir
    static Path shared;

    /** The SMALL demo, compacted, with one stretch of bytes overwritten where it breaks live data. */
    private static byte[] damagedDemo;

    @TempDir
    Path dataFolder;

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<String> standardError = new ArrayList<>();
    private final AtomicInteger quits = new AtomicInteger();
    private WorkspaceFile file;

    @BeforeAll
    static void damageTheDemo() throws Exception {
        WorkspaceFile demo = WorkspaceFile.of(shared.resolve("demo"));
        try (Workspace workspace = new JdbcWorkspaceOpener().create(demo)) {
            DemoWorkspace.fill(workspace, DemoWorkspace.DemoSize.SMALL, Clock.systemUTC(), ExportProgress.NONE);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + demo.databasePath(), "sa", "");
             Statement compact = connection.createStatement()) {
            compact.execute("SHUTDOWN COMPACT");
        }
        byte[] intact = Files.readAllBytes(demo.path());
        WorkspaceFile probe = WorkspaceFile.of(shared.resolve("probe"));
        for (double at : new double[] {0.5, 0.3, 0.4, 0.6}) {
            byte[] damaged = intact.clone();
            int from = (int) (intact.length * at);
            Arrays.fill(damaged, from, from + 512, (byte) 0xAB);
            Files.write(probe.path(), damaged);
            try {
                new JdbcWorkspaceOpener().open(probe).close();
            } catch (WorkspaceDamagedException expected) {
                damagedDemo = damaged;
                return;
            }
        }
        throw new AssertionError("no overwritten stretch made the compacted demo unreadable");
    }

    @BeforeEach
    void nameTheWorkspace() {
        file = WorkspaceFile.of(dataFolder.resolve("plan"));
    }

    private MainViewModel newViewModel() {
        return new MainViewModel(dataFolder, new SettingsFile(dataFolder).load(), opener, new SyncTaskRunner(), dialogs,
                Messages.load(Locale.ROOT), standardError::add, "1.2.3");
    }

    @Test
    void atStartWithoutABackupTheChoicesAreSalvageOrQuitAndSalvageRebuildsWhatCanBeRead() throws Exception {
        Files.write(file.path(), damagedDemo);
        dialogs.choices.add(0); // "Try to salvage what can be read"

        MainViewModel viewModel = newViewModel();
        viewModel.start(Optional.of(file.path()), quits::incrementAndGet);

        FakeDialogService.Shown asked = dialogs.ofKind("choose").get(0);
        assertEquals("Damaged workspace", asked.title());
        assertTrue(asked.message().startsWith("This file is not a LearnOps Studio workspace, or it is damaged."), asked.message());
        assertEquals(List.of(List.of("Try to salvage what can be read", "Quit")), dialogs.offered);

        assertEquals("LearnOps Studio — plan", viewModel.titleProperty().get());
        assertEquals("Northwind Learning Operations 2026", viewModel.scopeProperty().get().nameProperty().get());
        Path aside = onlyDamagedFileAside();
        assertArrayEquals(damagedDemo, Files.readAllBytes(aside), "the damaged file is kept, byte for byte");
        String told = dialogs.ofKind("information").get(0).message();
        assertTrue(told.startsWith("The workspace was rebuilt from what could be read ("), told);
        assertTrue(told.endsWith("The damaged file was moved to\n" + aside), told);
        assertEquals(0, quits.get());
        assertFalse(viewModel.busyProperty().get());
        viewModel.close(() -> { });
    }

    @Test
    void withABackupRestoringItIsTheDefaultAndBringsBackTheBackedUpData() throws Exception {
        Instant takenAt = Instant.parse("2026-11-28T09:30:00Z");
        try (Workspace workspace = opener.create(file)) {
            workspace.scope().saveStrategy(strategy("As backed up"));
            new BackupService(opener, Clock.fixed(takenAt, ZoneOffset.UTC)).backUp(workspace, 10);
        }
        byte[] garbage = new byte[64 * 1024];
        new Random(3).nextBytes(garbage);
        Files.write(file.path(), garbage);
        dialogs.choices.add(0); // the preselected first option

        MainViewModel viewModel = newViewModel();
        viewModel.start(Optional.of(file.path()), quits::incrementAndGet);

        Messages messages = Messages.load(Locale.ROOT);
        assertEquals(List.of(List.of(messages.get("recovery.restore", java.util.Date.from(takenAt)),
                "Try to salvage what can be read", "Quit")), dialogs.offered);
        assertTrue(dialogs.offered.get(0).get(0).startsWith("Restore the latest backup ("));
        assertEquals("As backed up", viewModel.scopeProperty().get().nameProperty().get());
        Path aside = onlyDamagedFileAside();
        assertArrayEquals(garbage, Files.readAllBytes(aside));
        String told = dialogs.ofKind("information").get(0).message();
        assertTrue(told.startsWith("The workspace was restored from the backup of "), told);
        assertTrue(told.endsWith("The damaged file was moved to\n" + aside), told);
        viewModel.close(() -> { });
    }

    @Test
    void quittingAtStartLeavesTheDamagedFileWhereItIsAndUntouched() throws Exception {
        Files.write(file.path(), damagedDemo);
        dialogs.choices.add(1); // "Quit"

        MainViewModel viewModel = newViewModel();
        viewModel.start(Optional.of(file.path()), quits::incrementAndGet);

        assertEquals(1, quits.get());
        assertNull(viewModel.scopeProperty().get());
        assertArrayEquals(damagedDemo, Files.readAllBytes(file.path()));
        assertEquals(List.of(), damagedFilesAside());
        assertTrue(standardError.get(0).startsWith("This file is not a LearnOps Studio workspace, or it is damaged."));
    }

    @Test
    void fromFileOpenTheThirdChoiceOpensAnotherWorkspaceAndNothingQuits() throws Exception {
        MainViewModel viewModel = newViewModel();
        viewModel.start(Optional.of(defaultWorkspace()), quits::incrementAndGet);
        Files.write(file.path(), damagedDemo);
        Path other = dataFolder.resolve("other.mv.db");
        opener.create(WorkspaceFile.of(other)).close();
        dialogs.choices.add(1); // "Open another workspace…"
        dialogs.chosenFiles.add(Optional.of(other));

        viewModel.openRecent(file.path());

        assertEquals(List.of(List.of("Try to salvage what can be read", "Open another workspace…")), dialogs.offered);
        assertEquals("LearnOps Studio — other", viewModel.titleProperty().get());
        assertEquals(0, quits.get());
        assertArrayEquals(damagedDemo, Files.readAllBytes(file.path()));
        viewModel.close(() -> { });
    }

    @Test
    void cancellingTheChoiceFromFileOpenKeepsTheCurrentWorkspace() throws Exception {
        MainViewModel viewModel = newViewModel();
        viewModel.start(Optional.of(defaultWorkspace()), quits::incrementAndGet);
        Files.createFile(file.path()); // empty: damaged, with its own message
        dialogs.choices.add(-1);

        viewModel.openRecent(file.path());

        assertTrue(dialogs.ofKind("choose").get(0).message().startsWith("This workspace file is empty (0 bytes)"));
        assertEquals("LearnOps Studio — My workspace", viewModel.titleProperty().get());
        assertEquals(0, quits.get());
        assertEquals(0, Files.size(file.path()));
        viewModel.close(() -> { });
    }

    @Test
    void whenNothingCanBeSalvagedTheUserIsToldAndCanStillOpenAnotherOrQuit() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(5).nextBytes(garbage);
        Files.write(file.path(), garbage);
        dialogs.choices.add(0); // salvage
        dialogs.answers.add(false); // then "Quit"

        MainViewModel viewModel = newViewModel();
        viewModel.start(Optional.of(file.path()), quits::incrementAndGet);

        Path aside = onlyDamagedFileAside();
        FakeDialogService.Shown after = dialogs.ofKind("ask").get(0);
        assertEquals("Nothing could be read from the damaged workspace, so there is nothing to rebuild. The damaged file is kept at\n"
                + aside, after.message());
        assertEquals(1, quits.get());
        assertArrayEquals(garbage, Files.readAllBytes(aside));
        assertFalse(Files.exists(file.path()));
    }

    private static Strategy strategy(String name) {
        return new Strategy(name, "", "", OrganisationalScope.ENTERPRISE_WIDE, "", Geography.GLOBAL, List.of(), "");
    }

    private Path onlyDamagedFileAside() throws Exception {
        List<Path> aside = damagedFilesAside();
        assertEquals(1, aside.size(), "one damaged file aside: " + aside);
        return aside.get(0);
    }

    private List<Path> damagedFilesAside() throws Exception {
        try (Stream<Path> files = Files.list(dataFolder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("plan.damaged-")).toList();
        }
    }

    /** The default workspace of the data folder, created on first start (start-up without one shows the welcome screen). */
    private Path defaultWorkspace() {
        return DataFolder.defaultWorkspace(dataFolder).path();
    }
}
