package org.learnops.studio.app.events;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.learnops.studio.app.common.Forms;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.ViewLoader;
import org.learnops.studio.domain.operations.Frequency;

/** The Sessions tab: the event's sessions and the form for a session or a series, with conflicts shown as the user edits. */
public final class SessionsView {

    private final SessionsViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    @FXML private TableView<SessionRow> sessionsTable;
    @FXML private TableColumn<SessionRow, SessionRow> dateColumn;
    @FXML private TableColumn<SessionRow, SessionRow> zoneColumn;
    @FXML private TableColumn<SessionRow, SessionRow> roomColumn;
    @FXML private TableColumn<SessionRow, SessionRow> facilitatorsColumn;
    @FXML private TableColumn<SessionRow, SessionRow> statusColumn;
    @FXML private Button newSessionButton;
    @FXML private Button addSeriesButton;
    @FXML private Button cancelSessionButton;
    @FXML private Button restoreSessionButton;
    @FXML private Label formTitle;
    @FXML private DatePicker sessionDatePicker;
    @FXML private TextField startTimeField;
    @FXML private TextField endTimeField;
    @FXML private TextField zoneSearchField;
    @FXML private ComboBox<String> zoneCombo;
    @FXML private Label dateError;
    @FXML private Label startError;
    @FXML private Label endError;
    @FXML private Label zoneError;
    @FXML private ComboBox<Choice<Long>> roomCombo;
    @FXML private TextField linkField;
    @FXML private Label linkError;
    @FXML private ListView<FacilitatorChoice> facilitatorsList;
    @FXML private CheckBox repeatCheck;
    @FXML private VBox seriesBox;
    @FXML private ComboBox<Frequency> frequencyCombo;
    @FXML private TextField countField;
    @FXML private FlowPane weekdaysPane;
    @FXML private Label countError;
    @FXML private Label weekdaysError;
    @FXML private VBox conflictsBox;
    @FXML private Label formError;
    @FXML private Label sessionInformation;
    @FXML private Button saveSessionButton;

    SessionsView(SessionsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        sessionsTable.setItems(viewModel.sessions());
        column(dateColumn, row -> row.date() + "  " + row.times());
        column(zoneColumn, SessionRow::zone);
        column(roomColumn, SessionRow::room);
        column(facilitatorsColumn, SessionRow::facilitators);
        column(statusColumn, SessionRow::status);
        sessionsTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(SessionRow row, boolean empty) {
                super.updateItem(row, empty);
                setId(empty || row == null ? null : "session-" + row.id());
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("cancelled"), !empty && row != null && row.isCancelled());
            }
        });
        sessionsTable.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (row != null) {
                viewModel.edit(row);
            }
        });
        var selected = sessionsTable.getSelectionModel().selectedItemProperty();
        cancelSessionButton.disableProperty().bind(selected.isNull()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().isCancelled(), selected))
                .or(viewModel.busyProperty()));
        restoreSessionButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().isCancelled(), selected).or(viewModel.busyProperty()));
        cancelSessionButton.setGraphic(new FontIcon(Feather.X_CIRCLE));
        restoreSessionButton.setGraphic(new FontIcon(Feather.ROTATE_CCW));
        newSessionButton.setGraphic(new FontIcon(Feather.PLUS));
        addSeriesButton.setGraphic(new FontIcon(Feather.REPEAT));

        Pickers.date(sessionDatePicker, viewModel.dateProperty());
        startTimeField.textProperty().bindBidirectional(viewModel.startProperty());
        endTimeField.textProperty().bindBidirectional(viewModel.endProperty());
        zoneSearchField.textProperty().bindBidirectional(viewModel.zoneSearchProperty());
        zoneCombo.setItems(viewModel.zones());
        Pickers.choose(zoneCombo, viewModel.zoneProperty());
        // Enter in the search box picks the first zone found.
        zoneSearchField.setOnAction(event -> {
            if (!viewModel.zones().isEmpty()) {
                viewModel.zoneProperty().set(viewModel.zones().get(0));
            }
        });
        roomCombo.setItems(viewModel.roomsChoices());
        Pickers.choose(roomCombo, viewModel.roomProperty());
        linkField.textProperty().bindBidirectional(viewModel.linkProperty());
        facilitatorsList.setItems(viewModel.facilitators());
        facilitatorsList.setCellFactory(CheckBoxListCell.forListView(FacilitatorChoice::selectedProperty));
        repeatCheck.selectedProperty().bindBidirectional(viewModel.repeatProperty());
        repeatCheck.disableProperty().bind(viewModel.editingProperty().isNotNull());
        seriesBox.visibleProperty().bind(viewModel.repeatProperty());
        seriesBox.managedProperty().bind(seriesBox.visibleProperty());
        frequencyCombo.getItems().setAll(Frequency.values());
        Pickers.labelled(frequencyCombo, frequency -> messages.get(frequency.messageKey()));
        Pickers.choose(frequencyCombo, viewModel.frequencyProperty());
        countField.textProperty().bindBidirectional(viewModel.countProperty());
        for (DayOfWeek day : DayOfWeek.values()) {
            CheckBox box = new CheckBox(day.getDisplayName(TextStyle.SHORT, messages.bundle().getLocale()));
            box.setId("weekday-" + day.name());
            box.selectedProperty().bindBidirectional(viewModel.weekdayProperty(day));
            weekdaysPane.getChildren().add(box);
        }
        weekdaysPane.visibleProperty().bind(viewModel.frequencyProperty().isEqualTo(Frequency.WEEKDAYS));
        weekdaysPane.managedProperty().bind(weekdaysPane.visibleProperty());

        Forms.showError(dateError, viewModel.errorProperty("date"));
        Forms.showError(startError, viewModel.errorProperty("start"));
        Forms.showError(endError, viewModel.errorProperty("end"));
        Forms.showError(zoneError, viewModel.errorProperty("zone"));
        Forms.showError(linkError, viewModel.errorProperty("link"));
        Forms.showError(countError, viewModel.errorProperty("count"));
        Forms.showError(weekdaysError, viewModel.errorProperty("weekdays"));
        Forms.showError(formError, viewModel.errorProperty("form"));
        Forms.showError(sessionInformation, viewModel.informationProperty());

        formTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> viewModel.editingProperty().get() == null
                ? messages.get(viewModel.repeatProperty().get() ? "events.series.form.title" : "events.session.form.new")
                : messages.get("events.session.form.edit", viewModel.editingProperty().get().toString()),
                viewModel.editingProperty(), viewModel.repeatProperty()));
        saveSessionButton.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> messages.get(
                viewModel.editingProperty().get() != null ? "events.session.save"
                        : viewModel.repeatProperty().get() ? "events.series.create" : "events.session.add"),
                viewModel.editingProperty(), viewModel.repeatProperty()));
        saveSessionButton.disableProperty().bind(viewModel.busyProperty());
        // Enter in a text field of the form saves it, as the button below does.
        for (TextField field : java.util.List.of(startTimeField, endTimeField, linkField, countField)) {
            field.setOnAction(event -> viewModel.save());
        }

        // Conflicts are checked once the user pauses: not on every keystroke, never on the FX thread.
        PauseTransition pause = new PauseTransition(EventsView.TYPING_PAUSE);
        pause.setOnFinished(done -> viewModel.checkConflicts());
        viewModel.draftVersionProperty().addListener((observable, old, version) -> pause.playFromStart());
        viewModel.conflicts().addListener((ListChangeListener<ConflictLine>) change -> showConflicts());
    }

    private void showConflicts() {
        conflictsBox.getChildren().clear();
        for (ConflictLine line : viewModel.conflicts()) {
            Label label = new Label(line.text(), new FontIcon(line.blocks() ? Feather.SLASH : Feather.ALERT_TRIANGLE));
            label.setWrapText(true);
            label.getStyleClass().addAll("conflict-line", line.blocks() ? "conflict-blocks" : "conflict-warns");
            conflictsBox.getChildren().add(label);
        }
    }

    private static void column(TableColumn<SessionRow, SessionRow> column, Function<SessionRow, String> text) {
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(ignored -> Pickers.cell(text));
    }

    @FXML
    private void newSession() {
        sessionsTable.getSelectionModel().clearSelection();
        viewModel.newSession();
        sessionDatePicker.requestFocus();
    }

    @FXML
    private void addSeries() {
        newSession();
        viewModel.repeatProperty().set(true);
    }

    @FXML
    private void cancelSession() {
        viewModel.cancel(sessionsTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void restoreSession() {
        viewModel.restore(sessionsTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void save() {
        viewModel.save();
    }
}
