package org.learnops.studio.app.shell;

import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.ViewLoader;

/** The first start's screen, shown while no workspace exists yet; its choices are the main window's intents. */
final class WelcomeView {

    private static final String ICON = "/org/learnops/studio/app/branding/icon.png";

    private final MainViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    @FXML private ImageView icon;
    @FXML private Button startNewStrategy;
    @FXML private Button openDemo;
    @FXML private Button openExisting;
    @FXML private Label dataFolderLabel;

    WelcomeView(MainViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        icon.setImage(new Image(Objects.requireNonNull(WelcomeView.class.getResourceAsStream(ICON))));
        startNewStrategy.disableProperty().bind(viewModel.busyProperty());
        openDemo.disableProperty().bind(viewModel.busyProperty());
        openExisting.disableProperty().bind(viewModel.busyProperty());
        dataFolderLabel.setText(messages.get("welcome.dataFolder", viewModel.dataFolder()));
    }

    @FXML
    private void startNewStrategy() {
        viewModel.startNewStrategy();
    }

    @FXML
    private void openDemo() {
        viewModel.openDemoWorkspace();
    }

    @FXML
    private void openExisting() {
        viewModel.openWorkspace();
    }
}
