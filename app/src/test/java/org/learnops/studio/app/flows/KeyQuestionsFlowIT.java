package org.learnops.studio.app.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A strategy lead answers the first question, adds a done-condition, types a threshold of 150 %
 * (refused next to the field with the valid range), fixes it, restarts: the answer and the
 * condition are kept, and the condition honestly says there is no data yet.
 */
class KeyQuestionsFlowIT {

    private static final String ANSWER = "Area experts author content; central LearnOps reviews it yearly.";

    @TempDir
    Path dataFolder;

    private AppDriver driver;

    @AfterEach
    void stopApp() throws Exception {
        driver.stop();
    }

    private void openKeyQuestions() throws TimeoutException {
        driver = new AppDriver(dataFolder);
        driver.start(Optional.empty());
        driver.openStep("#navKeyQuestions");
        driver.waitFor("#answerArea");
    }

    private boolean cellShows(String text) {
        return driver.lookup(".table-cell").queryAllAs(Labeled.class).stream().anyMatch(cell -> text.equals(cell.getText()));
    }

    @Test
    void anAnswerAndAFixedDoneConditionSurviveARestartWithNoDataYet() throws Exception {
        openKeyQuestions();
        driver.clickOn("#answerArea").write(ANSWER);

        driver.clickOn("#addButton");
        driver.waitUntil(() -> driver.lookup("#thresholdField").query().isVisible());
        TextField threshold = driver.lookup("#thresholdField").queryAs(TextField.class);
        assertEquals("80", threshold.getText(), "event fill rate starts at its usual 80 %");

        driver.clickOn(threshold).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("150");
        driver.waitUntil(() -> driver.lookup("#thresholdError").query().isVisible());
        assertTrue(driver.lookup("#thresholdError").queryAs(Label.class).getText().contains("0 to 100"));

        driver.clickOn(threshold).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("85");
        driver.waitUntil(() -> !driver.lookup("#thresholdError").query().isVisible());

        driver.waitUntil(() -> "All changes saved".equals(driver.lookup(".status-save").queryAs(Label.class).getText()));
        driver.closeWindow();

        openKeyQuestions();
        assertEquals(ANSWER, driver.lookup("#answerArea").queryAs(TextArea.class).getText());
        TableView<?> table = driver.lookup("#conditionsTable").queryAs(TableView.class);
        assertEquals(1, table.getItems().size());
        assertTrue(cellShows("≥ 85 %"), "the fixed threshold is kept");
        assertTrue(cellShows("No data yet"));
        driver.clickOn(".table-row-cell");
        driver.waitUntil(() -> driver.lookup("#reasonLabel").query().isVisible());
        assertTrue(driver.lookup("#reasonLabel").queryAs(Label.class).getText().contains("Events & sessions"),
                "event metrics say where their data comes from");
        assertFalse(driver.lookup("#thresholdError").query().isVisible());
        assertEquals("85", driver.lookup("#thresholdField").queryAs(TextField.class).getText());
        driver.closeWindow();
    }
}
