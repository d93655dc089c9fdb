package org.learnops.studio.app.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.app.artefacts.EcosystemDiagram;
import org.learnops.studio.domain.artefacts.LearningSystem;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.WorkspaceFile;

/** A strategy lead maps the learning ecosystem in a workshop: adds systems, joins them, arranges the map, saves it as a picture. */
class ArtefactsFlowIT {

    @TempDir
    Path folder;

    private AppDriver driver;

    @AfterEach
    void stopApp() throws Exception {
        driver.stop();
    }

    private WorkspaceFile file() {
        return WorkspaceFile.of(folder.resolve("plan"));
    }

    private void startOnTheMap() throws Exception {
        driver = new AppDriver(folder.resolve("data"));
        driver.start(Optional.of(file().path()));
        driver.waitFor("#navArtefacts");
        driver.waitUntil(() -> !driver.lookup("#navArtefacts").query().isDisabled());
        driver.clickOn("#navArtefacts");
        driver.waitFor("#newSystemField");
    }

    private void addSystem(String name) throws Exception {
        driver.clickOn("#newSystemField").write(name);
        if (!name.equals(driver.lookup("#newSystemField").queryTextInputControl().getText())) {
            throw new AssertionError("typed text lost: '" + driver.lookup("#newSystemField").queryTextInputControl().getText() + "'");
        }
        driver.type(KeyCode.ENTER);
        try {
            driver.waitUntil(() -> driver.lookup((Label label) -> label.getStyleClass().contains("system-name")
                    && name.equals(label.getText())).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("field: '" + driver.lookup("#newSystemField").queryTextInputControl().getText()
                    + "' error: '" + driver.lookup("#mapError").queryAs(Label.class).getText() + "' names: "
                    + driver.lookup(".system-name").queryAll().stream().map(n -> ((Label) n).getText()).toList()
                    + " focus: " + driver.stage().getScene().getFocusOwner(), e);
        }
    }

    private Node box(String name) {
        Label label = driver.lookup((Label l) -> l.getStyleClass().contains("system-name") && name.equals(l.getText())).query();
        return label.getParent();
    }

    private void waitUntilSaved() throws Exception {
        driver.waitUntil(() -> "All changes saved".equals(driver.lookup(".status-save").queryAs(Label.class).getText()));
    }

    private List<LearningSystem> stored() {
        try (Workspace workspace = new JdbcWorkspaceOpener().open(file())) {
            return workspace.artefacts().systems();
        }
    }

    @Test
    void aSystemDraggedOnTheMapStaysThereAfterARestart() throws Exception {
        startOnTheMap();
        addSystem("Cornerstone");
        addSystem("Workday");
        driver.clickOn("#addIntegrationButton");
        ListView<?> integrations = driver.lookup("#integrationList").queryListView();
        driver.waitUntil(() -> integrations.getItems().size() == 1);
        // The integration's form is below the system's; Tab order reaches it, here by focusing it directly.
        javafx.scene.Node dataField = driver.lookup("#dataField").query();
        driver.waitUntil(dataField::isVisible);
        driver.interact(dataField::requestFocus);
        driver.write("people");
        try {
            driver.waitUntil(() -> driver.lookup(".integration-label").tryQuery()
                    .map(node -> "people".equals(((Label) node).getText())).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("data: '" + driver.lookup("#dataField").queryTextInputControl().getText() + "' labels: "
                    + driver.lookup(".integration-label").queryAll().stream().map(n -> ((Label) n).getText()).toList()
                    + " lines: " + driver.lookup(".integration-line").queryAll().size(), e);
        }
        waitUntilSaved();

        Node cornerstone = box("Cornerstone");
        double startX = cornerstone.getLayoutX();
        double startY = cornerstone.getLayoutY();
        driver.drag(cornerstone, MouseButton.PRIMARY).moveBy(60, 80).moveBy(60, 80).drop();
        driver.waitUntil(() -> cornerstone.getLayoutX() != startX && cornerstone.getLayoutY() != startY);
        double movedX = cornerstone.getLayoutX();
        double movedY = cornerstone.getLayoutY();
        assertTrue(movedX > startX + 60 && movedY > startY + 80, "the box followed the mouse: " + movedX + "," + movedY);
        waitUntilSaved();
        driver.closeWindow();

        LearningSystem stored = stored().get(0);
        assertEquals("Cornerstone", stored.name());
        assertNotEquals((int) startX, stored.x(), "the stored place changed");
        assertEquals((int) movedX, stored.x());
        assertEquals((int) movedY, stored.y());

        startOnTheMap();
        driver.waitUntil(() -> driver.lookup((Label l) -> l.getStyleClass().contains("system-name")
                && "Cornerstone".equals(l.getText())).tryQuery().isPresent());
        Node again = box("Cornerstone");
        assertEquals(movedX, again.getLayoutX());
        assertEquals(movedY, again.getLayoutY());
        assertEquals(1, driver.lookup(".integration-line").queryAll().size(), "the integration is drawn again");
        driver.closeWindow();
    }

    @Test
    void theMapIsSavedAsAReadablePng() throws Exception {
        startOnTheMap();
        addSystem("Cornerstone");
        addSystem("Workday");
        EcosystemDiagram diagram = driver.lookup("#ecosystemDiagram").query();
        AtomicReference<BufferedImage> picture = new AtomicReference<>();
        driver.interact(() -> picture.set(diagram.picture()));
        Path png = folder.resolve("map.png");
        org.learnops.studio.app.artefacts.PngFile.write(picture.get(), png);

        BufferedImage read = ImageIO.read(png.toFile());
        assertNotNull(read);
        assertTrue(read.getWidth() >= 2 * 170 && read.getHeight() >= 76, read.getWidth() + "x" + read.getHeight());
        int background = read.getRGB(2, 2);
        Node box = box("Workday");
        long drawn = 0;
        for (int x = (int) box.getLayoutX(); x < box.getLayoutX() + 170; x++) {
            for (int y = (int) box.getLayoutY(); y < box.getLayoutY() + 76; y++) {
                drawn += read.getRGB(x, y) == background ? 0 : 1;
            }
        }
        assertTrue(drawn > 500, "the box is in the picture: " + drawn + " pixels differ from the background");
        driver.closeWindow();
    }
}
