package org.learnops.studio.app.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.api.FxToolkitContext;
import org.testfx.service.support.FiredEvents;

/**
 * A coordinator works through every screen of one workspace, then opens another (File → Open demo
 * workspace): the screens of the first are let go, so a day of switching workspaces does not keep
 * every one of them, with its rows, in memory.
 */
class OpenAnotherWorkspaceFlowIT {

    private static final List<String> STEPS = List.of("#navScope", "#navExpectations", "#navNeedsAnalysis",
            "#navChampions", "#navGovernance", "#navKeyQuestions", "#navArtefacts", "#navOverview", "#navEvents",
            "#navDirectory", "#navCalendar");

    @TempDir
    Path dataFolder;

    private AppDriver driver;

    @AfterEach
    void stopApp() throws Exception {
        driver.stop();
    }

    @Test
    void theScreensOfTheWorkspaceBeforeAreLetGo() throws Exception {
        driver = new AppDriver(dataFolder);
        driver.start(Optional.empty());
        Map<String, WeakReference<Node>> before = visitEveryStep();

        openDemoWorkspace();
        driver.waitUntil(() -> driver.stage().getTitle().contains("Demo"));
        driver.waitUntil(() -> !driver.lookup("#busyIndicator").query().isVisible());
        visitEveryStep();
        // TestFX keeps every event it fired, and an event keeps the node it hit: forget them, as the app never had them.
        // Its getter gives a read-only view, so the recorder is reached through its field.
        java.lang.reflect.Field recorder = FxToolkitContext.class.getDeclaredField("firedEvents");
        recorder.setAccessible(true);
        FiredEvents fired = (FiredEvents) recorder.get(FxToolkit.toolkitContext());
        driver.interact(fired::clearEvents);

        List<String> kept = List.of();
        for (int attempt = 0; attempt < 20; attempt++) {
            System.gc();
            Thread.sleep(100);
            kept = before.entrySet().stream().filter(step -> step.getValue().get() != null).map(Map.Entry::getKey).toList();
            if (kept.isEmpty()) {
                break;
            }
        }
        assertEquals(List.of(), kept, "screens of the workspace before still in memory");
    }

    /** Opens each step from the sidebar and returns a weak reference to each screen shown. */
    private Map<String, WeakReference<Node>> visitEveryStep() throws TimeoutException {
        Map<String, WeakReference<Node>> screens = new LinkedHashMap<>();
        for (String step : STEPS) {
            driver.openStep(step);
            driver.waitUntil(() -> {
                List<Node> shown = driver.lookup("#content").queryAs(StackPane.class).getChildren();
                return shown.size() == 1 && shown.get(0).getStyleClass().stream().noneMatch("placeholder"::equals)
                        && isNew(screens, shown.get(0));
            });
            screens.put(step, new WeakReference<>(driver.lookup("#content").queryAs(StackPane.class).getChildren().get(0)));
        }
        return screens;
    }

    private static boolean isNew(Map<String, WeakReference<Node>> screens, Node shown) {
        return screens.values().stream().noneMatch(screen -> screen.get() == shown);
    }

    private void openDemoWorkspace() throws TimeoutException {
        MenuBar menuBar = driver.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = menuBar.getMenus().get(0).getItems().stream()
                .filter(candidate -> "openDemoItem".equals(candidate.getId())).findFirst().orElseThrow();
        driver.waitUntil(() -> !item.isDisable());
        driver.interact(item::fire);
    }
}
