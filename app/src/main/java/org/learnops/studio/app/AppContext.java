package org.learnops.studio.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.learnops.studio.app.common.FxDialogService;
import org.learnops.studio.app.common.FxTaskRunner;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.shell.MainViewModel;
import org.learnops.studio.persistence.WorkspaceOpener;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.settings.SettingsFile;
import org.learnops.studio.settings.UserSettings;
import org.learnops.studio.workspace.DataFolder;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds everything the app needs with plain constructors. Created off the
 * FX thread (in {@code Application.init}), so reading the settings here does not block the UI.
 */
public final class AppContext implements AutoCloseable {

    private final StartupOptions options;
    private final Path dataFolder;
    private final Messages messages;
    private final UserSettings startSettings;
    private final WorkspaceOpener opener = new JdbcWorkspaceOpener();
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final Consumer<String> standardError;
    private final String version;

    public AppContext(StartupOptions options, Path dataFolder, Consumer<String> standardError) {
        this.options = options;
        this.dataFolder = dataFolder;
        this.standardError = standardError;
        this.messages = Messages.load(Locale.getDefault());
        this.startSettings = new SettingsFile(dataFolder).load();
        this.version = readVersion();
    }

    /** The context for a normal start: data folder from the environment, errors also on standard error. */
    public static AppContext forDesktop(StartupOptions options) {
        return new AppContext(options, DataFolder.resolve(), System.err::println);
    }

    /** Made by {@link #prepareForDesktop} for {@link LearnOpsApp#init()}; null when the app was started otherwise. */
    private static volatile CompletableFuture<AppContext> prepared;

    /**
     * Starts making the desktop context (and, first, logging's configuration: Logback reads its XML
     * file) on its own thread, so that it overlaps the JavaFX toolkit's start; {@link #preparedForDesktop}
     * collects it. Called once by the {@link Launcher} before the toolkit starts.
     */
    static void prepareForDesktop(StartupOptions options) {
        CompletableFuture<AppContext> context = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                LoggerFactory.getILoggerFactory();
                context.complete(forDesktop(options));
            } catch (RuntimeException | Error e) {
                context.completeExceptionally(e);
                return;
            }
            // Then, while the toolkit still starts, the classes the window and the opener will need.
            StartupClasses.preload();
        }, "learnops-start");
        thread.setDaemon(true);
        prepared = context;
        thread.start();
    }

    /**
     * The context {@link #prepareForDesktop} made for {@code options}, waiting for it if need be (off
     * the FX thread: {@code Application.init} runs on the launcher thread); empty without one.
     */
    static Optional<AppContext> preparedForDesktop(StartupOptions options) {
        CompletableFuture<AppContext> context = prepared;
        prepared = null;
        if (context == null) {
            return Optional.empty();
        }
        try {
            AppContext made = context.join();
            return made.options.equals(options) ? Optional.of(made) : Optional.empty();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
    }

    private static String readVersion() {
        try (InputStream in = AppContext.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MainViewModel mainViewModel(java.util.function.Supplier<Window> owner) {
        return new MainViewModel(dataFolder, startSettings, opener, tasks, dialogs(owner), messages, standardError, version);
    }

    FxDialogService dialogs(java.util.function.Supplier<Window> owner) {
        return new FxDialogService(messages, owner);
    }

    String version() {
        return version;
    }

    Path dataFolder() {
        return dataFolder;
    }

    StartupOptions options() {
        return options;
    }

    Messages messages() {
        return messages;
    }

    UserSettings startSettings() {
        return startSettings;
    }

    /** Lets queued background work (saves, the workspace close) finish. */
    @Override
    public void close() {
        tasks.close();
    }
}
