package org.learnops.studio.app.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A strategy lead fills in the Scope step, quits, starts again: everything is as left. */
class ScopeFlowIT {

    @TempDir
    Path dataFolder;

    private AppDriver driver;

    @AfterEach
    void stopApp() throws Exception {
        driver.stop();
    }

    @Test
    void theScopeStepSurvivesARestart() throws Exception {
        driver = new AppDriver(dataFolder);
        driver.start(Optional.empty());
        driver.openStep("#navScope");
        driver.waitFor("#nameField");
        assertEquals("LearnOps Studio — My workspace", driver.stage().getTitle());

        driver.clickOn("#nameField").write("Global LearnOps 2027");
        driver.clickOn("#sponsorField").write("Chief People Officer");
        driver.clickOn("#ownerField").write("Dana Reyes");
        driver.clickOn("#businessAreaRadio");
        driver.clickOn("#businessAreaField").write("Retail banking");
        driver.clickOn("#regionalRadio");
        driver.clickOn("#regionsField").write("EMEA, APAC");
        driver.clickOn("#authorityNotesArea").write("Owns the LMS and the events budget.");

        driver.clickOn(driver.<CheckBox>reveal("#area-EVENT_MANAGEMENT-inScope"));
        driver.clickOn(driver.<CheckBox>reveal("#area-VENDOR_MANAGEMENT-inScope"));
        // Vendor management: effort up to 5, impact down to 1 with the keyboard: a drain.
        driver.clickOn(driver.<Spinner<Integer>>reveal("#area-VENDOR_MANAGEMENT-effort")).type(KeyCode.UP, 2);
        driver.clickOn(driver.<Spinner<Integer>>reveal("#area-VENDOR_MANAGEMENT-impact")).type(KeyCode.DOWN, 2);
        driver.clickOn(driver.<TextField>reveal("#area-EVENT_MANAGEMENT-rationale")).write("Most of our spend");
        driver.clickOn(driver.<TextField>reveal("#newAreaField")).write("Onboarding logistics").type(KeyCode.ENTER);

        driver.waitUntil(() -> driver.lookup((TextField t) -> "Onboarding logistics".equals(t.getText())).tryQuery().isPresent());
        assertTrue(driver.lookup("#area-VENDOR_MANAGEMENT-drain").query().isVisible(), "the drain warning shows");
        assertFalse(driver.lookup("#area-EVENT_MANAGEMENT-drain").query().isVisible());
        driver.waitUntil(() -> "All changes saved".equals(driver.lookup(".status-save").queryAs(Label.class).getText()));
        driver.closeWindow();

        driver = new AppDriver(dataFolder);
        driver.start(Optional.empty());
        driver.openStep("#navScope");
        driver.waitFor("#nameField");
        assertEquals("Global LearnOps 2027", driver.lookup("#nameField").queryAs(TextField.class).getText());
        assertEquals("Chief People Officer", driver.lookup("#sponsorField").queryAs(TextField.class).getText());
        assertEquals("Dana Reyes", driver.lookup("#ownerField").queryAs(TextField.class).getText());
        assertTrue(driver.lookup("#businessAreaRadio").queryAs(RadioButton.class).isSelected());
        assertEquals("Retail banking", driver.lookup("#businessAreaField").queryAs(TextField.class).getText());
        assertTrue(driver.lookup("#regionalRadio").queryAs(RadioButton.class).isSelected());
        assertEquals("EMEA, APAC", driver.lookup("#regionsField").queryAs(TextField.class).getText());
        assertTrue(driver.lookup("#area-EVENT_MANAGEMENT-inScope").queryAs(CheckBox.class).isSelected());
        assertTrue(driver.lookup("#area-VENDOR_MANAGEMENT-inScope").queryAs(CheckBox.class).isSelected());
        assertFalse(driver.lookup("#area-COMPLIANCE-inScope").queryAs(CheckBox.class).isSelected());
        assertEquals(5, driver.lookup("#area-VENDOR_MANAGEMENT-effort").<Spinner<Integer>>query().getValue());
        assertEquals(1, driver.lookup("#area-VENDOR_MANAGEMENT-impact").<Spinner<Integer>>query().getValue());
        assertEquals("Most of our spend", driver.lookup("#area-EVENT_MANAGEMENT-rationale").queryAs(TextField.class).getText());
        assertTrue(driver.lookup((TextField t) -> "Onboarding logistics".equals(t.getText())).tryQuery().isPresent());
        assertTrue(driver.lookup("#area-VENDOR_MANAGEMENT-drain").query().isVisible());
        driver.closeWindow();
    }

    @Test
    void aBlankNameIsFlaggedNextToTheField() throws Exception {
        driver = new AppDriver(dataFolder);
        driver.start(Optional.empty());
        driver.openStep("#navScope");
        driver.waitFor("#nameField");
        driver.clickOn("#nameField").write("X");
        driver.waitUntil(() -> !driver.lookup("#nameError").query().isVisible());
        driver.type(KeyCode.BACK_SPACE);
        driver.waitUntil(() -> driver.lookup("#nameError").query().isVisible());
        assertEquals("Give the strategy a name.", driver.lookup("#nameError").queryAs(Label.class).getText());
        driver.closeWindow();
    }
}
