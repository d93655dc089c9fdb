package org.learnops.studio.app.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.learnops.studio.app.artefacts.ArtefactsViewModel;
import org.learnops.studio.app.backup.BackupsViewModel;
import org.learnops.studio.app.calendar.CalendarViewModel;
import org.learnops.studio.app.directory.DirectoryViewModel;
import org.learnops.studio.app.champions.ChampionsViewModel;
import org.learnops.studio.app.common.DialogService;
import org.learnops.studio.app.common.LatestOnFxThread;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SaveTracker;
import org.learnops.studio.app.common.TaskRunner;
import org.learnops.studio.app.common.UndoManager;
import org.learnops.studio.app.events.EventsViewModel;
import org.learnops.studio.app.needs.NeedsAnalysisViewModel;
import org.learnops.studio.app.expectations.ExpectationsViewModel;
import org.learnops.studio.app.overview.OverviewViewModel;
import org.learnops.studio.app.governance.GovernanceViewModel;
import org.learnops.studio.app.questions.KeyQuestionsViewModel;
import org.learnops.studio.service.KeyQuestionsService;
import org.learnops.studio.app.scope.ScopeViewModel;
import org.learnops.studio.domain.scope.Scope;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.error.WorkspaceDamagedException;
import org.learnops.studio.error.WorkspaceLockedException;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.WorkspaceOpener;
import org.learnops.studio.service.ArtefactsService;
import org.learnops.studio.service.BackupService;
import org.learnops.studio.backup.Backup;
import org.learnops.studio.service.CalendarService;
import org.learnops.studio.service.DirectoryService;
import org.learnops.studio.service.EventService;
import org.learnops.studio.service.NeedsAnalysisService;
import org.learnops.studio.service.ChampionService;
import org.learnops.studio.service.DeliverableService;
import org.learnops.studio.export.poi.PoiSignInSheet;
import org.learnops.studio.service.CalendarService;
import org.learnops.studio.service.DirectoryService;
import org.learnops.studio.service.EventService;
import org.learnops.studio.service.EventFigures;
import org.learnops.studio.service.OverviewService;
import org.learnops.studio.service.GovernanceService;
import org.learnops.studio.service.ScopeService;
import org.learnops.studio.service.StakeholderService;
import org.learnops.studio.settings.SettingsFile;
import org.learnops.studio.settings.UserSettings;
import org.learnops.studio.settings.UserSettings.Theme;
import org.learnops.studio.settings.UserSettings.WindowBounds;
import org.learnops.studio.backup.BackupFolder;
import org.learnops.studio.persistence.Salvaged;
import org.learnops.studio.workspace.DataFolder;
import org.learnops.studio.workspace.SetAside;
import org.learnops.studio.workspace.WorkspaceFile;
import org.learnops.studio.export.ExportProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window: which workspace is open, the File and View menus' intents, the status bar.
 * Opening, creating and closing workspaces run in the background; while they do, {@link #busyProperty()} is set.
 */
public final class MainViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    private final Path dataFolder;
    private final SettingsFile settingsFile;
    private final WorkspaceOpener opener;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Consumer<String> standardError;
    private final SaveTracker saves = new SaveTracker();
    private final UndoManager undo = new UndoManager();
    private final Clock clock = Clock.systemDefaultZone();
    private final BackupService backups;

    private final String version;
    /** Where the log file is: the Launcher points logback there (learnops.logDir) before anything logs. */
    private final Path logFolder;
    private UserSettings settings;
    private Workspace workspace;
    private Runnable quit = () -> { };
    /** Makes the operations screens' view models for the open workspace (on the first visit of one of them). */
    private Runnable operationsScreens = () -> { };
    /** Makes a strategy step's view model for the open workspace on its first visit (scope's and the overview's are made at once). */
    private Consumer<Step> strategyScreens = now -> { };

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper workspacePath = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper backupStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper updating = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper workspaceOpen = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper welcome = new ReadOnlyBooleanWrapper();
    /** How far a running import is, 0–1; {@value #UNKNOWN_PROGRESS} while the work says nothing (the indicator just spins). */
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(UNKNOWN_PROGRESS);
    static final double UNKNOWN_PROGRESS = -1;
    private final ReadOnlyObjectWrapper<ScopeViewModel> scope = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<OverviewViewModel> overview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<NeedsAnalysisViewModel> needsAnalysis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ChampionsViewModel> champions = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ExpectationsViewModel> expectations = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GovernanceViewModel> governance = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ArtefactsViewModel> artefacts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<KeyQuestionsViewModel> keyQuestions = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<EventsViewModel> events = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DirectoryViewModel> directory = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CalendarViewModel> calendar = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Path> recentWorkspaces = FXCollections.observableArrayList();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.OVERVIEW);
    private final BooleanProperty presentation = new SimpleBooleanProperty();

    /**
     * @param dataFolder     where the default workspace and the settings live
     * @param startSettings  the settings read at start-up (read off the FX thread, before the window shows)
     * @param standardError  where start-up failures are also written, for scripts and terminals
     */
    public MainViewModel(Path dataFolder, UserSettings startSettings, WorkspaceOpener opener, TaskRunner tasks,
                         DialogService dialogs, Messages messages, Consumer<String> standardError, String version) {
        this.dataFolder = dataFolder;
        this.settingsFile = new SettingsFile(dataFolder);
        this.opener = opener;
        this.backups = new BackupService(opener, clock);
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.standardError = standardError;
        this.version = version;
        this.logFolder = Optional.ofNullable(System.getProperty("learnops.logDir")).map(Path::of)
                .orElse(dataFolder.resolve("logs"));
        this.settings = startSettings;
        recentWorkspaces.setAll(startSettings.recentWorkspaces());
        theme.set(startSettings.theme());
        title.set(messages.get("app.title"));
        saveStatus.bind(Bindings.createStringBinding(() -> messages.get(saves.getState().messageKey()), saves.stateProperty()));
        step.addListener((observable, old, now) -> refreshFromOtherSteps(now));
        busy.addListener((observable, was, now) -> updating.set(updating.get() && now));
        theme.addListener((observable, old, now) -> {
            settings = settings.withTheme(now);
            saveSettings();
        });
    }

    /** Coming back to a step: what other steps changed meanwhile (stakeholders, areas, deliverables) shows. */
    private void refreshFromOtherSteps(Step now) {
        if (isOperations(now) && events.get() == null) {
            operationsScreens.run();
        }
        if (strategyScreen(now) == null && isMadeOnFirstVisit(now)) {
            strategyScreens.accept(now); // made and read just now: nothing to refresh yet
            return;
        }
        if (now == Step.EXPECTATIONS && expectations.get() != null) {
            expectations.get().refreshOwners();
        }
        if (now == Step.CHAMPIONS && champions.get() != null) {
            champions.get().refreshFromOtherSteps();
        }
        if (now == Step.OVERVIEW && overview.get() != null) {
            overview.get().load();
        }
        if (now == Step.GOVERNANCE && governance.get() != null) {
            governance.get().refreshFromOtherSteps();
        }
        if (now == Step.ARTEFACTS && artefacts.get() != null) {
            artefacts.get().refreshFromOtherSteps();
        }
        if (now == Step.EVENTS && events.get() != null) {
            events.get().refreshFromOtherSteps();
        }
        if (now == Step.KEY_QUESTIONS && keyQuestions.get() != null) {
            keyQuestions.get().refreshFromOtherSteps();
        }
        if (now == Step.DIRECTORY && directory.get() != null) {
            directory.get().refreshFromOtherSteps();
        }
        if (now == Step.CALENDAR && calendar.get() != null) {
            calendar.get().load();
        }
    }

    private record Opened(Workspace workspace, Scope scope) {
    }

    /**
     * Opens the first workspace: {@code requested} if given (created when missing), else the most
     * recent one that still exists, else the default workspace in the data folder if it exists;
     * with none of these (a first start) the welcome screen shows instead.
     *
     * @param quit what to do when the user chooses to quit (closes the window)
     */
    public void start(Optional<Path> requested, Runnable quit) {
        this.quit = quit;
        busy.set(true);
        List<Path> recent = List.copyOf(settings.recentWorkspaces());
        tasks.run(() -> {
            Optional<WorkspaceFile> target = firstWorkspace(requested, recent);
            if (target.isEmpty()) {
                return Optional.<Opened>empty();
            }
            Workspace opened = Files.exists(target.get().path()) ? openTellingUpdates(target.get()) : opener.create(target.get());
            return Optional.of(new Opened(opened, loadScope(opened)));
        }, opened -> opened.ifPresentOrElse(this::show, this::showWelcome), failure -> {
            busy.set(false);
            startupFailed(failure);
        });
    }

    /** Which workspace a start opens; empty on a first start (no workspace anywhere yet). Looks at files: off the FX thread. */
    private Optional<WorkspaceFile> firstWorkspace(Optional<Path> requested, List<Path> recent) {
        if (requested.isPresent()) {
            return requested.map(WorkspaceFile::of);
        }
        return recent.stream()
                .filter(Files::isRegularFile)
                .findFirst()
                .map(WorkspaceFile::of)
                .or(() -> Optional.of(DataFolder.defaultWorkspace(dataFolder)).filter(file -> Files.exists(file.path())));
    }

    private void showWelcome() {
        LOG.info("First start: showing the welcome screen (no workspace in {} yet)", dataFolder);
        welcome.set(true);
        busy.set(false);
    }

    /** Welcome screen → Start a new strategy: creates the default workspace in the data folder and opens its Scope step. */
    public void startNewStrategy() {
        WorkspaceFile target = DataFolder.defaultWorkspace(dataFolder);
        busy.set(true);
        tasks.run(() -> {
            Workspace created = opener.create(target);
            return new Opened(created, loadScope(created));
        }, opened -> {
            step.set(Step.SCOPE);
            show(opened);
        }, failure -> {
            busy.set(false);
            openFailed(failure);
        });
    }

    private static Scope loadScope(Workspace opened) {
        try {
            return new ScopeService(opened.scope()).load();
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** On the worker: opens {@code file}; while an older workspace is brought to this version, {@link #updatingProperty} says so. */
    private Workspace openTellingUpdates(WorkspaceFile file) {
        return opener.open(file, () -> tasks.onFxThread(() -> updating.set(busy.get())));
    }

    private void startupFailed(Throwable failure) {
        reportOpenFailure(failure);
        if (failure instanceof WorkspaceDamagedException damaged) {
            offerRecovery(damaged);
            return;
        }
        boolean another = dialogs.ask(messages.get("workspace.openFailed.title"), messages.describe(failure),
                messages.get("workspace.openAnother"), messages.get("menu.file.quit"));
        if (another) {
            openWorkspace();
        } else {
            quit.run();
        }
    }

    private void reportOpenFailure(Throwable failure) {
        String message = messages.describe(failure);
        if (failure instanceof WorkspaceLockedException) {
            LOG.warn("{}", message);
        } else {
            LOG.error("Could not open a workspace: {}", message, failure);
        }
        standardError.accept(message);
    }

    /** File → New workspace: asks where, then creates it and switches to it. */
    public void newWorkspace() {
        dialogs.chooseNewWorkspace(startFolder()).ifPresent(path -> switchTo(path, true));
    }

    /** File → Open workspace: asks which, then switches to it. */
    public void openWorkspace() {
        dialogs.chooseWorkspaceToOpen(startFolder()).ifPresent(path -> switchTo(path, false));
    }

    /** File → Open recent. */
    public void openRecent(Path path) {
        switchTo(path, false);
    }

    private void switchTo(Path path, boolean create) {
        WorkspaceFile target;
        try {
            target = WorkspaceFile.of(path);
        } catch (RuntimeException e) {
            openFailed(e);
            return;
        }
        if (workspace != null && workspace.file().equals(target)) {
            return;
        }
        busy.set(true);
        tasks.run(() -> {
            Workspace opened = create ? opener.create(target) : openTellingUpdates(target);
            return new Opened(opened, loadScope(opened));
        }, this::show, failure -> {
            busy.set(false);
            // The opener says when the file is gone; looking at the disk here would be I/O on the FX thread.
            if (!create && failure instanceof StudioException refused
                    && "workspace.error.notFound".equals(refused.messageKey())) {
                forgetRecent(target.path());
            }
            openFailed(failure);
        });
    }

    private void openFailed(Throwable failure) {
        if (workspace == null && !welcome.get()) {
            startupFailed(failure);
            return;
        }
        reportOpenFailure(failure);
        if (failure instanceof WorkspaceDamagedException damaged) {
            offerRecovery(damaged);
        } else if (failure instanceof WorkspaceLockedException) {
            // Single instance: the other window has it; the one open here stays open.
            if (dialogs.ask(messages.get("workspace.openFailed.title"), messages.describe(failure),
                    messages.get("workspace.openAnother"), messages.get("recovery.keepCurrent"))) {
                openWorkspace();
            }
        } else {
            dialogs.showError(messages.get("workspace.openFailed.title"), messages.describe(failure));
        }
    }

    private void show(Opened opened) {
        Workspace previous = workspace;
        workspace = opened.workspace();
        WorkspaceFile file = workspace.file();
        title.set(messages.get("app.titleWithWorkspace", file.name()));
        workspacePath.set(file.path().toString());
        undo.clear();
        StakeholderService stakeholders = new StakeholderService(workspace.stakeholders());
        ScopeService scopeService = new ScopeService(workspace.scope());
        DeliverableService deliverables = new DeliverableService(workspace.deliverables());
        scope.set(new ScopeViewModel(scopeService, opened.scope(), tasks, dialogs, messages, saves, undo));
        overview.set(new OverviewViewModel(new OverviewService(workspace, clock)::load, tasks, dialogs, messages,
                strategyStep -> step.set(Step.valueOf(strategyStep.name()))));
        overview.get().load();
        // The other strategy steps' view models (expectations, needs analysis, champions, governance, key
        // questions, artefacts) are made, and read their data, on their first visit: a start builds and
        // reads only what its first screen (the overview; scope's is already read) shows.
        Workspace opening = workspace;
        expectations.set(null);
        needsAnalysis.set(null);
        champions.set(null);
        governance.set(null);
        keyQuestions.set(null);
        artefacts.set(null);
        strategyScreens = now -> makeStrategyScreen(now, opening, stakeholders, scopeService, deliverables);
        // Expectations and artefacts sort names with the language's collator, which Java builds once per
        // locale (a tenth of a second cold): built on the worker after the overview's data, not on the FX
        // thread at their first visit, nor while the window starts.
        Locale locale = messages.bundle().getLocale();
        tasks.run(() -> Collator.getInstance(locale), collator -> { }, failure -> LOG.warn("Could not build the collator", failure));
        // The operations screens' view models are made on their first visit (start-up builds only what
        // the first screen needs) and read their data then (the calendar each time it is shown).
        Workspace shown = workspace;
        events.set(null);
        directory.set(null);
        calendar.set(null);
        operationsScreens = () -> makeOperationsScreens(shown, scopeService);
        if (isOperations(step.get())) {
            refreshFromOtherSteps(step.get());
        }
        strategyScreens.accept(step.get());
        workspaceOpen.set(true);
        welcome.set(false);
        settings = settings.withRecent(file.path());
        recentWorkspaces.setAll(settings.recentWorkspaces());
        saveSettings();
        if (previous != null && previous != workspace) {
            tasks.run(previous::close, () -> busy.set(false), failure -> {
                busy.set(false);
                LOG.warn("Could not close the previous workspace cleanly", failure);
            });
        } else {
            busy.set(false);
        }
        backUpIfDue(workspace);
    }

    private static boolean isOperations(Step step) {
        return step == Step.EVENTS || step == Step.DIRECTORY || step == Step.CALENDAR;
    }

    private static boolean isMadeOnFirstVisit(Step step) {
        return step == Step.EXPECTATIONS || step == Step.NEEDS_ANALYSIS || step == Step.CHAMPIONS || step == Step.GOVERNANCE
                || step == Step.KEY_QUESTIONS || step == Step.ARTEFACTS;
    }

    /** The view model a strategy step has now (null when not made yet, and for the steps made at once). */
    private Object strategyScreen(Step now) {
        return switch (now) {
            case EXPECTATIONS -> expectations.get();
            case NEEDS_ANALYSIS -> needsAnalysis.get();
            case CHAMPIONS -> champions.get();
            case GOVERNANCE -> governance.get();
            case KEY_QUESTIONS -> keyQuestions.get();
            case ARTEFACTS -> artefacts.get();
            default -> null;
        };
    }

    /** Makes the view model of {@code now} if it is a step made on its first visit and not made yet, then reads its data. */
    private void makeStrategyScreen(Step now, Workspace opened, StakeholderService stakeholders, ScopeService scopeService,
                                    DeliverableService deliverables) {
        if (!isMadeOnFirstVisit(now) || strategyScreen(now) != null || opened != workspace) {
            return;
        }
        switch (now) {
            case EXPECTATIONS -> {
                expectations.set(new ExpectationsViewModel(deliverables, stakeholders, clock, tasks, dialogs, messages, saves, undo));
                expectations.get().load();
            }
            case NEEDS_ANALYSIS -> {
                needsAnalysis.set(new NeedsAnalysisViewModel(new NeedsAnalysisService(opened.needsAnalysis(), opened.scope()),
                        stakeholders, tasks, dialogs, messages, saves, undo));
                needsAnalysis.get().load();
            }
            case CHAMPIONS -> {
                champions.set(new ChampionsViewModel(stakeholders, new ChampionService(opened.champions()), scopeService,
                        deliverables::list, tasks, dialogs, messages, saves, undo));
                champions.get().load();
            }
            case GOVERNANCE -> {
                governance.set(new GovernanceViewModel(new GovernanceService(opened.governance()), stakeholders, scopeService,
                        tasks, dialogs, messages, saves, undo));
                governance.get().load();
            }
            case KEY_QUESTIONS -> {
                // Event metrics come from the recorded events; requests, budgets, content and compliance have no data yet.
                keyQuestions.set(new KeyQuestionsViewModel(new KeyQuestionsService(opened.keyQuestions(),
                        new EventFigures(opened.operations()), clock), scopeService, stakeholders, tasks, dialogs, messages, saves, undo));
                keyQuestions.get().load();
            }
            case ARTEFACTS -> {
                artefacts.set(new ArtefactsViewModel(new ArtefactsService(opened.artefacts()), stakeholders, scopeService,
                        clock, tasks, dialogs, messages, saves, undo));
                artefacts.get().load();
            }
            default -> {
            }
        }
    }

    private void makeOperationsScreens(Workspace opened, ScopeService scopeService) {
        DirectoryService directoryService = new DirectoryService(opened.operations());
        EventService eventService = new EventService(opened.operations(), clock, System.getProperty("user.name"));
        events.set(new EventsViewModel(eventService, directoryService, new CalendarService(opened.operations(), clock), new PoiSignInSheet(), clock,
                tasks, dialogs, messages, saves, undo));
        directory.set(new DirectoryViewModel(directoryService, eventService, scopeService,
                tasks, dialogs, messages, saves, undo));
        calendar.set(new CalendarViewModel(new CalendarService(opened.operations(), clock), directoryService, clock,
                tasks, dialogs, messages));
    }

    private void forgetRecent(Path path) {
        settings = settings.withoutRecent(path);
        recentWorkspaces.setAll(settings.recentWorkspaces());
        saveSettings();
    }

    private Path startFolder() {
        return workspace == null ? dataFolder : workspace.file().path().getParent();
    }

    /** Remembers the main window's size and position for the next start. */
    public void rememberWindow(WindowBounds bounds) {
        settings = settings.withWindow(bounds);
    }

    /** Closes the workspace and saves the settings in the background, then runs {@code whenClosed}. */
    public void close(Runnable whenClosed) {
        Workspace closing = workspace;
        UserSettings toSave = settings;
        workspace = null;
        busy.set(true);
        tasks.run(() -> {
            try {
                settingsFile.save(toSave);
            } finally {
                if (closing != null) {
                    closing.close();
                }
            }
        }, () -> {
            busy.set(false);
            whenClosed.run();
        }, failure -> {
            busy.set(false);
            LOG.error("Problem while closing", failure);
            whenClosed.run();
        });
    }

    private void saveSettings() {
        UserSettings snapshot = settings;
        tasks.run(() -> settingsFile.save(snapshot), () -> { },
                failure -> LOG.warn("Could not save settings to {}", settingsFile.path(), failure));
    }

    /** The screen the sidebar has selected. */
    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    /** View → Presentation mode: larger type for a projector. */
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** Edit → Undo / Redo for the open workspace. */
    public UndoManager undo() {
        return undo;
    }

    public void toggleTheme() {
        theme.set(theme.get() == Theme.LIGHT ? Theme.DARK : Theme.LIGHT);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty workspacePathProperty() {
        return workspacePath.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveStatusProperty() {
        return saveStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workspaceOpenProperty() {
        return workspaceOpen.getReadOnlyProperty();
    }

    /** The folder of the default workspace, the settings and the logs. */
    public Path dataFolder() {
        return dataFolder;
    }

    /**
     * True while the workspace being opened, made by an older version, is brought to this version's
     * schema (once; a large one takes a while): the window says so. Only ever true while busy.
     */
    public ReadOnlyBooleanProperty updatingProperty() {
        return updating.getReadOnlyProperty();
    }

    /** How far the running work is (0–1), or {@value #UNKNOWN_PROGRESS} when it does not say: the busy indicator shows it. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** True on a first start, until a workspace opens: the window shows the welcome screen. */
    public ReadOnlyBooleanProperty welcomeProperty() {
        return welcome.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OverviewViewModel> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScopeViewModel> scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NeedsAnalysisViewModel> needsAnalysisProperty() {
        return needsAnalysis.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChampionsViewModel> championsProperty() {
        return champions.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExpectationsViewModel> expectationsProperty() {
        return expectations.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GovernanceViewModel> governanceProperty() {
        return governance.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ArtefactsViewModel> artefactsProperty() {
        return artefacts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<KeyQuestionsViewModel> keyQuestionsProperty() {
        return keyQuestions.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EventsViewModel> eventsProperty() {
        return events.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DirectoryViewModel> directoryProperty() {
        return directory.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CalendarViewModel> calendarProperty() {
        return calendar.getReadOnlyProperty();
    }

    public ObservableList<Path> recentWorkspaces() {
        return FXCollections.unmodifiableObservableList(recentWorkspaces);
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The window bounds remembered from the last run, if any. */
    public Optional<WindowBounds> rememberedWindow() {
        return settings.window();
    }

    /**
     * File → Export…: the dialog's ViewModel for the open workspace, files going beside it unless
     * the user picks another folder; empty while no workspace is open.
     *
     * @param fxThread runs the export's progress updates on the FX thread
     */
    public java.util.Optional<org.learnops.studio.app.exchange.ExportViewModel> exportDialog(java.util.concurrent.Executor fxThread) {
        if (workspace == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new org.learnops.studio.app.exchange.ExportViewModel(workspace,
                org.learnops.studio.app.exchange.FileWriters.ofThisBuild(), clock,
                workspace.file().path().getParent(), tasks, dialogs, messages, fxThread));
    }

    /**
     * File → Import workshop file…: asks which file, shows what the import would add, change and
     * leave alone, and imports it (one transaction) only when the user says so; the screens reload.
     * Reading the file for the preview and importing it show how far they are ({@link #progressProperty}).
     *
     * @param fxThread runs progress updates on the FX thread ({@code Platform::runLater}; tests: at once)
     */
    public void importWorkshopFile(Executor fxThread) {
        if (workspace == null) {
            return;
        }
        org.learnops.studio.exchange.WorkshopFile reader = org.learnops.studio.app.exchange.FileWriters.ofThisBuild().workshopFile();
        Optional<Path> chosen = dialogs.chooseFileToOpen(messages.get("exchange.import.choose"),
                messages.get("exchange.import.filter"), "json");
        if (chosen.isEmpty()) {
            return;
        }
        Path source = chosen.get();
        Workspace target = workspace;
        LatestOnFxThread shown = new LatestOnFxThread(fxThread, progress::set);
        ExportProgress reading = new ExportProgress() {
            @Override
            public void update(long done, long total) {
                shown.post(total <= 0 ? 0 : Math.min(1, (double) done / total));
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        busy.set(true);
        progress.set(0);
        tasks.run(() -> reader.preview(target, source, reading), preview -> {
            busy.set(false);
            progress.set(UNKNOWN_PROGRESS);
            if (preview.totalAdded() + preview.totalChanged() == 0) {
                dialogs.showInformation(messages.get("exchange.import.title"), messages.get("exchange.import.nothing"));
                return;
            }
            if (!dialogs.ask(messages.get("exchange.import.title"), describe(preview),
                    messages.get("exchange.import.import"), messages.get("exchange.import.cancel"))) {
                return;
            }
            busy.set(true);
            progress.set(0);
            tasks.run(() -> {
                reader.importInto(target, source, reading);
                return new Opened(target, loadScope(target));
            }, opened -> {
                progress.set(UNKNOWN_PROGRESS);
                show(opened);
                dialogs.showInformation(messages.get("exchange.import.title"), messages.get("exchange.import.done",
                        preview.totalAdded(), preview.totalChanged()));
            }, failure -> {
                busy.set(false);
                progress.set(UNKNOWN_PROGRESS);
                dialogs.showError(messages.get("exchange.import.title"), messages.describe(failure));
            });
        }, failure -> {
            busy.set(false);
            progress.set(UNKNOWN_PROGRESS);
            dialogs.showError(messages.get("exchange.import.title"), messages.describe(failure));
        });
    }

    private String describe(org.learnops.studio.exchange.ImportPreview preview) {
        StringBuilder text = new StringBuilder(messages.get("exchange.import.question"));
        for (org.learnops.studio.exchange.ImportPreview.Line line : preview.lines()) {
            if (line.added() + line.changed() + line.unchanged() > 0) {
                text.append('\n').append(messages.get("cli.import.line", messages.get(line.recordKind()),
                        line.added(), line.changed(), line.unchanged()));
            }
        }
        return text.toString();
    }

    /** The demo workspace's file in the data folder. */
    public Path demoWorkspacePath() {
        return WorkspaceFile.of(dataFolder.resolve("Demo — Northwind")).path();
    }

    /**
     * File → Open demo workspace: creates the small Northwind demo in the data folder the first time
     * (in the background), then opens it.
     */
    public void openDemoWorkspace() {
        Path demo = demoWorkspacePath();
        busy.set(true);
        tasks.run(() -> {
            if (Files.exists(demo)) { // made earlier: just open it (looked up here, off the FX thread)
                return demo;
            }
            try (Workspace created = opener.create(WorkspaceFile.of(demo))) {
                org.learnops.studio.demo.DemoWorkspace.fill(created, org.learnops.studio.demo.DemoWorkspace.DemoSize.SMALL,
                        clock, org.learnops.studio.export.ExportProgress.NONE);
            } catch (RuntimeException e) {
                Files.deleteIfExists(demo);
                Files.deleteIfExists(WorkspaceFile.of(demo).lockFile());
                throw e;
            }
            return demo;
        }, created -> {
            busy.set(false);
            switchTo(created, false);
        }, failure -> {
            busy.set(false);
            dialogs.showError(messages.get("exchange.demo.title"), messages.describe(failure));
        });
    }

    // --- Backups (issue 7 §2) ---

    /**
     * After a workspace is shown: a backup in the background when the latest is more than a day
     * old. The user goes on working (the single worker runs saves after it); a failure is logged
     * and said once in the status bar, never in the way.
     */
    private void backUpIfDue(Workspace shown) {
        int keep = settings.backupsToKeep();
        backupStatus.set("");
        tasks.run(() -> backups.backUpIfDue(shown, keep),
                taken -> taken.ifPresent(backup -> backupStatus.set(messages.get("backup.status.automatic", backup.file().getFileName()))),
                failure -> {
                    LOG.warn("Automatic backup of {} failed", shown.file().path(), failure);
                    backupStatus.set(messages.get("backup.status.automaticFailed", messages.describe(failure)));
                });
    }

    /** File → Back up now: a copy in the background; says where it went. */
    public void backUpNow() {
        if (workspace == null) {
            return;
        }
        Workspace target = workspace;
        int keep = settings.backupsToKeep();
        backupStatus.set(messages.get("backup.status.running"));
        tasks.run(() -> backups.backUp(target, keep), backup -> {
            backupStatus.set(messages.get("backup.status.done", backup.file().getFileName()));
            dialogs.showInformation(messages.get("backup.title"), messages.get("backup.done", backup.file()));
        }, failure -> {
            LOG.error("Backup of {} failed", target.file().path(), failure);
            backupStatus.set("");
            dialogs.showError(messages.get("backup.title"), messages.describe(failure));
        });
    }

    /** File → Restore from backup…: the dialog's ViewModel for the open workspace; empty while none is open. */
    public Optional<BackupsViewModel> backupsDialog() {
        if (workspace == null) {
            return Optional.empty();
        }
        return Optional.of(new BackupsViewModel(backups, workspace.file(), settings.backupsToKeep(), keep -> {
            settings = settings.withBackupsToKeep(keep);
            saveSettings();
        }, this::restoreFrom, clock.getZone(), tasks, dialogs, messages));
    }

    private record Restored(Opened opened, Optional<Path> replaced, RuntimeException failure) {
    }

    /**
     * Closes the workspace, restores {@code backup} over it and reopens it, all in the background.
     * A refused restore leaves the file as it was and reopens it unchanged.
     */
    private void restoreFrom(Backup backup) {
        if (workspace == null) {
            return;
        }
        Workspace closing = workspace;
        WorkspaceFile file = closing.file();
        busy.set(true);
        tasks.run(() -> {
            closing.close();
            Optional<Path> replaced = Optional.empty();
            RuntimeException failure = null;
            try {
                replaced = backups.restore(file, backup);
            } catch (RuntimeException e) {
                failure = e;
            }
            Workspace reopened = opener.open(file);
            return new Restored(new Opened(reopened, loadScope(reopened)), replaced, failure);
        }, restored -> {
            show(restored.opened());
            if (restored.failure() != null) {
                LOG.error("Restore of {} from {} failed", file.path(), backup.file(), restored.failure());
                dialogs.showError(messages.get("backup.restore.title"), messages.describe(restored.failure()));
            } else {
                dialogs.showInformation(messages.get("backup.restore.title"), restored.replaced()
                        .map(aside -> messages.get("backup.restore.done", backup.file().getFileName(), aside))
                        .orElseGet(() -> messages.get("backup.restore.doneNothingReplaced", backup.file().getFileName())));
            }
        }, failure -> {
            busy.set(false);
            workspace = null;
            workspaceOpen.set(false);
            openFailed(failure);
        });
    }

    /** What the last backup did, for the status bar (empty until one ran). */
    public ReadOnlyStringProperty backupStatusProperty() {
        return backupStatus.getReadOnlyProperty();
    }

    /** Help → About: the version, and where the data and the logs are (copyable, for a support request). */
    public void about() {
        dialogs.showInformation(messages.get("about.title"), messages.get("about.text", version),
                messages.get("about.folders", dataFolder, logFolder));
    }

    public SaveTracker saves() {
        return saves;
    }

    // --- Recovery (issue 7 §3): a damaged workspace ---

    /** The answers to a damaged workspace, in the order offered (the first is preselected). */
    enum RecoveryChoice {
        RESTORE_LATEST_BACKUP, SALVAGE, GIVE_UP
    }

    private record Recovered(Opened opened, String message) {
    }

    /**
     * Opening found {@code damaged}: looks for its latest backup (in the background), then asks
     * whether to restore it (the default, only when there is one), salvage what can be read, or
     * quit (open another workspace instead when one is open here, so nothing quits).
     */
    private void offerRecovery(WorkspaceDamagedException damaged) {
        WorkspaceFile file = WorkspaceFile.of(damaged.workspace());
        busy.set(true);
        tasks.run(() -> new BackupFolder(file).latest(), latest -> {
            busy.set(false);
            askRecovery(damaged, file, latest);
        }, failure -> {
            busy.set(false);
            LOG.warn("Could not look for backups of {}", file.path(), failure);
            askRecovery(damaged, file, Optional.empty());
        });
    }

    private void askRecovery(WorkspaceDamagedException damaged, WorkspaceFile file, Optional<Backup> latest) {
        List<RecoveryChoice> choices = new ArrayList<>();
        latest.ifPresent(backup -> choices.add(RecoveryChoice.RESTORE_LATEST_BACKUP));
        choices.add(RecoveryChoice.SALVAGE);
        choices.add(RecoveryChoice.GIVE_UP);
        boolean otherOpen = workspace != null;
        Optional<RecoveryChoice> chosen = dialogs.choose(messages.get("recovery.title"),
                messages.get("recovery.question", messages.describe(damaged)), choices, choice -> switch (choice) {
                    case RESTORE_LATEST_BACKUP -> messages.get("recovery.restore",
                            java.util.Date.from(latest.orElseThrow().takenAt()));
                    case SALVAGE -> messages.get("recovery.salvage");
                    case GIVE_UP -> messages.get(otherOpen ? "workspace.openAnother" : "recovery.quit");
                });
        RecoveryChoice choice = chosen.orElse(RecoveryChoice.GIVE_UP);
        switch (choice) {
            case RESTORE_LATEST_BACKUP -> recover(file, () -> restoreLatest(file, latest.orElseThrow()));
            case SALVAGE -> recover(file, () -> salvage(file));
            case GIVE_UP -> {
                if (otherOpen) {
                    if (chosen.isPresent()) {
                        openWorkspace();
                    }
                } else {
                    quit.run();
                }
            }
        }
    }

    private void recover(WorkspaceFile file, Callable<Recovered> work) {
        busy.set(true);
        tasks.run(work::call, recovered -> {
            show(recovered.opened());
            dialogs.showInformation(messages.get("recovery.title"), recovered.message());
        }, failure -> {
            busy.set(false);
            LOG.error("Recovery of {} failed", file.path(), failure);
            if (workspace == null) {
                // Nothing open: the same choices as any failed start (open another or quit).
                startupFailed(failure);
            } else {
                standardError.accept(messages.describe(failure));
                dialogs.showError(messages.get("recovery.failed.title"), messages.describe(failure));
            }
        });
    }

    /** Background: damaged file aside, the backup restored (verified by the backup service first), opened. */
    private Recovered restoreLatest(WorkspaceFile file, Backup latest) throws IOException {
        Path aside = SetAside.move(file, "damaged", clock.instant());
        try {
            backups.restore(file, latest);
        } catch (RuntimeException e) {
            // The backup was refused before anything was written: the damaged file goes back, so
            // salvage stays possible.
            if (!Files.exists(file.path())) {
                Files.move(aside, file.path());
            }
            throw e;
        }
        Workspace opened = opener.open(file);
        return new Recovered(new Opened(opened, loadScope(opened)),
                messages.get("recovery.restored", java.util.Date.from(latest.takenAt()), aside));
    }

    /** Background: the opener sets the damaged file aside and rebuilds what it can read. */
    private Recovered salvage(WorkspaceFile file) {
        Salvaged salvaged = opener.salvage(file);
        Opened opened = new Opened(salvaged.workspace(), loadScope(salvaged.workspace()));
        return new Recovered(opened, messages.get(
                salvaged.complete() ? "recovery.salvaged" : "recovery.salvagedPartly",
                salvaged.rowsRescued(), salvaged.damagedFile()));
    }
}
