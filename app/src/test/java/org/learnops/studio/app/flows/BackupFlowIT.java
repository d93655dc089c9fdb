package org.learnops.studio.app.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.WorkspaceFile;

/**
 * A coordinator backs up with File → Back up now, goes on editing, then regrets it and uses File →
 * Restore from backup…: the edit is gone, and the file it replaced is kept aside with the edit in it.
 */
class BackupFlowIT {

    @TempDir
    Path dataFolder;

    private AppDriver driver;

    @AfterEach
    void stopApp() throws Exception {
        driver.stop();
    }

    private void fireFileMenu(String id) throws TimeoutException {
        MenuBar menuBar = driver.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = menuBar.getMenus().get(0).getItems().stream()
                .filter(candidate -> id.equals(candidate.getId())).findFirst().orElseThrow();
        driver.waitUntil(() -> !item.isDisable());
        driver.interact(item::fire);
    }

    /** Clicks {@code label} in the message or question window that is showing. */
    private void answerDialog(String label) throws TimeoutException {
        driver.waitFor(".dialog-pane");
        driver.clickOn(driver.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(button -> label.equals(button.getText())).findFirst().orElseThrow());
    }

    /** The text of the message or question showing, "" while none shows. */
    private String dialogText() {
        return driver.lookup(".dialog-pane .content").queryAllAs(Label.class).stream()
                .filter(label -> label.getScene() != null && label.getScene().getWindow().isShowing())
                .map(Label::getText).findFirst().orElse("");
    }

    private long backups() throws IOException {
        Path folder = dataFolder.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip")).count();
        }
    }

    private List<Path> replacedFiles() throws IOException {
        try (Stream<Path> files = Files.list(dataFolder)) {
            return files.filter(f -> f.getFileName().toString().contains(".replaced-")).toList();
        }
    }

    private void waitUntilSaved() throws TimeoutException {
        driver.waitUntil(() -> "All changes saved".equals(driver.lookup(".status-save").queryAs(Label.class).getText()));
    }

    @Test
    void backUpEditRestoreAndTheEditIsGoneButKeptAside() throws Exception {
        driver = new AppDriver(dataFolder);
        driver.start(Optional.empty());

        // Opening the new workspace took the daily backup in the background.
        driver.waitUntil(() -> backups() == 1);
        driver.waitUntil(() -> driver.lookup("#backupStatusLabel").queryAs(Label.class).getText()
                .startsWith("Daily backup taken: My workspace-"));

        driver.openStep("#navScope");
        driver.waitFor("#nameField");
        driver.clickOn("#nameField").write("Before the backup");
        waitUntilSaved();

        fireFileMenu("backUpNowItem");
        driver.waitFor(".dialog-pane");
        assertTrue(dialogText().startsWith("A copy of the workspace was saved as\n" + dataFolder.resolve("backups")),
                dialogText());
        answerDialog("OK");
        assertEquals(2, backups());

        TextField name = driver.lookup("#nameField").queryAs(TextField.class);
        driver.clickOn("#nameField");
        driver.interact(name::selectAll);
        driver.write("After the backup");
        driver.waitUntil(() -> "After the backup".equals(name.getText()));
        waitUntilSaved();

        fireFileMenu("restoreBackupItem");
        driver.waitFor("#restoreButton");
        TableView<?> list = driver.lookup("#backupsTable").queryAs(TableView.class);
        driver.waitUntil(() -> list.getItems().size() == 2 && list.getSelectionModel().getSelectedIndex() == 0);
        driver.clickOn("#restoreButton");
        driver.waitFor(".dialog-pane");
        assertTrue(dialogText().contains("The current workspace will be replaced by that copy."), dialogText());
        answerDialog("Restore");

        driver.waitFor(".dialog-pane");
        driver.waitUntil(() -> dialogText().startsWith("The workspace was restored from"));
        List<Path> replaced = replacedFiles();
        assertEquals(1, replaced.size(), replaced::toString);
        assertTrue(dialogText().endsWith("The file it replaced is kept as\n" + replaced.get(0)), dialogText());
        answerDialog("OK");

        driver.openStep("#navScope");
        driver.waitUntil(() -> "Before the backup".equals(driver.lookup("#nameField").queryAs(TextField.class).getText()));
        driver.closeWindow();

        try (Workspace aside = new JdbcWorkspaceOpener().open(WorkspaceFile.of(replaced.get(0)))) {
            assertEquals("After the backup", aside.scope().loadStrategy().name(), "the replaced file still has the edit");
        }
    }
}
