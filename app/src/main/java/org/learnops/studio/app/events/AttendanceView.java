package org.learnops.studio.app.events;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.learnops.studio.app.common.Forms;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.ViewLoader;
import org.learnops.studio.domain.operations.AttendanceMark;

/** The Attendance tab: one session's people, marked several at a time; the printable sign-in sheet. */
public final class AttendanceView {

    private final AttendanceViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    @FXML private ComboBox<SessionRow> sessionCombo;
    @FXML private Button signInSheetButton;
    @FXML private TableView<AttendanceRow> attendanceTable;
    @FXML private TableColumn<AttendanceRow, String> nameColumn;
    @FXML private TableColumn<AttendanceRow, AttendanceMark> markColumn;
    @FXML private Button markAttendedButton;
    @FXML private Button markNoShowButton;
    @FXML private Label attendanceInformation;

    AttendanceView(AttendanceViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        sessionCombo.setItems(viewModel.sessions());
        Pickers.choose(sessionCombo, viewModel.sessionProperty());
        attendanceTable.setItems(viewModel.rows());
        attendanceTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        nameColumn.setCellValueFactory(data -> new javafx.beans.property.ReadOnlyStringWrapper(data.getValue().name()));
        markColumn.setCellValueFactory(data -> data.getValue().markProperty());
        markColumn.setCellFactory(ignored -> Pickers.cell(mark -> messages.get(mark.messageKey())));
        attendanceTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(AttendanceRow row, boolean empty) {
                super.updateItem(row, empty);
                setId(empty || row == null ? null : "attendance-" + row.personId());
            }
        });
        var nothingSelected = Bindings.isEmpty(attendanceTable.getSelectionModel().getSelectedItems());
        markAttendedButton.disableProperty().bind(nothingSelected.or(viewModel.busyProperty()));
        markNoShowButton.disableProperty().bind(nothingSelected.or(viewModel.busyProperty()));
        markAttendedButton.setGraphic(new FontIcon(Feather.CHECK));
        markNoShowButton.setGraphic(new FontIcon(Feather.X));
        signInSheetButton.setGraphic(new FontIcon(Feather.PRINTER));
        signInSheetButton.disableProperty().bind(viewModel.sessionProperty().isNull().or(viewModel.busyProperty()));
        Forms.showError(attendanceInformation, viewModel.informationProperty());
    }

    private List<AttendanceRow> selected() {
        return List.copyOf(attendanceTable.getSelectionModel().getSelectedItems());
    }

    @FXML
    private void markAttended() {
        viewModel.mark(selected(), AttendanceMark.ATTENDED);
    }

    @FXML
    private void markNoShow() {
        viewModel.mark(selected(), AttendanceMark.NO_SHOW);
    }

    @FXML
    private void signInSheet() {
        viewModel.signInSheet();
    }
}
