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
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.learnops.studio.app.champions.ChampionsView;
import org.learnops.studio.app.champions.ChampionsViewModel;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.UndoManager;
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

    private final Menu recentMenu = new Menu();
    private final MenuItem newWorkspaceItem = new MenuItem();
    private final MenuItem openWorkspaceItem = new MenuItem();
    private final MenuItem exportItem = new MenuItem();
    private final MenuItem importItem = new MenuItem();
    private final MenuItem openDemoItem = new MenuItem();
    private final MenuItem backUpNowItem = new MenuItem();
    private final MenuItem restoreBackupItem = new MenuItem();
    private final Label backupStatusLabel = new Label();
    private final Label updatingLabel = new Label();
    private final CheckMenuItem darkThemeItem = new CheckMenuItem();
    private final ToggleButton navScope = new ToggleButton();
    private final ToggleButton navExpectations = new ToggleButton();
    private final ToggleButton navNeedsAnalysis = new ToggleButton();
    private final ToggleButton navChampions = new ToggleButton();
    private final ToggleButton navGovernance = new ToggleButton();
    private final ToggleButton navKeyQuestions = new ToggleButton();
    private final ToggleButton navArtefacts = new ToggleButton();
    private final ToggleButton navOverview = new ToggleButton();
    private final ToggleButton navEvents = new ToggleButton();
    private final ToggleButton navDirectory = new ToggleButton();
    private final ToggleButton navCalendar = new ToggleButton();
    private final MenuItem undoItem = new MenuItem();
    private final MenuItem redoItem = new MenuItem();
    private final CheckMenuItem presentationItem = new CheckMenuItem();
    private final StackPane content = new StackPane();
    private final Label placeholder = new Label();
    private final Label workspacePathLabel = new Label();
    private final Label saveStatusLabel = new Label();
    private final ProgressIndicator busyIndicator = new ProgressIndicator();

    public MainView(MainViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = build();
        initialize();
    }

    public Parent root() {
        return root;
    }

    /**
     * The window's nodes, built in code rather than from FXML: on a cold start FXMLLoader (its XML
     * parser, reflection and classes) cost the FX thread about a tenth of its start-up work
     * (docs/performance.md). Ids and style classes are those the FXML gave (tests and app.css use them).
     */
    private Parent build() {
        MenuBar menuBar = new MenuBar(
                menu("menu.file",
                        item(newWorkspaceItem, "newWorkspaceItem", "menu.file.new", this::newWorkspace, "Shortcut+N"),
                        item(openWorkspaceItem, "openWorkspaceItem", "menu.file.open", this::openWorkspace, "Shortcut+O"),
                        item(recentMenu, "recentMenu", "menu.file.recent", null, null),
                        new SeparatorMenuItem(),
                        item(openDemoItem, "openDemoItem", "menu.file.openDemo", this::openDemo, null),
                        new SeparatorMenuItem(),
                        item(exportItem, "exportItem", "menu.file.export", this::export, "Shortcut+E"),
                        item(importItem, "importItem", "menu.file.importWorkshopFile", this::importWorkshopFile, null),
                        new SeparatorMenuItem(),
                        item(backUpNowItem, "backUpNowItem", "menu.file.backUpNow", this::backUpNow, null),
                        item(restoreBackupItem, "restoreBackupItem", "menu.file.restoreBackup", this::restoreBackup, null),
                        new SeparatorMenuItem(),
                        item(new MenuItem(), "quitItem", "menu.file.quit", this::quit, "Shortcut+Q")),
                menu("menu.edit",
                        item(undoItem, "undoItem", null, this::undo, "Shortcut+Z"),
                        item(redoItem, "redoItem", null, this::redo, "Shortcut+Shift+Z")),
                menu("menu.view",
                        item(darkThemeItem, "darkThemeItem", "menu.view.darkTheme", null, "Shortcut+Shift+D"),
                        item(presentationItem, "presentationItem", "menu.view.presentation", null, "F11")),
                menu("menu.help",
                        item(new MenuItem(), null, "menu.help.about", this::about, null)));
        menuBar.setId("menuBar");
        menuBar.setUseSystemMenuBar(true);

        Region sidebarSpace = new Region();
        VBox.setVgrow(sidebarSpace, Priority.ALWAYS);
        Label laterNote = styled(new Label(text("nav.laterNote")), "sidebar-note");
        laterNote.setWrapText(true);
        laterNote.setMinHeight(Region.USE_PREF_SIZE);
        VBox sidebar = new VBox(2,
                styled(new Label(text("nav.strategy")), "sidebar-heading"),
                navItem(navScope, "navScope", "nav.scope"),
                navItem(navExpectations, "navExpectations", "nav.expectations"),
                navItem(navNeedsAnalysis, "navNeedsAnalysis", "nav.needsAnalysis"),
                navItem(navChampions, "navChampions", "nav.champions"),
                navItem(navGovernance, "navGovernance", "nav.governance"),
                navItem(navKeyQuestions, "navKeyQuestions", "nav.keyQuestions"),
                navItem(navArtefacts, "navArtefacts", "nav.artefacts"),
                navItem(navOverview, "navOverview", "nav.overview"),
                styled(new Label(text("nav.operations")), "sidebar-heading"),
                navItem(navEvents, "navEvents", "nav.events"),
                navItem(navDirectory, "navDirectory", "nav.directory"),
                navItem(navCalendar, "navCalendar", "nav.calendar"),
                later("nav.requests"), later("nav.vendors"), later("nav.content"), later("nav.compliance"),
                later("nav.finance"), later("nav.dashboard"),
                sidebarSpace,
                laterNote);
        sidebar.setId("sidebar");
        sidebar.getStyleClass().add("sidebar");
        // Scrolls when presentation mode's large type makes the steps taller than the window.
        ScrollPane sidebarScroll = styled(new ScrollPane(sidebar), "sidebar-scroll");
        sidebarScroll.setFitToWidth(true);
        sidebarScroll.setFitToHeight(true);
        sidebarScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        content.setId("content");
        placeholder.setId("placeholder");
        content.getChildren().add(styled(placeholder, "placeholder"));

        workspacePathLabel.setId("workspacePathLabel");
        backupStatusLabel.setId("backupStatusLabel");
        updatingLabel.setId("updatingLabel");
        busyIndicator.setId("busyIndicator");
        busyIndicator.setPrefSize(16, 16);
        saveStatusLabel.setId("saveStatusLabel");
        Region statusSpace = new Region();
        HBox.setHgrow(statusSpace, Priority.ALWAYS);
        HBox statusBar = new HBox(12, styled(workspacePathLabel, "status-path"), statusSpace,
                styled(backupStatusLabel, "status-backup"), updatingLabel, busyIndicator, styled(saveStatusLabel, "status-save"));
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.getStyleClass().add("status-bar");

        // Added in the FXML's order (top, left, centre, bottom): the children's order is the focus order.
        BorderPane window = new BorderPane();
        window.setTop(menuBar);
        window.setLeft(sidebarScroll);
        window.setCenter(content);
        window.setBottom(statusBar);
        window.getStyleClass().add("main-window");
        return window;
    }

    /** A text of the bundle as it stands (as FXML's %key gave it: no MessageFormat). */
    private String text(String key) {
        return messages.bundle().getString(key);
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu(text(key));
        menu.getItems().addAll(items);
        return menu;
    }

    private <T extends MenuItem> T item(T item, String id, String key, Runnable action, String accelerator) {
        item.setId(id);
        if (key != null) {
            item.setText(text(key));
        }
        if (action != null) {
            item.setOnAction(event -> action.run());
        }
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        return item;
    }

    private ToggleButton navItem(ToggleButton button, String id, String key) {
        button.setId(id);
        button.setText(text(key));
        button.setMnemonicParsing(false);
        return sized(button);
    }

    /** A step of a later release: shown, greyed out. */
    private ToggleButton later(String key) {
        ToggleButton button = sized(new ToggleButton(text(key)));
        button.setDisable(true);
        return button;
    }

    private static ToggleButton sized(ToggleButton button) {
        button.getStyleClass().add("nav-item");
        button.setMaxWidth(Double.POSITIVE_INFINITY);
        return button;
    }

    private static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }

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

        placeholder.textProperty().bind(Bindings.when(viewModel.updatingProperty()).then(messages.get("workspace.updating"))
                .otherwise(Bindings.when(viewModel.busyProperty())
                        .then(messages.get("workspace.opening")).otherwise(messages.get("workspace.none"))));
        // beside the busy indicator when switching workspaces: the old one's screen stays until the new one is open
        updatingLabel.setText(messages.get("workspace.updating"));
        updatingLabel.visibleProperty().bind(viewModel.updatingProperty().and(viewModel.workspaceOpenProperty()));
        updatingLabel.managedProperty().bind(updatingLabel.visibleProperty());
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

    private void undo() {
        viewModel.undo().undo();
    }

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

    private void newWorkspace() {
        viewModel.newWorkspace();
    }

    private void openWorkspace() {
        viewModel.openWorkspace();
    }

    private void quit() {
        root.getScene().getWindow().fireEvent(new javafx.stage.WindowEvent(
                root.getScene().getWindow(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    private void export() {
        viewModel.exportDialog(javafx.application.Platform::runLater).ifPresent(dialog ->
                org.learnops.studio.app.exchange.ExportView.show(root.getScene().getWindow(), dialog, messages));
    }

    private void importWorkshopFile() {
        viewModel.importWorkshopFile(Platform::runLater);
    }

    private void bindBackups() {
        backUpNowItem.disableProperty().bind(viewModel.busyProperty().or(viewModel.workspaceOpenProperty().not()));
        restoreBackupItem.disableProperty().bind(viewModel.busyProperty().or(viewModel.workspaceOpenProperty().not()));
        backupStatusLabel.textProperty().bind(viewModel.backupStatusProperty());
    }

    private void backUpNow() {
        viewModel.backUpNow();
    }

    private void restoreBackup() {
        viewModel.backupsDialog().ifPresent(dialog ->
                org.learnops.studio.app.backup.BackupsView.show(root.getScene().getWindow(), dialog, messages));
    }

    private void openDemo() {
        viewModel.openDemoWorkspace();
    }

    private void about() {
        viewModel.about();
    }
}
