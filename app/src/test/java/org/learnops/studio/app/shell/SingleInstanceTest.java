package org.learnops.studio.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.workspace.DataFolder;
import org.learnops.studio.app.common.FakeDialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SyncTaskRunner;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.settings.SettingsFile;
import org.learnops.studio.workspace.WorkspaceFile;

/**
 * Another LearnOps Studio process has the workspace open (a real second JVM holding the lock):
 * start-up and File → Open both say so and offer to open another workspace; the file is untouched.
 */
class SingleInstanceTest {

    private static final String LOCKED = "This workspace is already open in another LearnOps Studio window.\n";

    @TempDir
    Path dataFolder;

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<String> standardError = new ArrayList<>();
    private final AtomicInteger quits = new AtomicInteger();
    private WorkspaceFile shared;
    private Path other;
    private Process holder;

    @BeforeEach
    void anotherProcessHoldsTheWorkspace() throws Exception {
        shared = WorkspaceFile.of(dataFolder.resolve("shared"));
        opener.create(shared).close();
        other = dataFolder.resolve("other.mv.db");
        opener.create(WorkspaceFile.of(other)).close();
        holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                HoldWorkspaceMain.class.getName(), shared.path().toString())
                .redirectError(dataFolder.resolve("holder.err").toFile())
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        while (line != null && !line.equals("OPEN")) { // the test class path logs to stdout as well
            line = out.readLine();
        }
        assertEquals("OPEN", line, "the second process opened the workspace");
        // keep reading its output so it never blocks on a full pipe
        Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }), "holder-stdout");
        drain.setDaemon(true);
        drain.start();
    }

    @AfterEach
    void releaseIt() throws Exception {
        holder.getOutputStream().close();
        if (!holder.waitFor(30, TimeUnit.SECONDS)) {
            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private MainViewModel newViewModel() {
        return new MainViewModel(dataFolder, new SettingsFile(dataFolder).load(), opener, new SyncTaskRunner(), dialogs,
                Messages.load(Locale.ROOT), standardError::add, "1.2.3");
    }

    @Test
    void atStartUpItSaysSoAndOpensAnotherWorkspaceInstead() throws Exception {
        byte[] before = sha256(shared.path());
        dialogs.answers.add(true); // "Open another workspace…"
        dialogs.chosenFiles.add(Optional.of(other));

        MainViewModel viewModel = newViewModel();
        viewModel.start(Optional.of(shared.path()), quits::incrementAndGet);

        FakeDialogService.Shown asked = dialogs.ofKind("ask").get(0);
        assertEquals("Cannot open the workspace", asked.title());
        assertTrue(asked.message().startsWith(LOCKED), asked.message());
        assertTrue(standardError.get(0).startsWith(LOCKED));
        assertEquals("LearnOps Studio — other", viewModel.titleProperty().get());
        assertEquals(0, quits.get());
        assertTrue(Arrays.equals(before, sha256(shared.path())), "the refused open did not touch the file");
        viewModel.close(() -> { });
    }

    @Test
    void fromFileOpenItSaysSoAndOffersAnotherWhileTheCurrentStaysOpen() throws Exception {
        byte[] before = sha256(shared.path());
        MainViewModel viewModel = newViewModel();
        viewModel.start(Optional.of(defaultWorkspace()), quits::incrementAndGet);
        dialogs.answers.add(true); // "Open another workspace…"
        dialogs.chosenFiles.add(Optional.of(other));

        viewModel.openRecent(shared.path());

        FakeDialogService.Shown asked = dialogs.ofKind("ask").get(0);
        assertTrue(asked.message().startsWith(LOCKED), asked.message());
        assertEquals(List.of(), dialogs.ofKind("error"), "a question with a way on, not just an error");
        assertEquals("LearnOps Studio — other", viewModel.titleProperty().get());
        assertEquals(0, quits.get());
        assertTrue(Arrays.equals(before, sha256(shared.path())));
        viewModel.close(() -> { });
    }

    @Test
    void fromFileOpenKeepingTheCurrentWorkspaceChangesNothing() throws Exception {
        MainViewModel viewModel = newViewModel();
        viewModel.start(Optional.of(defaultWorkspace()), quits::incrementAndGet);
        dialogs.answers.add(false); // "Keep the current workspace"

        viewModel.openRecent(shared.path());

        assertEquals("LearnOps Studio — My workspace", viewModel.titleProperty().get());
        assertTrue(viewModel.workspaceOpenProperty().get());
        assertEquals(0, quits.get());
        viewModel.close(() -> { });
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(file));
    }

    /** The default workspace of the data folder, created on first start (start-up without one shows the welcome screen). */
    private Path defaultWorkspace() {
        return DataFolder.defaultWorkspace(dataFolder).path();
    }
}
