package org.learnops.studio.app.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A strategy lead fills a RACI row with the keyboard only and watches the rule checks react. */
class GovernanceFlowIT {

    @TempDir
    Path dataFolder;

    private AppDriver driver;

    @AfterEach
    void stopApp() throws Exception {
        driver.stop();
    }

    private void waitUntilSaved() throws Exception {
        driver.waitUntil(() -> "All changes saved".equals(driver.lookup(".status-save").queryAs(Label.class).getText()));
    }

    private Label processWarning() {
        return driver.lookup((Label label) -> label.getId() != null && label.getId().startsWith("warning-process-")).query();
    }

    private String cellText(int column) {
        List<Label> cells = driver.lookup(".raci-cell").queryAllAs(Label.class).stream()
                .sorted((a, b) -> Double.compare(a.localToScene(0, 0).getX(), b.localToScene(0, 0).getX())).toList();
        return cells.get(column).getText();
    }

    private List<String> warningLines() {
        return driver.lookup("#warningList").queryAs(VBox.class).getChildrenUnmodifiable().stream()
                .map(node -> ((Label) node).getText()).toList();
    }

    @Test
    void aRaciRowFilledByKeyboardMakesTheMissingAccountableWarningAppearAndDisappear() throws Exception {
        driver = new AppDriver(dataFolder);
        driver.start(Optional.empty());
        driver.openStep("#navScope");
        driver.waitFor("#nameField");
        driver.clickOn(driver.<CheckBox>reveal("#area-EVENT_MANAGEMENT-inScope"));
        waitUntilSaved();

        driver.clickOn("#navGovernance");
        driver.waitFor("#newProcessField");
        driver.waitUntil(() -> driver.lookup("#newProcessAreaBox").tryQuery().isPresent()
                && "Event management".equals(String.valueOf(
                        driver.lookup("#newProcessAreaBox").<javafx.scene.control.ComboBox<?>>query().getValue())));
        driver.clickOn(driver.<TextField>reveal("#newProcessField")).write("Schedule an event").type(KeyCode.ENTER);
        driver.waitUntil(() -> driver.lookup("#warningList").queryAs(VBox.class).getChildrenUnmodifiable().size() == 2);
        driver.clickOn(driver.<TextField>reveal("#newRoleField")).write("Central LearnOps").type(KeyCode.ENTER);
        driver.write("HR").type(KeyCode.ENTER);
        driver.waitUntil(() -> driver.lookup(".raci-cell").queryAll().size() == 2);

        // Keyboard only: Tab from the role field to the first cell of the row.
        for (int i = 0; i < 8 && !isCell(focused()); i++) {
            driver.type(KeyCode.TAB);
        }
        assertTrue(isCell(focused()), "Tab reaches the matrix; focus is on " + focused());
        assertTrue(processWarning().isVisible());
        assertTrue(warningLines().contains("“Schedule an event” has no Accountable: give exactly one role an A."));

        driver.type(KeyCode.A);
        driver.waitUntil(() -> "A".equals(cellText(0)));
        assertFalse(warningLines().contains("“Schedule an event” has no Accountable: give exactly one role an A."),
                "the violation disappears");
        assertTrue(warningLines().contains("“Schedule an event” has no Responsible: give at least one role an R."));

        driver.type(KeyCode.RIGHT).type(KeyCode.R);
        driver.waitUntil(() -> "R".equals(cellText(1)));
        assertEquals(List.of(), warningLines(), "a complete row, both roles involved");
        assertFalse(processWarning().isVisible());

        driver.type(KeyCode.LEFT).type(KeyCode.DELETE);
        driver.waitUntil(() -> "".equals(cellText(0)));
        assertEquals(List.of("“Schedule an event” has no Accountable: give exactly one role an A.",
                "The role “Central LearnOps” is not involved in any process."), warningLines(), "the violation is back");
        assertTrue(processWarning().isVisible());

        driver.type(KeyCode.A);
        driver.waitUntil(() -> warningLines().isEmpty());
        waitUntilSaved();
        driver.closeWindow();

        driver = new AppDriver(dataFolder);
        driver.start(Optional.empty());
        driver.waitFor("#navGovernance");
        driver.waitUntil(() -> !driver.lookup("#navGovernance").query().isDisabled());
        driver.clickOn("#navGovernance");
        driver.waitUntil(() -> driver.lookup(".raci-cell").queryAll().size() == 2);
        assertEquals("A", cellText(0));
        assertEquals("R", cellText(1));
        driver.closeWindow();
    }

    private Node focused() {
        return driver.stage().getScene().getFocusOwner();
    }

    private static boolean isCell(Node node) {
        return node != null && node.getStyleClass().contains("raci-cell");
    }
}
