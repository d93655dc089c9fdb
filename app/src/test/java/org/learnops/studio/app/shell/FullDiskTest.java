package org.learnops.studio.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.app.common.FakeDialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SyncTaskRunner;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.settings.SettingsFile;
import org.learnops.studio.workspace.WorkspaceFile;

/**
 * Typing on a full disk (a real 8 MB tmpfs): the user is told the edit could not be stored and
 * that earlier changes are safe, and after space is freed the workspace opens with every edit that
 * was saved. Skipped where the machine does not allow mounting a tmpfs.
 */
class FullDiskTest {

    @TempDir
    Path disk;

    @TempDir
    Path dataFolder;

    private boolean mounted;

    @BeforeEach
    void mount() throws Exception {
        mounted = run("mount", "-t", "tmpfs", "-o", "size=8388608", "tmpfs", disk.toString()) == 0;
        assumeTrue(mounted, "needs root allowed to mount a tmpfs (CAP_SYS_ADMIN); not available on this machine");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            run("umount", "-l", disk.toString()); // lazy: a failed test may still hold a file there
        }
    }

    @Test
    void anEditThatDoesNotFitIsReportedAndEveryEarlierEditIsKept() throws Exception {
        Path plan = disk.resolve("plan.mv.db");
        FakeDialogService dialogs = new FakeDialogService();
        List<String> standardError = new ArrayList<>();
        MainViewModel viewModel = new MainViewModel(dataFolder, new SettingsFile(dataFolder).load(),
                new JdbcWorkspaceOpener(), new SyncTaskRunner(), dialogs, Messages.load(Locale.ROOT), standardError::add, "1.2.3");
        viewModel.start(Optional.of(plan), () -> { });
        Path filler = disk.resolve("filler");
        fillLeaving(filler, 128 * 1024);

        String lastStored = null;
        try {
            // every stored edit is a new chunk of at least 4 KB at the end of the file
            for (int n = 0; n < 10_000 && dialogs.ofKind("error").isEmpty(); n++) {
                String name = "Plan " + n;
                viewModel.scopeProperty().get().nameProperty().set(name);
                if (dialogs.ofKind("error").isEmpty()) {
                    lastStored = name;
                }
            }
        } finally {
            Files.delete(filler);
            viewModel.close(() -> { });
        }

        assertEquals(1, dialogs.ofKind("error").size(), "the disk filled up and the user was told once");
        assertEquals("The workspace could not store or read data: No space left on device. Your earlier changes are safe.",
                dialogs.ofKind("error").get(0).message());
        assertTrue(lastStored != null, "some edits fitted");
        try (Workspace reopened = new JdbcWorkspaceOpener().open(WorkspaceFile.of(plan))) {
            assertEquals(lastStored, reopened.scope().loadStrategy().name());
        }
    }

    private static void fillLeaving(Path filler, long leave) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full
        }
        try (FileChannel channel = FileChannel.open(filler, StandardOpenOption.WRITE)) {
            channel.truncate(Math.max(0, channel.size() - leave));
        }
    }

    private static int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
