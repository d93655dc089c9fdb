package org.learnops.studio.app.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.app.champions.StakeholderRowViewModel;

/** A strategy lead builds the stakeholder register in a workshop: adds people, drags them on the grid, deletes and undoes. */
class ChampionsFlowIT {

    @TempDir
    Path dataFolder;

    private AppDriver driver;

    @AfterEach
    void stopApp() throws Exception {
        driver.stop();
    }

    private void startOnTheChampionsStep() throws Exception {
        driver = new AppDriver(dataFolder);
        driver.start(Optional.empty());
        driver.waitFor("#navChampions");
        driver.waitUntil(() -> !driver.lookup("#navChampions").query().isDisabled());
        driver.clickOn("#navChampions");
        driver.waitFor("#newStakeholderField");
    }

    private void addStakeholder(String name) throws Exception {
        driver.clickOn("#newStakeholderField").write(name).type(KeyCode.ENTER);
        driver.waitUntil(() -> names().contains(name));
    }

    private List<String> names() {
        TableView<StakeholderRowViewModel> table = driver.lookup("#stakeholderTable").queryTableView();
        return table.getItems().stream().map(row -> row.nameProperty().get()).toList();
    }

    private Label chip(String name) {
        return driver.lookup((Label label) -> label.getId() != null && label.getId().startsWith("chip-")
                && name.equals(label.getText())).query();
    }

    private void waitUntilSaved() throws Exception {
        driver.waitUntil(() -> "All changes saved".equals(driver.lookup(".status-save").queryAs(Label.class).getText()));
    }

    private int spinnerValue(String id) {
        return driver.lookup(id).<Spinner<Integer>>query().getValue();
    }

    @Test
    void aStakeholderDraggedOnTheGridChangesInfluenceAndInterestAndStaysThereAfterARestart() throws Exception {
        startOnTheChampionsStep();
        addStakeholder("Ana Lima");
        addStakeholder("Bo Chen");
        assertEquals(3, spinnerValue("#influenceSpinner"), "a new stakeholder starts in the middle");

        driver.clickOn("#gridTab");
        driver.waitFor("#cell-5-2");
        Label ana = chip("Ana Lima");
        Node target = driver.lookup("#cell-5-2").query();
        assertTrue(driver.lookup("#cell-3-3").query().lookupAll(".stakeholder-chip").contains(ana), "starts at 3/3");

        driver.drag(ana, MouseButton.PRIMARY).dropTo(target);

        driver.waitUntil(() -> ana.getParent() == target);
        driver.clickOn("#registerTab");
        driver.waitFor("#influenceSpinner");
        assertEquals("Ana Lima", driver.lookup("#nameField").queryTextInputControl().getText(), "dragging selects her");
        assertEquals(5, spinnerValue("#influenceSpinner"));
        assertEquals(2, spinnerValue("#interestSpinner"));
        waitUntilSaved();
        driver.closeWindow();

        startOnTheChampionsStep();
        driver.waitUntil(() -> names().equals(List.of("Ana Lima", "Bo Chen")));
        driver.clickOn("#gridTab");
        driver.waitFor("#cell-5-2");
        assertEquals(List.of("Ana Lima"), driver.lookup("#cell-5-2").query().lookupAll(".stakeholder-chip").stream()
                .map(node -> ((Label) node).getText()).toList());
        assertEquals(List.of("Bo Chen"), driver.lookup("#cell-3-3").query().lookupAll(".stakeholder-chip").stream()
                .map(node -> ((Label) node).getText()).toList());

        // The keyboard moves her too: one step down, one step right.
        driver.clickOn(chip("Ana Lima")).type(KeyCode.DOWN).type(KeyCode.RIGHT);
        driver.waitUntil(() -> chip("Ana Lima").getParent() == driver.lookup("#cell-4-3").query());
        assertTrue(chip("Ana Lima").isFocused(), "the chip keeps the focus for the next key");
        driver.closeWindow();
    }

    @Test
    void aDeletedStakeholderComesBackWithUndo() throws Exception {
        startOnTheChampionsStep();
        addStakeholder("Ana Lima");
        addStakeholder("Bo Chen");
        addStakeholder("Cy Diaz");

        driver.clickOn(driver.lookup((TableCell<?, ?> cell) -> "Bo Chen".equals(cell.getText())).<Node>query());
        driver.waitUntil(() -> "Bo Chen".equals(driver.lookup("#nameField").queryTextInputControl().getText()));
        driver.clickOn("#deleteStakeholderButton");
        driver.waitUntil(() -> driver.lookup((Button b) -> "Delete".equals(b.getText())).tryQuery().isPresent());
        driver.clickOn(driver.lookup((Button b) -> "Delete".equals(b.getText())).queryButton());

        driver.waitUntil(() -> names().equals(List.of("Ana Lima", "Cy Diaz")));
        assertFalse("Bo Chen".equals(driver.lookup("#nameField").queryTextInputControl().getText()),
                "the form no longer edits the deleted stakeholder");

        driver.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        driver.waitUntil(() -> names().equals(List.of("Ana Lima", "Bo Chen", "Cy Diaz")));
        waitUntilSaved();
        driver.closeWindow();

        startOnTheChampionsStep();
        driver.waitUntil(() -> names().equals(List.of("Ana Lima", "Bo Chen", "Cy Diaz")));
        driver.closeWindow();
    }
}
