package org.learnops.studio.app.flows;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A strategy lead opens File → Export…, keeps only the workshop file (JSON) and exports into the
 * workspace's folder, which is offered by default; the file is there and "Show folder" is offered.
 */
class ExportFlowIT {

    @TempDir
    Path dataFolder;

    private AppDriver driver;

    @AfterEach
    void stopApp() throws Exception {
        driver.stop();
    }

    @Test
    void onlyTheWorkshopFileIsWrittenBesideTheWorkspace() throws Exception {
        driver = new AppDriver(dataFolder);
        driver.start(Optional.empty());
        // File → Export… (menu items are not nodes: fire the item as a click on it would)
        MenuBar menuBar = driver.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem export = menuBar.getMenus().get(0).getItems().stream()
                .filter(item -> "exportItem".equals(item.getId())).findFirst().orElseThrow();
        driver.waitUntil(() -> !export.isDisable());
        driver.interact(export::fire);
        driver.waitFor("#exportButton");
        driver.interact(() -> {
            driver.lookup("#workbookBox").queryAs(CheckBox.class).setSelected(false);
            driver.lookup("#deckBox").queryAs(CheckBox.class).setSelected(false);
        });
        driver.clickOn("#workshopFileBox");
        assertTrue(driver.lookup("#workshopFileBox").queryAs(CheckBox.class).isSelected());
        assertFalse(driver.lookup("#personalDataBox").queryAs(CheckBox.class).isSelected(), "no e-mail by default");
        driver.clickOn("#exportButton");
        Path json = dataFolder.resolve("My workspace.json");
        driver.waitUntil(() -> Files.isRegularFile(json)
                && driver.lookup("#showFolderButton").query().isVisible());
        assertTrue(Files.readString(json).contains("formatVersion"));
        assertFalse(Files.exists(dataFolder.resolve("My workspace.xlsx")));
        assertTrue(driver.lookup("#statusLabel").queryAs(Label.class).getText().startsWith("One file written"));
        driver.clickOn("#cancelButton"); // "Close" once done
    }
}
