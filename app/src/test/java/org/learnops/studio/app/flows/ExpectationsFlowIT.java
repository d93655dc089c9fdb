package org.learnops.studio.app.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.DataFolder;

/**
 * A strategy lead ticks deliverables, gives one an owner and a date already past, sees it flagged
 * overdue, adds a custom deliverable, deletes it, takes the delete back with Ctrl+Z, restarts:
 * everything is as left.
 */
class ExpectationsFlowIT {

    private static final String DECK = "#deliverable-STAKEHOLDER_PITCH_DECK";
    private static final String GUIDE = "Onboarding guide";

    @TempDir
    Path dataFolder;

    private AppDriver driver;

    @BeforeEach
    void registerAStakeholder() {
        try (Workspace workspace = new JdbcWorkspaceOpener().create(DataFolder.defaultWorkspace(dataFolder))) {
            workspace.stakeholders().add(Stakeholder.named("Dana Reyes", StakeholderGroup.SENIOR_LEADER));
        }
    }

    @AfterEach
    void stopApp() throws Exception {
        driver.stop();
    }

    private void openExpectations() throws TimeoutException {
        driver = new AppDriver(dataFolder);
        driver.start(Optional.empty());
        driver.openStep("#navExpectations");
        driver.waitFor(DECK + "-included");
    }

    private boolean guideShown() {
        return driver.lookup((Text text) -> text.getStyleClass().contains("deliverable-title") && GUIDE.equals(text.getText()))
                .tryQuery().isPresent();
    }

    private boolean overdue(String row) {
        return driver.lookup(row).query().getStyleClass().contains("overdue");
    }

    @Test
    void aChecklistWithAnOverdueOwnerAndAnUndoneDeleteSurvivesARestart() throws Exception {
        openExpectations();

        driver.clickOn(DECK + "-included");
        driver.clickOn("#deliverable-GLOSSARY-included");
        driver.clickOn(DECK);
        driver.waitUntil(() -> driver.lookup("#ownerCombo").query().isVisible());

        driver.clickOn("#ownerCombo");
        driver.clickOn(driver.lookup((ListCell<?> cell) -> "Dana Reyes".equals(cell.getText())).<Node>query());

        DatePicker due = driver.lookup("#dueDatePicker").queryAs(DatePicker.class);
        driver.clickOn(due.getEditor()).write("2020-02-30").type(KeyCode.ENTER);
        driver.waitUntil(() -> driver.lookup("#dueDateError").query().isVisible());
        assertFalse(overdue(DECK), "an impossible date is refused, not stored");
        // No Enter this time: choosing another deliverable still stores the date on the one it was typed for.
        driver.clickOn(due.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("2020-01-15");
        driver.clickOn("#deliverable-GLOSSARY");
        driver.waitUntil(() -> overdue(DECK));
        assertFalse(overdue("#deliverable-GLOSSARY"), "no due date, not overdue");
        assertEquals("", due.getEditor().getText(), "the glossary has no date");
        driver.clickOn(DECK);
        assertTrue(driver.lookup("#overdueLabel").query().isVisible());
        assertFalse(driver.lookup("#dueDateError").query().isVisible());

        driver.clickOn("#newTitleField").write(GUIDE).type(KeyCode.ENTER);
        driver.waitUntil(this::guideShown);
        assertEquals(GUIDE, driver.lookup("#titleField").queryAs(TextField.class).getText(), "the new deliverable is being edited");
        driver.clickOn("#deleteButton");
        driver.waitFor(".dialog-pane");
        // Looked up by CSS selector: a predicate lookup did not reach the dialog's buttons.
        driver.clickOn(driver.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(button -> "Delete".equals(button.getText())).findFirst().orElseThrow());
        driver.waitUntil(() -> !guideShown());

        driver.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        driver.waitUntil(this::guideShown);

        driver.waitUntil(() -> "All changes saved".equals(driver.lookup(".status-save").queryAs(Label.class).getText()));
        driver.closeWindow();

        openExpectations();
        assertTrue(driver.lookup(DECK + "-included").queryAs(CheckBox.class).isSelected());
        assertTrue(driver.lookup("#deliverable-GLOSSARY-included").queryAs(CheckBox.class).isSelected());
        assertFalse(driver.lookup("#deliverable-USER_RESEARCH-included").queryAs(CheckBox.class).isSelected());
        assertTrue(overdue(DECK));
        assertTrue(guideShown(), "the undone delete stayed undone");
        driver.clickOn(DECK);
        driver.waitUntil(() -> driver.lookup("#ownerCombo").query().isVisible());
        assertEquals("Dana Reyes", String.valueOf(driver.lookup("#ownerCombo").<ComboBox<?>>query().getValue()));
        assertEquals("2020-01-15", driver.lookup("#dueDatePicker").queryAs(DatePicker.class).getEditor().getText());
        driver.closeWindow();
    }

    @Test
    void theChecklistWorksFromTheKeyboard() throws Exception {
        openExpectations();
        driver.clickOn("#deliverable-USER_RESEARCH");

        driver.type(KeyCode.SPACE).type(KeyCode.DOWN).type(KeyCode.SPACE);
        assertTrue(driver.lookup("#deliverable-USER_RESEARCH-included").queryAs(CheckBox.class).isSelected());
        assertTrue(driver.lookup("#deliverable-CURRENT_STATE_PROCESS_ANALYSIS-included").queryAs(CheckBox.class).isSelected());
        driver.type(KeyCode.ENTER).write("See where requests get stuck");
        assertEquals("See where requests get stuck",
                driver.lookup("#purposeArea").queryAs(TextArea.class).getText());

        driver.clickOn("#newTitleField").write(GUIDE).type(KeyCode.ENTER);
        driver.waitUntil(this::guideShown);
        // Back to the list, where the new deliverable is selected; Delete asks, Enter confirms.
        driver.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertTrue(driver.lookup("#deliverablesTable").query().isFocused());
        driver.type(KeyCode.DELETE);
        driver.waitFor(".dialog-pane");
        driver.type(KeyCode.ENTER);
        driver.waitUntil(() -> !guideShown());
        driver.closeWindow();
    }
}
