package org.learnops.studio.app.flows;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.BuiltInArea;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.service.ScopeService;
import org.learnops.studio.workspace.WorkspaceFile;

/** The overview lists what to fix; a click lands on the screen where it is fixed. */
class OverviewFlowIT {

    @TempDir
    Path dataFolder;

    private AppDriver driver;

    @AfterEach
    void stopApp() throws Exception {
        driver.stop();
    }

    @Test
    void clickingAWarningOpensTheStepWhereItIsFixed() throws Exception {
        Path file = dataFolder.resolve("plan.mv.db");
        try (Workspace workspace = new JdbcWorkspaceOpener().create(WorkspaceFile.of(file))) {
            ActivityArea vendors = workspace.scope().loadAreas().get(BuiltInArea.VENDOR_MANAGEMENT.ordinal());
            new ScopeService(workspace.scope()).saveArea(vendors.withInScope(true).withEffort(5).withImpact(1));
        }
        driver = new AppDriver(dataFolder);
        driver.start(Optional.of(file));
        driver.waitFor("#navOverview");
        driver.waitUntil(() -> !driver.lookup("#navOverview").query().isDisabled());
        driver.clickOn("#navExpectations");
        driver.clickOn("#navOverview");
        driver.waitFor("#warning-0");
        assertTrue(driver.lookup("#warning-0").queryAs(Hyperlink.class).getText().startsWith("Vendor management is in scope"));

        driver.clickOn(driver.<Hyperlink>reveal("#warning-0"));
        driver.waitFor("#area-VENDOR_MANAGEMENT-drain");
        assertTrue(driver.lookup("#navScope").queryAs(ToggleButton.class).isSelected());
        assertTrue(driver.lookup("#area-VENDOR_MANAGEMENT-drain").query().isVisible());
        driver.closeWindow();
    }
}
