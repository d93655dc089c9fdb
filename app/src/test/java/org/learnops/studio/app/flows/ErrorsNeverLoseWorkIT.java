package org.learnops.studio.app.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.app.common.FxTaskRunner;
import org.learnops.studio.app.common.LastResortErrorHandler;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.DataFolder;
import org.slf4j.LoggerFactory;

/**
 * Issue 7 §7 through the real window: failures nobody handles — on the FX thread, in a background
 * task (without a useful failure callback, from a success callback, from a failing failure
 * callback) and on a thread started elsewhere — each show the error dialog with the details, are
 * logged, and afterwards the user edits the strategy name and sees it saved; after a restart of
 * the workspace the last edit is in the file.
 */
class ErrorsNeverLoseWorkIT {

    @TempDir
    Path dataFolder;

    private AppDriver driver;
    private final FxTaskRunner background = new FxTaskRunner();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger handlerLog = (Logger) LoggerFactory.getLogger(LastResortErrorHandler.class);

    @BeforeEach
    void captureLog() {
        log.start();
        handlerLog.addAppender(log);
    }

    @AfterEach
    void stopApp() throws Exception {
        handlerLog.detachAppender(log);
        background.close();
        driver.stop();
    }

    @Test
    void everyKindOfUnhandledFailureShowsTheDialogAndLaterEditsAreSaved() throws Exception {
        driver = new AppDriver(dataFolder);
        driver.start(Optional.empty());
        driver.openStep("#navScope");
        driver.waitFor("#nameField");
        editAndSeeSaved("Plan");

        Platform.runLater(() -> {
            throw new IllegalStateException("bug in an event handler");
        });
        closeDialogShowing("java.lang.IllegalStateException: bug in an event handler");
        editAndSeeSaved(" A");

        background.run(() -> {
            throw new IllegalStateException("background work failed, no failure callback");
        }, ignored -> { }, null);
        closeDialogShowing("java.lang.IllegalStateException: background work failed, no failure callback");
        editAndSeeSaved(" B");

        background.run(() -> "loaded", result -> {
            throw new IllegalStateException("success callback failed on the FX thread");
        }, failure -> { });
        closeDialogShowing("java.lang.IllegalStateException: success callback failed on the FX thread");
        editAndSeeSaved(" C");

        background.run(() -> {
            throw new IllegalArgumentException("the work's own failure");
        }, ignored -> { }, failure -> {
            throw new IllegalStateException("the failure callback failed too");
        });
        String details = closeDialogShowing("java.lang.IllegalStateException: the failure callback failed too");
        assertTrue(details.contains("Suppressed: java.lang.IllegalArgumentException: the work's own failure"),
                "the original failure is kept: " + details);
        editAndSeeSaved(" D");

        Thread elsewhere = new Thread(() -> {
            throw new IllegalStateException("thread started elsewhere");
        }, "started-elsewhere");
        elsewhere.start();
        closeDialogShowing("java.lang.IllegalStateException: thread started elsewhere");
        editAndSeeSaved(" E");

        assertEquals(5, log.list.stream().filter(e -> e.getLevel() == Level.ERROR
                && e.getMessage().startsWith("Uncaught exception")).count(), "each failure logged once: " + log.list);
        driver.closeWindow();
        try (Workspace workspace = new JdbcWorkspaceOpener().open(DataFolder.defaultWorkspace(dataFolder))) {
            assertEquals("Plan A B C D E", workspace.scope().loadStrategy().name(), "every edit is in the file");
        }
    }

    /** Waits for the error dialog, checks its header and the first line of its details, closes it. */
    private String closeDialogShowing(String firstLine) throws TimeoutException {
        driver.waitFor(".dialog-pane");
        DialogPane dialog = driver.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Something went wrong", dialog.getHeaderText());
        String details = ((TextArea) dialog.getExpandableContent().lookup("#errorDetails")).getText();
        assertTrue(details.startsWith(firstLine), details);
        driver.clickOn("OK");
        driver.waitUntil(() -> driver.lookup(".dialog-pane").tryQuery().isEmpty());
        return details;
    }

    private void editAndSeeSaved(String typed) throws TimeoutException {
        String before = driver.lookup("#nameField").queryAs(TextField.class).getText();
        driver.clickOn("#nameField").write(typed);
        driver.waitUntil(() -> (before + typed).equals(driver.lookup("#nameField").queryAs(TextField.class).getText())
                && "All changes saved".equals(driver.lookup(".status-save").queryAs(Label.class).getText()));
    }
}
