package org.learnops.studio.app.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.app.common.FakeDialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SyncTaskRunner;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.settings.SettingsFile;
import org.learnops.studio.settings.UserSettings;
import org.learnops.studio.settings.UserSettings.Theme;
import org.learnops.studio.workspace.WorkspaceFile;

class MainViewModelTest {

    @TempDir
    Path dataFolder;

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<String> standardError = new ArrayList<>();
    private final AtomicInteger quits = new AtomicInteger();

    private MainViewModel newViewModel() {
        return new MainViewModel(dataFolder, new SettingsFile(dataFolder).load(), opener, new SyncTaskRunner(), dialogs,
                Messages.load(Locale.ROOT), standardError::add, "1.2.3");
    }

    @Test
    void aFirstStartShowsTheWelcomeScreenAndCreatesNothing() throws Exception {
        MainViewModel viewModel = newViewModel();
        viewModel.start(Optional.empty(), quits::incrementAndGet);

        assertTrue(viewModel.welcomeProperty().get());
        assertFalse(viewModel.workspaceOpenProperty().get());
        assertFalse(viewModel.busyProperty().get(), "the welcome screen's choices are enabled");
        assertNull(viewModel.scopeProperty().get());
        assertEquals("LearnOps Studio", viewModel.titleProperty().get());
        try (java.util.stream.Stream<Path> files = Files.list(dataFolder)) {
            assertEquals(List.of(), files.filter(file -> file.toString().endsWith(".mv.db")).toList(), "no workspace made yet");
        }
        assertEquals(List.of(), dialogs.shown);
        assertEquals(0, quits.get());
    }

    @Test
    void startANewStrategyCreatesTheDefaultWorkspaceAndOpensScope() {
        MainViewModel viewModel = newViewModel();
        viewModel.start(Optional.empty(), quits::incrementAndGet);
        viewModel.startNewStrategy();

        Path expected = dataFolder.resolve("My workspace.mv.db");
        assertTrue(Files.isRegularFile(expected));
        assertFalse(viewModel.welcomeProperty().get());
        assertEquals(Step.SCOPE, viewModel.stepProperty().get());
        assertEquals("LearnOps Studio — My workspace", viewModel.titleProperty().get());
        assertEquals(expected.toString(), viewModel.workspacePathProperty().get());
        assertEquals("All changes saved", viewModel.saveStatusProperty().get());
        assertNotNull(viewModel.scopeProperty().get());
        assertEquals(List.of(expected), viewModel.recentWorkspaces());
        assertFalse(viewModel.busyProperty().get());
        viewModel.close(() -> { });
        assertEquals(List.of(expected), new SettingsFile(dataFolder).load().recentWorkspaces());
    }

    @Test
    void aDefaultWorkspaceFromAnEarlierVersionOpensWithoutTheWelcomeScreen() {
        opener.create(WorkspaceFile.of(dataFolder.resolve("My workspace.mv.db"))).close(); // no settings file: no recent list

        MainViewModel viewModel = newViewModel();
        viewModel.start(Optional.empty(), quits::incrementAndGet);

        assertFalse(viewModel.welcomeProperty().get());
        assertEquals("LearnOps Studio — My workspace", viewModel.titleProperty().get());
        assertEquals(Step.OVERVIEW, viewModel.stepProperty().get());
        viewModel.close(() -> { });
    }

    @Test
    void whileAWorkspaceFromAnEarlierVersionIsBroughtUpToDateTheWindowSaysSo() {
        Path older = dataFolder.resolve("older.mv.db");
        JdbcWorkspaceOpener.upToVersion("11").create(WorkspaceFile.of(older)).close();
        MainViewModel viewModel = newViewModel();
        List<Boolean> updating = new ArrayList<>();
        viewModel.updatingProperty().addListener((observable, was, now) -> updating.add(now));

        viewModel.start(Optional.of(older), quits::incrementAndGet);
        assertEquals(List.of(true, false), updating, "said while it was updated, then no more once open");
        assertTrue(viewModel.workspaceOpenProperty().get());

        viewModel.openRecent(dataFolder.resolve("other.mv.db")); // missing: fails, nothing to bring up to date
        viewModel.openRecent(older);
        assertEquals(List.of(true, false), updating, "a workspace at this version opens without the message");
        viewModel.close(() -> { });
    }

    @Test
    void aRecentWorkspaceThatIsGoneLeadsToTheWelcomeScreen() {
        MainViewModel first = newViewModel();
        first.start(Optional.of(dataFolder.resolve("moved away.mv.db")), quits::incrementAndGet);
        first.close(() -> { });
        for (String leftOver : List.of("moved away.mv.db", "moved away.lock")) {
            assertTrue(dataFolder.resolve(leftOver).toFile().delete(), leftOver);
        }

        MainViewModel second = newViewModel();
        second.start(Optional.empty(), quits::incrementAndGet);
        assertTrue(second.welcomeProperty().get());
    }

    @Test
    void fromTheWelcomeScreenTheDemoWorkspaceOpens() {
        MainViewModel viewModel = newViewModel();
        viewModel.start(Optional.empty(), quits::incrementAndGet);
        viewModel.openDemoWorkspace();

        assertFalse(viewModel.welcomeProperty().get());
        assertEquals("LearnOps Studio — Demo — Northwind", viewModel.titleProperty().get());
        assertFalse(viewModel.scopeProperty().get().nameProperty().get().isBlank(), "the demo has a strategy");
        viewModel.close(() -> { });
    }

    @Test
    void theStrategyStepsBeyondScopeAndTheOverviewAreMadeAndReadOnTheirFirstVisit() {
        MainViewModel viewModel = newViewModel();
        viewModel.start(Optional.empty(), quits::incrementAndGet);
        viewModel.openDemoWorkspace();

        assertEquals(Step.OVERVIEW, viewModel.stepProperty().get());
        assertNotNull(viewModel.scopeProperty().get());
        assertFalse(viewModel.overviewProperty().get().steps().isEmpty(), "the first screen is read at once");
        assertNull(viewModel.expectationsProperty().get());
        assertNull(viewModel.needsAnalysisProperty().get());
        assertNull(viewModel.championsProperty().get());
        assertNull(viewModel.governanceProperty().get());
        assertNull(viewModel.keyQuestionsProperty().get());
        assertNull(viewModel.artefactsProperty().get());

        viewModel.stepProperty().set(Step.EXPECTATIONS);
        var expectations = viewModel.expectationsProperty().get();
        assertNotNull(expectations);
        assertFalse(expectations.rows().isEmpty(), "the demo's deliverables are read on the first visit");
        viewModel.stepProperty().set(Step.GOVERNANCE);
        assertFalse(viewModel.governanceProperty().get().bodies().isEmpty(), "the demo's governance bodies");
        viewModel.stepProperty().set(Step.NEEDS_ANALYSIS);
        viewModel.stepProperty().set(Step.CHAMPIONS);
        viewModel.stepProperty().set(Step.ARTEFACTS);
        viewModel.stepProperty().set(Step.KEY_QUESTIONS);
        assertNotNull(viewModel.needsAnalysisProperty().get());
        assertNotNull(viewModel.championsProperty().get());
        assertNotNull(viewModel.artefactsProperty().get());
        var keyQuestions = viewModel.keyQuestionsProperty().get();
        assertNotNull(keyQuestions);

        viewModel.stepProperty().set(Step.EXPECTATIONS);
        assertTrue(expectations == viewModel.expectationsProperty().get(), "made once per workspace: coming back keeps it");

        // Another workspace while on a step made on first visit: that step is made again, for the new workspace.
        viewModel.stepProperty().set(Step.KEY_QUESTIONS);
        Path other = dataFolder.resolve("other.mv.db");
        opener.create(WorkspaceFile.of(other)).close();
        viewModel.openRecent(other);
        assertEquals("LearnOps Studio — other", viewModel.titleProperty().get());
        assertNotNull(viewModel.keyQuestionsProperty().get());
        assertFalse(keyQuestions == viewModel.keyQuestionsProperty().get(), "the new workspace's key questions");
        assertNull(viewModel.expectationsProperty().get(), "the other steps wait for their visit again");
        viewModel.close(() -> { });
    }

    @Test
    void fromTheWelcomeScreenAnExistingWorkspaceOpens() {
        Path existing = dataFolder.resolve("from a colleague.mv.db");
        opener.create(WorkspaceFile.of(existing)).close();
        MainViewModel viewModel = newViewModel();
        viewModel.start(Optional.empty(), quits::incrementAndGet);
        dialogs.chosenFiles.add(Optional.of(existing));
        viewModel.openWorkspace();

        assertFalse(viewModel.welcomeProperty().get());
        assertEquals("LearnOps Studio — from a colleague", viewModel.titleProperty().get());
        viewModel.close(() -> { });
    }

    @Test
    void aFailedOpenFromTheWelcomeScreenShowsTheErrorAndKeepsTheWelcomeScreen() {
        MainViewModel viewModel = newViewModel();
        viewModel.start(Optional.empty(), quits::incrementAndGet);
        dialogs.chosenFiles.add(Optional.of(dataFolder.resolve("not there.mv.db")));
        viewModel.openWorkspace();

        assertEquals(1, dialogs.ofKind("error").size());
        assertTrue(dialogs.ofKind("error").get(0).message().startsWith("There is no workspace at"));
        assertTrue(viewModel.welcomeProperty().get());
        assertEquals(0, quits.get(), "no \"open another or quit\" question on the welcome screen");
    }

    @Test
    void theNextStartReopensTheMostRecentWorkspaceWithItsData() {
        Path elsewhere = dataFolder.resolve("projects/Plan B.mv.db");
        MainViewModel first = newViewModel();
        first.start(Optional.of(elsewhere), quits::incrementAndGet);
        first.scopeProperty().get().nameProperty().set("Plan B strategy");
        first.close(() -> { });

        MainViewModel second = newViewModel();
        second.start(Optional.empty(), quits::incrementAndGet);
        assertEquals("LearnOps Studio — Plan B", second.titleProperty().get());
        assertEquals("Plan B strategy", second.scopeProperty().get().nameProperty().get());
        second.close(() -> { });
        assertEquals(0, quits.get());
    }

    @Test
    void aWorkspaceOpenElsewhereIsRefusedWithAClearMessageAndLeftUntouched() throws Exception {
        WorkspaceFile file = WorkspaceFile.of(dataFolder.resolve("shared"));
        try (Workspace other = opener.create(file)) {
            byte[] before = sha256(file.path());
            dialogs.answers.add(false); // "Quit"

            MainViewModel viewModel = newViewModel();
            viewModel.start(Optional.of(file.path()), quits::incrementAndGet);

            String message = "This workspace is already open in another LearnOps Studio window.\n" + file.path()
                    + "\nSwitch to that window, or open another workspace.";
            assertEquals(List.of(new FakeDialogService.Shown("ask", "Cannot open the workspace", message)), dialogs.shown);
            assertEquals(List.of(message), standardError);
            assertEquals(1, quits.get());
            assertNull(viewModel.scopeProperty().get());
            assertArrayEquals(before, sha256(file.path()), "the refused open did not touch the file");
        }
    }

    @Test
    void afterARefusalTheUserCanOpenAnotherWorkspace() {
        WorkspaceFile busy = WorkspaceFile.of(dataFolder.resolve("busy"));
        Path other = dataFolder.resolve("other.mv.db");
        try (Workspace held = opener.create(busy)) {
            opener.create(WorkspaceFile.of(other)).close();
            dialogs.answers.add(true); // "Open another workspace…"
            dialogs.chosenFiles.add(Optional.of(other));

            MainViewModel viewModel = newViewModel();
            viewModel.start(Optional.of(busy.path()), quits::incrementAndGet);

            assertEquals("LearnOps Studio — other", viewModel.titleProperty().get());
            assertEquals(0, quits.get());
            viewModel.close(() -> { });
        }
    }

    @Test
    void switchingWorkspacesClosesThePreviousOne() {
        MainViewModel viewModel = newViewModel();
        startANewStrategy(viewModel);
        Path created = dataFolder.resolve("second.mv.db");
        dialogs.chosenFiles.add(Optional.of(created));
        viewModel.newWorkspace();
        assertEquals("LearnOps Studio — second", viewModel.titleProperty().get());

        // The first workspace was released: this process can open it again.
        opener.open(WorkspaceFile.of(dataFolder.resolve("My workspace.mv.db"))).close();

        viewModel.openRecent(dataFolder.resolve("My workspace.mv.db"));
        assertEquals("LearnOps Studio — My workspace", viewModel.titleProperty().get());
        assertEquals(List.of(dataFolder.resolve("My workspace.mv.db"), created), viewModel.recentWorkspaces());
        viewModel.close(() -> { });
    }

    @Test
    void aRecentWorkspaceThatIsGoneIsReportedAndForgotten() {
        MainViewModel viewModel = newViewModel();
        startANewStrategy(viewModel);
        Path gone = dataFolder.resolve("gone.mv.db");
        viewModel.openRecent(gone);

        assertEquals(1, dialogs.ofKind("error").size());
        assertTrue(dialogs.ofKind("error").get(0).message().startsWith("There is no workspace at"));
        assertFalse(viewModel.recentWorkspaces().contains(gone));
        assertEquals("LearnOps Studio — My workspace", viewModel.titleProperty().get(), "the open workspace stays open");
        viewModel.close(() -> { });
    }

    @Test
    void aRecentWorkspaceDeletedSinceItWasOpenedLeavesTheRecentList() throws Exception {
        MainViewModel viewModel = newViewModel();
        startANewStrategy(viewModel);
        Path second = dataFolder.resolve("second.mv.db");
        dialogs.chosenFiles.add(Optional.of(second));
        viewModel.newWorkspace();
        viewModel.openRecent(dataFolder.resolve("My workspace.mv.db"));
        assertTrue(viewModel.recentWorkspaces().contains(second));
        Files.delete(second);

        viewModel.openRecent(second);

        assertTrue(dialogs.ofKind("error").get(0).message().startsWith("There is no workspace at"));
        assertFalse(viewModel.recentWorkspaces().contains(second), "the file is gone: it leaves the list");
        assertEquals("LearnOps Studio — My workspace", viewModel.titleProperty().get());
        viewModel.close(() -> { });
    }

    @Test
    void creatingOverAnExistingFileIsRefused() {
        MainViewModel viewModel = newViewModel();
        startANewStrategy(viewModel);
        dialogs.chosenFiles.add(Optional.of(dataFolder.resolve("My workspace.mv.db")));
        viewModel.newWorkspace();
        // Same file as the open one: nothing to do. Another existing file is refused:
        Path existing = dataFolder.resolve("existing.mv.db");
        opener.create(WorkspaceFile.of(existing)).close();
        dialogs.chosenFiles.add(Optional.of(existing));
        viewModel.newWorkspace();

        assertEquals(1, dialogs.ofKind("error").size());
        assertTrue(dialogs.ofKind("error").get(0).message().startsWith("A file with that name exists already."));
        viewModel.close(() -> { });
    }

    @Test
    void theThemeAndWindowAreRemembered() {
        MainViewModel viewModel = newViewModel();
        startANewStrategy(viewModel);
        viewModel.toggleTheme();
        viewModel.rememberWindow(new UserSettings.WindowBounds(10, 20, 900, 700, false));
        viewModel.close(() -> { });

        UserSettings stored = new SettingsFile(dataFolder).load();
        assertEquals(Theme.DARK, stored.theme());
        assertEquals(Optional.of(new UserSettings.WindowBounds(10, 20, 900, 700, false)), stored.window());
        assertEquals(Theme.DARK, newViewModel().themeProperty().get());
    }

    @Test
    void aboutShowsTheVersionAndTheDataAndLogFolders() {
        newViewModel().about();
        String message = dialogs.ofKind("information").get(0).message();
        assertTrue(message.startsWith("LearnOps Studio 1.2.3"), message);
        assertTrue(message.contains("\nData folder: " + dataFolder + "\n"), message);
        String logFolder = Optional.ofNullable(System.getProperty("learnops.logDir")).orElse(dataFolder.resolve("logs").toString());
        assertTrue(message.endsWith("Log folder: " + logFolder), message);
    }

    /** A first start where the user chooses "Start a new strategy": the default workspace is open. */
    private void startANewStrategy(MainViewModel viewModel) {
        viewModel.start(Optional.empty(), quits::incrementAndGet);
        viewModel.startNewStrategy();
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
