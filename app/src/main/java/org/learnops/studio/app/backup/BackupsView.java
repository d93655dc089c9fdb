package org.learnops.studio.app.backup;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.learnops.studio.app.backup.BackupsViewModel.BackupRow;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.ViewLoader;
import org.learnops.studio.backup.BackupFolder;

/** File → Restore from backup…: a small window bound to its {@link BackupsViewModel}. */
public final class BackupsView {

    private final BackupsViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    @FXML private TableView<BackupRow> backupsTable;
    @FXML private TableColumn<BackupRow, String> takenAtColumn;
    @FXML private TableColumn<BackupRow, String> sizeColumn;
    @FXML private Spinner<Integer> keepSpinner;
    @FXML private Label folderLabel;
    @FXML private Button openFolderButton;
    @FXML private Button restoreButton;

    public BackupsView(BackupsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    /** Opens the dialog over {@code owner} and reads the backups folder in the background. */
    public static Stage show(Window owner, BackupsViewModel viewModel, Messages messages) {
        BackupsView view = new BackupsView(viewModel, messages);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("backup.title"));
        Scene scene = new Scene(view.root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        viewModel.load();
        return stage;
    }

    @FXML
    private void initialize() {
        backupsTable.setItems(viewModel.backups());
        takenAtColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().takenAt()));
        sizeColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().size()));
        backupsTable.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> viewModel.selectedProperty().set(row));
        viewModel.selectedProperty().addListener((observable, old, row) -> {
            if (row != backupsTable.getSelectionModel().getSelectedItem()) {
                backupsTable.getSelectionModel().select(row);
            }
        });
        SpinnerValueFactory.IntegerSpinnerValueFactory keep =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, BackupFolder.MAX_KEEP, viewModel.keepProperty().get());
        keepSpinner.setValueFactory(keep);
        keep.valueProperty().addListener((observable, old, value) -> {
            if (value != null) {
                viewModel.keepProperty().set(value);
            }
        });
        folderLabel.setText(messages.get("backup.folder", viewModel.folderText()));
        restoreButton.disableProperty().bind(viewModel.canRestoreProperty().not());
        openFolderButton.disableProperty().bind(viewModel.busyProperty());
    }

    @FXML
    private void restore() {
        if (viewModel.restore()) {
            close();
        }
    }

    @FXML
    private void openFolder() {
        viewModel.openFolder();
    }

    @FXML
    private void close() {
        root.getScene().getWindow().hide();
    }
}
