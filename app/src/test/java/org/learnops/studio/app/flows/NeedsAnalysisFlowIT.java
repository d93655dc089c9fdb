package org.learnops.studio.app.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.app.needs.FindingRowViewModel;

/**
 * A strategy lead runs a workshop on the Needs analysis step with the keyboard alone: captures
 * findings with area and severity shortcuts, dot-votes with + and −, and reads the ranking.
 */
class NeedsAnalysisFlowIT {

    @TempDir
    Path dataFolder;

    private AppDriver driver;

    @AfterEach
    void stopApp() throws Exception {
        driver.stop();
    }

    private void openNeedsAnalysis() throws Exception {
        driver.start(Optional.empty());
        driver.openStep("#navNeedsAnalysis");
        driver.waitFor("#captureField");
        TextField field = driver.lookup("#captureField").queryAs(TextField.class);
        driver.waitUntil(field::isFocused);
    }

    /** Types a finding, sets its area (Ctrl+digit) and severity (Alt+digit), presses Enter: no mouse. */
    private void capture(String text, int area, int severity) {
        driver.write(text);
        driver.push(KeyCode.CONTROL, digit(area));
        driver.push(KeyCode.ALT, digit(severity));
        driver.type(KeyCode.ENTER);
    }

    private static KeyCode digit(int value) {
        return KeyCode.values()[KeyCode.DIGIT0.ordinal() + value];
    }

    private List<String> shownFindings() {
        return findingsList().getItems().stream().map(row -> row.textProperty().get()).toList();
    }

    private ListView<FindingRowViewModel> findingsList() {
        return driver.lookup("#findingsList").query();
    }

    private String selectedText() {
        FindingRowViewModel row = findingsList().getSelectionModel().getSelectedItem();
        return row == null ? null : row.textProperty().get();
    }

    private void waitUntilSaved() throws Exception {
        driver.waitUntil(() -> "All changes saved".equals(driver.lookup(".status-save").queryAs(Label.class).getText()));
    }

    @Test
    void tenFindingsCapturedByKeyboardAreVotedOnAndRanked() throws Exception {
        driver = new AppDriver(dataFolder);
        openNeedsAnalysis();
        // No area is in scope yet, so Ctrl+1 … Ctrl+9 are the nine areas in the Scope step's order.
        capture("Course requests get lost in e-mail", 1, 4);   // request fulfillment, score 12
        capture("Nobody knows the total spend", 4, 5);         // financial tracking, 15
        capture("Rooms double-booked", 5, 3);                  // event management, 9
        capture("LMS reports take a day", 3, 2);               // learning technology, 6
        capture("Outdated compliance content", 8, 5);          // compliance, 15
        capture("No-shows not followed up", 5, 2);             // event management, 6
        capture("Vendors invoice late", 7, 1);                 // vendor management, 3
        capture("Content owners unclear", 6, 4);               // content management, 12
        capture("Managers cannot see completion", 9, 3);       // analytics, 9
        driver.write("Materials sent to the wrong site");
        driver.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        driver.push(KeyCode.ALT, KeyCode.DIGIT1);
        driver.push(KeyCode.ALT, KeyCode.SHIFT, KeyCode.DIGIT5); // frequency 5: score 5
        driver.type(KeyCode.ENTER);

        driver.waitUntil(() -> findingsList().getItems().size() == 10);
        assertEquals("", driver.lookup("#captureField").queryAs(TextField.class).getText());
        assertEquals("Materials sent to the wrong site", selectedText(), "the newest finding is selected");
        assertTrue(driver.lookup("#captureField").query().isFocused(), "the field keeps the focus for the next one");
        // No votes yet: severity × frequency decides, then capture order.
        assertEquals(List.of("Nobody knows the total spend", "Outdated compliance content",
                "Course requests get lost in e-mail", "Content owners unclear", "Rooms double-booked",
                "Managers cannot see completion", "LMS reports take a day", "No-shows not followed up",
                "Materials sent to the wrong site", "Vendors invoice late"), shownFindings());
        assertEquals("2", driver.lookup("#heat-EVENT_MANAGEMENT-OTHER").queryAs(Button.class).getText());

        driver.type(KeyCode.DOWN).type(KeyCode.HOME);           // into the list, to the top
        assertEquals("Nobody knows the total spend", selectedText());
        driver.type(KeyCode.ADD, 2);                            // 2 votes
        driver.type(KeyCode.DOWN).type(KeyCode.ADD);            // "Outdated compliance content": 1 vote
        driver.type(KeyCode.DOWN).type(KeyCode.ADD, 3);         // "Course requests …": 3 votes, moves to the top
        assertEquals("Course requests get lost in e-mail", selectedText(), "the selection follows the finding");
        driver.type(KeyCode.SUBTRACT);                          // back to 2: the tie goes to the higher score
        driver.type(KeyCode.END).type(KeyCode.ADD);             // "Vendors invoice late": 1 vote
        driver.type(KeyCode.END).type(KeyCode.SUBTRACT);        // "Materials …" has none: stays at 0

        assertEquals(List.of("Nobody knows the total spend", "Course requests get lost in e-mail",
                "Outdated compliance content", "Vendors invoice late", "Content owners unclear", "Rooms double-booked",
                "Managers cannot see completion", "LMS reports take a day", "No-shows not followed up",
                "Materials sent to the wrong site"), shownFindings());
        assertEquals(0, findingsList().getItems().get(9).votesProperty().get());

        driver.push(KeyCode.CONTROL, KeyCode.R);                // rank by severity × frequency
        assertEquals(List.of("Nobody knows the total spend", "Outdated compliance content",
                "Course requests get lost in e-mail", "Content owners unclear", "Rooms double-booked",
                "Managers cannot see completion", "LMS reports take a day", "No-shows not followed up",
                "Materials sent to the wrong site", "Vendors invoice late"), shownFindings());
        assertTrue(driver.lookup("#rankByScoreButton").queryAs(ToggleButton.class).isSelected());
        waitUntilSaved();
        driver.closeWindow();
    }

    @Test
    void findingsVotesAndSessionsSurviveARestartAndUndoTakesBackACapture() throws Exception {
        driver = new AppDriver(dataFolder);
        openNeedsAnalysis();
        capture("Approvals take two weeks", 5, 5);
        capture("Catalogue has duplicates", 6, 2);
        capture("Typo that should not stay", 1, 1);
        driver.waitUntil(() -> findingsList().getItems().size() == 3);
        driver.push(KeyCode.CONTROL, KeyCode.Z);                // in the empty field: undo the last capture
        driver.waitUntil(() -> findingsList().getItems().size() == 2);
        driver.type(KeyCode.DOWN).type(KeyCode.END).type(KeyCode.ADD, 3); // "Catalogue …" gets 3 votes
        driver.waitUntil(() -> "Catalogue has duplicates".equals(shownFindings().get(0)));
        driver.clickOn("#heat-EVENT_MANAGEMENT-OTHER");         // filter to one cell
        driver.waitUntil(() -> shownFindings().equals(List.of("Approvals take two weeks")));
        driver.clickOn("#heat-EVENT_MANAGEMENT-OTHER");         // the same cell again shows all
        driver.waitUntil(() -> shownFindings().size() == 2);

        driver.clickOn("Sessions");
        driver.clickOn("#addSessionButton");
        driver.waitFor("#notesArea");
        driver.clickOn("#notesArea").write("Workshop with the regional leads.");
        waitUntilSaved();
        driver.closeWindow();

        driver = new AppDriver(dataFolder);
        openNeedsAnalysis();
        driver.waitUntil(() -> findingsList().getItems().size() == 2);
        assertEquals(List.of("Catalogue has duplicates", "Approvals take two weeks"), shownFindings());
        assertEquals(3, findingsList().getItems().get(0).votesProperty().get());
        assertEquals("1", driver.lookup("#heat-EVENT_MANAGEMENT-OTHER").queryAs(Button.class).getText());
        driver.clickOn("Sessions");
        driver.waitFor("#notesArea");
        assertEquals("Workshop with the regional leads.",
                driver.lookup("#notesArea").queryAs(TextArea.class).getText());
        driver.closeWindow();
    }
}
