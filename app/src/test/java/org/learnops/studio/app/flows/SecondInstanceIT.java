package org.learnops.studio.app.flows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.WorkspaceFile;

/** A second LearnOps Studio on a workspace that is already open: a clear message, never a stack trace, file untouched. */
class SecondInstanceIT {

    private static final String MESSAGE = "This workspace is already open in another LearnOps Studio window.";

    @TempDir
    Path folder;

    @Test
    void aSecondWindowOnTheSameWorkspaceSaysSoAndCanQuit() throws Exception {
        WorkspaceFile file = WorkspaceFile.of(folder.resolve("shared"));
        try (Workspace first = new JdbcWorkspaceOpener().create(file)) {
            byte[] before = sha256(file.path());
            AppDriver driver = new AppDriver(folder.resolve("data"));
            driver.start(Optional.of(file.path()));
            driver.waitFor(".dialog-pane");
            DialogPane dialog = driver.lookup(".dialog-pane").queryAs(DialogPane.class);
            assertTrue(dialog.getContentText().startsWith(MESSAGE), dialog.getContentText());
            assertTrue(driver.standardError.get(0).startsWith(MESSAGE));

            driver.clickOn("_Quit");
            driver.waitUntil(() -> !driver.stage().isShowing());
            driver.stop();
            assertArrayEquals(before, sha256(file.path()));
        }
    }

    /**
     * The real thing: another process (the packaged launcher, headless) while this one holds the
     * workspace. It must say so on standard error; its dialog then waits for the user, so the test ends it.
     */
    @Test
    void aSecondProcessReportsTheLockOnStandardError() throws Exception {
        WorkspaceFile file = WorkspaceFile.of(folder.resolve("shared"));
        try (Workspace first = new JdbcWorkspaceOpener().create(file)) {
            byte[] before = sha256(file.path());
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java,
                    "-cp", System.getProperty("java.class.path"),
                    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Djava.awt.headless=true", "-Dlearnops.logDir=" + folder.resolve("logs"),
                    "org.learnops.studio.app.Launcher", "--workspace", file.path().toString());
            builder.environment().put("LEARNOPS_DATA_DIR", folder.resolve("data").toString());
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            Process second = builder.start();
            try {
                List<String> lines = new ArrayList<>();
                CompletableFuture<Boolean> reported = CompletableFuture.supplyAsync(() -> {
                    try (BufferedReader err = new BufferedReader(new InputStreamReader(second.getErrorStream(), StandardCharsets.UTF_8))) {
                        for (String line = err.readLine(); line != null; line = err.readLine()) {
                            lines.add(line);
                            if (line.equals(MESSAGE)) {
                                return true;
                            }
                        }
                        return false;
                    } catch (java.io.IOException e) {
                        return false;
                    }
                });
                assertTrue(reported.get(60, TimeUnit.SECONDS), "standard error was: " + lines);
                assertTrue(lines.stream().noneMatch(line -> line.contains("Exception") || line.startsWith("\tat ")),
                        "no stack trace: " + lines);
                assertTrue(second.isAlive(), "it waits in its dialog for the user's answer");
            } finally {
                second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            assertArrayEquals(before, sha256(file.path()));
        }
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
