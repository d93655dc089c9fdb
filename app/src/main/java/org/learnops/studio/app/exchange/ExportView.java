package org.learnops.studio.app.exchange;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.TilePane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.ViewLoader;
import org.learnops.studio.app.exchange.ExportViewModel.Format;

/** File → Export…: a small window bound to its {@link ExportViewModel}. */
public final class ExportView {

    private final ExportViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    @FXML private CheckBox workbookBox;
    @FXML private CheckBox deckBox;
    @FXML private CheckBox workshopFileBox;
    @FXML private TilePane sectionsPane;
    @FXML private CheckBox personalDataBox;
    @FXML private Label personalDataWarning;
    @FXML private TextField folderField;
    @FXML private Button chooseFolderButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Button showFolderButton;
    @FXML private Button exportButton;
    @FXML private Button cancelButton;

    public ExportView(ExportViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    /** Opens the dialog over {@code owner}; the export itself runs in the background. */
    public static Stage show(Window owner, ExportViewModel viewModel, Messages messages) {
        ExportView view = new ExportView(viewModel, messages);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("exchange.export.title"));
        Scene scene = new Scene(view.root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> {
            if (viewModel.busyProperty().get()) {
                viewModel.cancel();
                event.consume();
            }
        });
        stage.show();
        return stage;
    }

    @FXML
    private void initialize() {
        bind(workbookBox, Format.WORKBOOK);
        bind(deckBox, Format.DECK);
        bind(workshopFileBox, Format.WORKSHOP_FILE);
        for (ExportViewModel.SectionChoice section : viewModel.sectionChoices()) {
            CheckBox box = new CheckBox(section.label());
            box.setId("section-" + section.id());
            box.selectedProperty().bindBidirectional(section.selected());
            box.disableProperty().bind(viewModel.busyProperty());
            sectionsPane.getChildren().add(box);
        }
        personalDataBox.selectedProperty().bindBidirectional(viewModel.personalDataProperty());
        personalDataBox.disableProperty().bind(viewModel.busyProperty());
        personalDataWarning.visibleProperty().bind(viewModel.personalDataProperty());
        personalDataWarning.managedProperty().bind(viewModel.personalDataProperty());
        folderField.textProperty().bind(viewModel.folderTextProperty());
        chooseFolderButton.disableProperty().bind(viewModel.busyProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressBar.visibleProperty().bind(viewModel.busyProperty().or(viewModel.doneProperty()));
        statusLabel.textProperty().bind(viewModel.statusProperty());
        showFolderButton.visibleProperty().bind(viewModel.doneProperty());
        exportButton.disableProperty().bind(viewModel.canExportProperty().not());
        cancelButton.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.busyProperty())
                .then(messages.get("exchange.export.cancel")).otherwise(messages.get("exchange.export.close")));
    }

    private void bind(CheckBox box, Format format) {
        box.selectedProperty().bindBidirectional(viewModel.formatProperty(format));
        box.setDisable(!viewModel.isAvailable(format));
        if (viewModel.isAvailable(format)) {
            box.disableProperty().bind(viewModel.busyProperty());
        }
    }

    @FXML
    private void chooseFolder() {
        viewModel.chooseFolder();
    }

    @FXML
    private void export() {
        viewModel.export();
    }

    @FXML
    private void showFolder() {
        viewModel.showFolder();
    }

    @FXML
    private void cancel() {
        if (viewModel.busyProperty().get()) {
            viewModel.cancel();
        } else {
            root.getScene().getWindow().hide();
        }
    }
}
