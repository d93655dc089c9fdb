package org.learnops.studio.app.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bug nobody caught: the user sees a dialog with copyable details, and the app stays usable. */
class UnexpectedErrorIT {

    @TempDir
    Path dataFolder;

    private AppDriver driver;

    @AfterEach
    void stopApp() throws Exception {
        driver.stop();
    }

    @Test
    void anUncaughtExceptionShowsDetailsAndTheAppKeepsWorking() throws Exception {
        driver = new AppDriver(dataFolder);
        driver.start(Optional.empty());
        driver.openStep("#navScope");
        driver.waitFor("#nameField");

        Platform.runLater(() -> {
            throw new IllegalStateException("boom in a handler");
        });
        driver.waitFor(".dialog-pane");
        DialogPane dialog = driver.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Something went wrong", dialog.getHeaderText());
        TextArea details = (TextArea) dialog.getExpandableContent().lookup("#errorDetails");
        assertTrue(details.getText().startsWith("java.lang.IllegalStateException: boom in a handler"), details.getText());

        driver.clickOn("OK");
        driver.waitUntil(() -> driver.lookup(".dialog-pane").tryQuery().isEmpty());
        driver.clickOn("#nameField").write("Still working");
        driver.waitUntil(() -> "All changes saved".equals(driver.lookup(".status-save").queryAs(Label.class).getText()));
        assertEquals("Still working", driver.lookup("#nameField").queryAs(TextField.class).getText());
        driver.closeWindow();
    }
}
