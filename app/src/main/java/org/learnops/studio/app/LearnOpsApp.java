package org.learnops.studio.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.learnops.studio.app.common.FxDialogService;
import org.learnops.studio.app.common.LastResortErrorHandler;
import org.learnops.studio.app.common.StallWatchdog;
import org.learnops.studio.app.shell.MainView;
import org.learnops.studio.app.shell.MainViewModel;
import org.learnops.studio.settings.UserSettings.Theme;
import org.learnops.studio.settings.UserSettings.WindowBounds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: builds the main window from the {@link AppContext}. */
public final class LearnOpsApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(LearnOpsApp.class);

    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 860;
    /** At most this share of the screen, leaving room for the window frame and the task bar. */
    private static final double SCREEN_SHARE = 0.9;
    private static final long STALL_PROBE_MILLIS = 100;
    private static final long STALL_REPORT_MILLIS = 250;

    private AppContext context;
    private Stage stage;
    private MainViewModel viewModel;
    private boolean closing;
    /** Logs when the FX thread does not answer for a quarter of a second (the window froze). */
    private StallWatchdog stallWatchdog;

    public LearnOpsApp() {
        // launched by JavaFX; the context is built in init()
    }

    /** For tests: start with a ready context (temp data folder, chosen workspace). */
    public LearnOpsApp(AppContext context) {
        this.context = context;
    }

    @Override
    public void init() throws StartupOptions.BadCommandLine {
        if (context == null) {
            StartupOptions options = StartupOptions.parse(getParameters().getRaw());
            context = AppContext.preparedForDesktop(options).orElseGet(() -> AppContext.forDesktop(options));
        }
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        FxDialogService dialogs = context.dialogs(() -> stage);
        new LastResortErrorHandler(dialogs, context.messages()).install();
        viewModel = context.mainViewModel(() -> stage);
        // The workspace opens on the worker while the FX thread loads the theme, builds and shows the
        // window: the result comes back through the FX queue, after start() returns, to a window
        // already bound.
        viewModel.start(context.options().workspace(), this::closeWindow);
        applyTheme(viewModel.themeProperty().get());
        viewModel.themeProperty().addListener((observable, old, theme) -> applyTheme(theme));

        MainView view = new MainView(viewModel, context.messages());
        // A first start on a small laptop screen (1366 × 768) must not open a window taller than the screen.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(DEFAULT_WIDTH, screen.getWidth() * SCREEN_SHARE),
                Math.min(DEFAULT_HEIGHT, screen.getHeight() * SCREEN_SHARE));
        addAppStylesheet(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        addIconWhenReady();
        viewModel.rememberedWindow().filter(LearnOpsApp::isOnScreen).ifPresent(this::placeWindow);
        stage.setOnCloseRequest(event -> {
            event.consume();
            closeWindow();
        });
        stage.show();
        stallWatchdog = new StallWatchdog(Platform::runLater, STALL_PROBE_MILLIS, STALL_REPORT_MILLIS).start();
        // The installer's smoke test waits for this line: the window is up.
        LOG.info("Main window shown (LearnOps Studio {}, data folder {})", context.version(), context.dataFolder());
    }

    /**
     * The window icon (256 px) is decoded by JavaFX's background loader once the first screen is
     * ready (the start's busy indicator gone): on a cold JVM its decoding costs about 0.2 s of CPU,
     * which on two cores slowed the window's first layout. Until then the desktop shows the icon of
     * the launcher (the installed .desktop entry or executable carries the same artwork).
     */
    private void addIconWhenReady() {
        Runnable addIcon = () -> stage.getIcons().add(new Image(
                Objects.requireNonNull(LearnOpsApp.class.getResource("branding/icon.png")).toExternalForm(), true));
        if (!viewModel.busyProperty().get()) {
            addIcon.run();
            return;
        }
        viewModel.busyProperty().addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean was, Boolean busy) {
                if (!busy) {
                    observable.removeListener(this);
                    addIcon.run();
                }
            }
        });
    }

    private static boolean isOnScreen(WindowBounds bounds) {
        return !Screen.getScreensForRectangle(new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), bounds.height())).isEmpty();
    }

    private void placeWindow(WindowBounds bounds) {
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
    }

    /** Remembers the window, closes the workspace in the background, then hides the window. */
    private void closeWindow() {
        if (closing) {
            return;
        }
        closing = true;
        if (!stage.isMaximized() && !stage.isIconified()) {
            viewModel.rememberWindow(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
        } else {
            viewModel.rememberedWindow().ifPresent(previous -> viewModel.rememberWindow(new WindowBounds(
                    previous.x(), previous.y(), previous.width(), previous.height(), stage.isMaximized())));
        }
        viewModel.close(stage::hide);
    }

    /** The app's own stylesheet on a window's scene (the benchmark's window gets the same look). */
    public static void addAppStylesheet(Scene scene) {
        scene.getStylesheets().add(Objects.requireNonNull(LearnOpsApp.class.getResource("app.css")).toExternalForm());
    }

    /** The theme of every window (a user-agent stylesheet); the benchmark's window gets the same look. */
    public static void applyTheme(Theme theme) {
        setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    @Override
    public void stop() {
        if (stallWatchdog != null) {
            stallWatchdog.close();
        }
        // Queued saves and the workspace close finish before the JVM exits.
        context.close();
    }
}
