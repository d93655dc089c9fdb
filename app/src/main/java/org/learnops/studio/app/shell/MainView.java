package org.learnops.studio.app.shell;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.ViewLoader;
import org.learnops.studio.app.scope.ScopeView;
import org.learnops.studio.app.scope.ScopeViewModel;
import org.learnops.studio.settings.UserSettings.Theme;

/** The main window's content: menus, the step sidebar, the current step and the status bar. */
public final class MainView {

    private final MainViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    @FXML private Menu recentMenu;
    @FXML private MenuItem newWorkspaceItem;
    @FXML private MenuItem openWorkspaceItem;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private ToggleButton navScope;
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
        newWorkspaceItem.disableProperty().bind(viewModel.busyProperty());
        openWorkspaceItem.disableProperty().bind(viewModel.busyProperty());
        recentMenu.disableProperty().bind(viewModel.busyProperty());
        navScope.disableProperty().bind(viewModel.workspaceOpenProperty().not());
        navScope.setSelected(true);
        // The only step so far: keep it selected rather than let a second click un-toggle it.
        navScope.selectedProperty().addListener((observable, was, now) -> navScope.setSelected(true));

        darkThemeItem.setSelected(viewModel.themeProperty().get() == Theme.DARK);
        darkThemeItem.selectedProperty().addListener((observable, was, dark) ->
                viewModel.themeProperty().set(dark ? Theme.DARK : Theme.LIGHT));
        viewModel.themeProperty().addListener((observable, was, now) -> darkThemeItem.setSelected(now == Theme.DARK));

        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.busyProperty())
                .then(messages.get("workspace.opening")).otherwise(messages.get("workspace.none")));
        viewModel.scopeProperty().addListener((observable, old, scope) -> showScope(scope));
        viewModel.recentWorkspaces().addListener((ListChangeListener<Path>) change -> fillRecentMenu());
        fillRecentMenu();
    }

    private void showScope(ScopeViewModel scope) {
        if (scope == null) {
            content.getChildren().setAll(placeholder);
        } else {
            content.getChildren().setAll(new ScopeView(scope, messages).root());
        }
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
    private void about() {
        viewModel.about();
    }
}
