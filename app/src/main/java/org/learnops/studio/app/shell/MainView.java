package org.learnops.studio.app.shell;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import org.learnops.studio.app.champions.ChampionsView;
import org.learnops.studio.app.champions.ChampionsViewModel;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.UndoManager;
import org.learnops.studio.app.common.ViewLoader;
import org.learnops.studio.app.events.EventsView;
import org.learnops.studio.app.events.EventsViewModel;
import org.learnops.studio.app.needs.NeedsAnalysisView;
import org.learnops.studio.app.needs.NeedsAnalysisViewModel;
import org.learnops.studio.app.artefacts.ArtefactsView;
import org.learnops.studio.app.artefacts.ArtefactsViewModel;
import org.learnops.studio.app.calendar.CalendarView;
import org.learnops.studio.app.calendar.CalendarViewModel;
import org.learnops.studio.app.directory.DirectoryView;
import org.learnops.studio.app.directory.DirectoryViewModel;
import org.learnops.studio.app.expectations.ExpectationsView;
import org.learnops.studio.app.expectations.ExpectationsViewModel;
import org.learnops.studio.app.overview.OverviewView;
import org.learnops.studio.app.overview.OverviewViewModel;
import org.learnops.studio.app.governance.GovernanceView;
import org.learnops.studio.app.governance.GovernanceViewModel;
import org.learnops.studio.app.questions.KeyQuestionsView;
import org.learnops.studio.app.questions.KeyQuestionsViewModel;
import org.learnops.studio.app.scope.ScopeView;
import org.learnops.studio.app.scope.ScopeViewModel;
import org.learnops.studio.settings.UserSettings.Theme;

/** The main window's content: menus, the step sidebar, the current step and the status bar. */
public final class MainView {

    private final MainViewModel viewModel;
    private final Messages messages;
    private final Parent root;
    /** One view per step ViewModel, so switching steps keeps scroll position and focus. */
    private final Map<Object, Parent> views = new IdentityHashMap<>();
    private Parent welcome;

    @FXML private Menu recentMenu;
    @FXML private MenuItem newWorkspaceItem;
    @FXML private MenuItem openWorkspaceItem;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem importItem;
    @FXML private MenuItem openDemoItem;
    @FXML private MenuItem backUpNowItem;
    @FXML private MenuItem restoreBackupItem;
    @FXML private Label backupStatusLabel;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private ToggleButton navScope;
    @FXML private ToggleButton navExpectations;
    @FXML private ToggleButton navNeedsAnalysis;
    @FXML private ToggleButton navChampions;
    @FXML private ToggleButton navGovernance;
    @FXML private ToggleButton navKeyQuestions;
    @FXML private ToggleButton navArtefacts;
    @FXML private ToggleButton navOverview;
    @FXML private ToggleButton navEvents;
    @FXML private ToggleButton navDirectory;
    @FXML private ToggleButton navCalendar;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private CheckMenuItem presentationItem;
    @FXML private StackPane content;
    @FXML private Label placeholder;
    @FXML private Label workspacePathLabel;
    @FXML private Label saveStatusLabel;
    @FXML private ProgressIndicator busyIndicator;

    public MainView(MainViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        workspacePathLabel.textProperty().bind(viewModel.workspacePathProperty());
        saveStatusLabel.textProperty().bind(viewModel.saveStatusProperty());
        saveStatusLabel.visibleProperty().bind(viewModel.workspaceOpenProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        busyIndicator.progressProperty().bind(viewModel.progressProperty());
        newWorkspaceItem.disableProperty().bind(viewModel.busyProperty());
        openWorkspaceItem.disableProperty().bind(viewModel.busyProperty());
        importItem.disableProperty().bind(viewModel.busyProperty().or(viewModel.workspaceOpenProperty().not()));
        openDemoItem.disableProperty().bind(viewModel.busyProperty());
        exportItem.disableProperty().bind(viewModel.busyProperty().or(viewModel.workspaceOpenProperty().not()));
        recentMenu.disableProperty().bind(viewModel.busyProperty());
        bindBackups();
        bindNavigation();
        bindUndo();
        presentationItem.selectedProperty().bindBidirectional(viewModel.presentationProperty());
        viewModel.presentationProperty().addListener((observable, was, on) -> applyPresentation(on));

        darkThemeItem.setSelected(viewModel.themeProperty().get() == Theme.DARK);
        darkThemeItem.selectedProperty().addListener((observable, was, dark) ->
                viewModel.themeProperty().set(dark ? Theme.DARK : Theme.LIGHT));
        viewModel.themeProperty().addListener((observable, was, now) -> darkThemeItem.setSelected(now == Theme.DARK));

        placeholder.textProperty().bind(Bindings.when(viewModel.busyProperty())
                .then(messages.get("workspace.opening")).otherwise(messages.get("workspace.none")));
        viewModel.scopeProperty().addListener((observable, old, scope) -> showStep());
        viewModel.overviewProperty().addListener((observable, old, overview) -> showStep());
        viewModel.needsAnalysisProperty().addListener((observable, old, needs) -> showStep());
        viewModel.championsProperty().addListener((observable, old, champions) -> showStep());
        viewModel.expectationsProperty().addListener((observable, old, expectations) -> showStep());
        viewModel.governanceProperty().addListener((observable, old, governance) -> showStep());
        viewModel.artefactsProperty().addListener((observable, old, artefacts) -> showStep());
        viewModel.keyQuestionsProperty().addListener((observable, old, questions) -> showStep());
        // Only when it is on screen: rebuilding the content for a step not shown would be wasted work.
        viewModel.eventsProperty().addListener((observable, old, events) -> {
            if (viewModel.stepProperty().get() == Step.EVENTS) {
                showStep();
            }
        });
        viewModel.directoryProperty().addListener((observable, old, directory) -> showStep());
        viewModel.calendarProperty().addListener((observable, old, calendar) -> showStep());
        viewModel.stepProperty().addListener((observable, old, step) -> showStep());
        viewModel.welcomeProperty().addListener((observable, was, now) -> showStep());
        viewModel.recentWorkspaces().addListener((ListChangeListener<Path>) change -> fillRecentMenu());
        fillRecentMenu();
    }

    private void bindNavigation() {
        Map<Step, ToggleButton> buttons = new EnumMap<>(Step.class);
        buttons.put(Step.SCOPE, navScope);
        buttons.put(Step.EXPECTATIONS, navExpectations);
        buttons.put(Step.NEEDS_ANALYSIS, navNeedsAnalysis);
        buttons.put(Step.CHAMPIONS, navChampions);
        buttons.put(Step.GOVERNANCE, navGovernance);
        buttons.put(Step.KEY_QUESTIONS, navKeyQuestions);
        buttons.put(Step.ARTEFACTS, navArtefacts);
        buttons.put(Step.OVERVIEW, navOverview);
        buttons.put(Step.EVENTS, navEvents);
        buttons.put(Step.DIRECTORY, navDirectory);
        buttons.put(Step.CALENDAR, navCalendar);
        ToggleGroup group = new ToggleGroup();
        buttons.forEach((step, button) -> {
            button.setToggleGroup(group);
            button.setUserData(step);
            button.disableProperty().bind(viewModel.workspaceOpenProperty().not().or(new SimpleBooleanProperty(!isAvailable(step))));
        });
        group.selectToggle(buttons.get(viewModel.stepProperty().get()));
        group.selectedToggleProperty().addListener((observable, old, selected) -> {
            if (selected == null) {
                group.selectToggle(old); // a second click on the selected step keeps it selected
            } else {
                viewModel.stepProperty().set((Step) selected.getUserData());
            }
        });
        viewModel.stepProperty().addListener((observable, old, step) -> group.selectToggle(buttons.get(step)));
    }

    /** Steps whose screens exist; the others stay greyed out in the sidebar. */
    private static boolean isAvailable(Step step) {
        return step == Step.SCOPE || step == Step.EXPECTATIONS || step == Step.NEEDS_ANALYSIS || step == Step.CHAMPIONS
                || step == Step.GOVERNANCE || step == Step.KEY_QUESTIONS || step == Step.ARTEFACTS || step == Step.OVERVIEW
                || step == Step.EVENTS || step == Step.DIRECTORY || step == Step.CALENDAR;
    }

    /** Lets go of the screens of a workspace no longer open: they hold its view models and their rows. */
    private void forgetClosedScreens() {
        Set<Object> current = Collections.newSetFromMap(new IdentityHashMap<>());
        Stream.of(viewModel.scopeProperty(), viewModel.needsAnalysisProperty(), viewModel.championsProperty(),
                        viewModel.overviewProperty(), viewModel.expectationsProperty(), viewModel.governanceProperty(),
                        viewModel.artefactsProperty(), viewModel.keyQuestionsProperty(), viewModel.eventsProperty(),
                        viewModel.directoryProperty(), viewModel.calendarProperty())
                .map(ObservableValue::getValue).filter(Objects::nonNull).forEach(current::add);
        views.keySet().retainAll(current);
    }

    private void showStep() {
        forgetClosedScreens();
        if (viewModel.welcomeProperty().get()) {
            if (welcome == null) {
                welcome = new WelcomeView(viewModel, messages).root();
            }
            content.getChildren().setAll(welcome);
            return;
        }
        Parent view = switch (viewModel.stepProperty().get()) {
            case SCOPE -> viewModel.scopeProperty().get() == null ? null
                    : views.computeIfAbsent(viewModel.scopeProperty().get(), vm -> new ScopeView((ScopeViewModel) vm, messages).root());
            case NEEDS_ANALYSIS -> viewModel.needsAnalysisProperty().get() == null ? null
                    : views.computeIfAbsent(viewModel.needsAnalysisProperty().get(),
                            vm -> new NeedsAnalysisView((NeedsAnalysisViewModel) vm, messages).root());
            case CHAMPIONS -> viewModel.championsProperty().get() == null ? null
                    : views.computeIfAbsent(viewModel.championsProperty().get(),
                            vm -> new ChampionsView((ChampionsViewModel) vm, messages).root());
            case OVERVIEW -> viewModel.overviewProperty().get() == null ? null
                    : views.computeIfAbsent(viewModel.overviewProperty().get(),
                            vm -> new OverviewView((OverviewViewModel) vm, messages).root());
            case EXPECTATIONS -> viewModel.expectationsProperty().get() == null ? null
                    : views.computeIfAbsent(viewModel.expectationsProperty().get(),
                            vm -> new ExpectationsView((ExpectationsViewModel) vm, messages).root());
            case GOVERNANCE -> viewModel.governanceProperty().get() == null ? null
                    : views.computeIfAbsent(viewModel.governanceProperty().get(),
                            vm -> new GovernanceView((GovernanceViewModel) vm, messages).root());
            case ARTEFACTS -> viewModel.artefactsProperty().get() == null ? null
                    : views.computeIfAbsent(viewModel.artefactsProperty().get(),
                            vm -> new ArtefactsView((ArtefactsViewModel) vm, messages).root());
            case KEY_QUESTIONS -> viewModel.keyQuestionsProperty().get() == null ? null
                    : views.computeIfAbsent(viewModel.keyQuestionsProperty().get(),
                            vm -> new KeyQuestionsView((KeyQuestionsViewModel) vm, messages).root());
            case EVENTS -> viewModel.eventsProperty().get() == null ? null
                    : views.computeIfAbsent(viewModel.eventsProperty().get(),
                            vm -> new EventsView((EventsViewModel) vm, messages).root());
            case DIRECTORY -> viewModel.directoryProperty().get() == null ? null
                    : views.computeIfAbsent(viewModel.directoryProperty().get(),
                            vm -> new DirectoryView((DirectoryViewModel) vm, messages).root());
            case CALENDAR -> viewModel.calendarProperty().get() == null ? null
                    : views.computeIfAbsent(viewModel.calendarProperty().get(),
                            vm -> new CalendarView((CalendarViewModel) vm, messages).root());
            default -> null;
        };
        content.getChildren().setAll(view == null ? placeholder : view);
    }

    private void bindUndo() {
        UndoManager undo = viewModel.undo();
        undoItem.textProperty().bind(Bindings.when(undo.canUndoProperty())
                .then(Bindings.concat(messages.get("menu.edit.undo"), " ", undo.undoDescriptionProperty()))
                .otherwise(messages.get("menu.edit.undo")));
        redoItem.textProperty().bind(Bindings.when(undo.canRedoProperty())
                .then(Bindings.concat(messages.get("menu.edit.redo"), " ", undo.redoDescriptionProperty()))
                .otherwise(messages.get("menu.edit.redo")));
        undoItem.disableProperty().bind(undo.canUndoProperty().not().or(viewModel.busyProperty()));
        redoItem.disableProperty().bind(undo.canRedoProperty().not().or(viewModel.busyProperty()));
    }

    private void applyPresentation(boolean on) {
        if (on) {
            root.getStyleClass().add("presentation");
        } else {
            root.getStyleClass().remove("presentation");
        }
    }

    @FXML
    private void undo() {
        viewModel.undo().undo();
    }

    @FXML
    private void redo() {
        viewModel.undo().redo();
    }

    private void fillRecentMenu() {
        recentMenu.getItems().clear();
        for (Path path : viewModel.recentWorkspaces()) {
            MenuItem item = new MenuItem(path.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> viewModel.openRecent(path));
            recentMenu.getItems().add(item);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(messages.get("menu.file.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    @FXML
    private void newWorkspace() {
        viewModel.newWorkspace();
    }

    @FXML
    private void openWorkspace() {
        viewModel.openWorkspace();
    }

    @FXML
    private void quit() {
        root.getScene().getWindow().fireEvent(new javafx.stage.WindowEvent(
                root.getScene().getWindow(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    @FXML
    private void export() {
        viewModel.exportDialog(javafx.application.Platform::runLater).ifPresent(dialog ->
                org.learnops.studio.app.exchange.ExportView.show(root.getScene().getWindow(), dialog, messages));
    }

    @FXML
    private void importWorkshopFile() {
        viewModel.importWorkshopFile(Platform::runLater);
    }

    private void bindBackups() {
        backUpNowItem.disableProperty().bind(viewModel.busyProperty().or(viewModel.workspaceOpenProperty().not()));
        restoreBackupItem.disableProperty().bind(viewModel.busyProperty().or(viewModel.workspaceOpenProperty().not()));
        backupStatusLabel.textProperty().bind(viewModel.backupStatusProperty());
    }

    @FXML
    private void backUpNow() {
        viewModel.backUpNow();
    }

    @FXML
    private void restoreBackup() {
        viewModel.backupsDialog().ifPresent(dialog ->
                org.learnops.studio.app.backup.BackupsView.show(root.getScene().getWindow(), dialog, messages));
    }

    @FXML
    private void openDemo() {
        viewModel.openDemoWorkspace();
    }

    @FXML
    private void about() {
        viewModel.about();
    }
}
