package org.learnops.studio.app.flows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.learnops.studio.app.AppContext;
import org.learnops.studio.app.LearnOpsApp;
import org.learnops.studio.app.StartupOptions;
import org.learnops.studio.workspace.DataFolder;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts and stops the real app on a data folder, the way a user would, for TestFX flows. */
class AppDriver extends FxRobot {

    final Path dataFolder;
    final List<String> standardError = new CopyOnWriteArrayList<>();
    private LearnOpsApp app;
    private Stage stage;

    AppDriver(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    /**
     * Starts on {@code workspace}, or on the default workspace in the data folder (created when
     * missing, as "Start a new strategy" does), so a flow begins on an open workspace.
     */
    void start(Optional<Path> workspace) throws TimeoutException {
        launch(Optional.of(workspace.orElse(DataFolder.defaultWorkspace(dataFolder).path())));
    }

    /** Starts as the installed app does, without --workspace: a first start shows the welcome screen. */
    void startWithoutWorkspace() throws TimeoutException {
        launch(Optional.empty());
    }

    private void launch(Optional<Path> workspace) throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        AppContext context = new AppContext(new StartupOptions(workspace), dataFolder, standardError::add);
        app = new LearnOpsApp(context);
        FxToolkit.setupApplication(() -> app);
    }

    Stage stage() {
        return stage;
    }

    /** Waits until {@code query} finds a node on a showing window (the UI works in the background first). */
    void waitFor(String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lookup(query).queryAll().isEmpty()
                && lookup(query).queryAll().stream().allMatch(node -> node.getScene() != null
                        && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    /** Opens a step from the sidebar (the app starts on the Overview), e.g. {@code "#navScope"}. */
    void openStep(String navigation) throws TimeoutException {
        waitFor(navigation);
        waitUntil(() -> !lookup(navigation).query().isDisabled());
        clickOn(navigation);
    }

    /** Scrolls the step so the node is in view before a click, as a user would. */
    <T extends Node> T reveal(String query) {
        T node = lookup(query).query();
        interact(() -> {
            ScrollPane scroll = lookup(".step-scroll").queryAs(ScrollPane.class);
            Bounds inContent = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double extra = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (extra > 0) {
                scroll.setVvalue(Math.max(0, Math.min(1, (inContent.getMinY() - 80) / extra)));
            }
        });
        return node;
    }

    /** Closes the window like the window's close button, then ends the app. */
    void closeWindow() throws TimeoutException {
        interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(() -> !stage.isShowing());
        stop();
    }

    void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }
}
