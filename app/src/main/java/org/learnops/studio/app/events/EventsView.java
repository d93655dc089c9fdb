package org.learnops.studio.app.events;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.learnops.studio.app.common.Forms;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.ViewLoader;
import org.learnops.studio.domain.operations.AuditEntry;
import org.learnops.studio.domain.operations.EventStatus;
import org.learnops.studio.domain.operations.EventSummary;

/**
 * The "Events & sessions" screen: the events list on the left (filtered in the database as the
 * user types), the selected event's editor on the right with its tabs. Binds to
 * {@link EventsViewModel} and forwards intents.
 */
public final class EventsView {

    /** How long typing must pause before the list is filtered again. */
    static final Duration TYPING_PAUSE = Duration.millis(200);
    private static final javafx.css.PseudoClass CANCELLED = javafx.css.PseudoClass.getPseudoClass("cancelled");
    private static final KeyCombination NEW_EVENT = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final EventsViewModel viewModel;
    private final EventEditorViewModel editor;
    private final Messages messages;
    private final Parent root;

    @FXML private TextField filterField;
    @FXML private ComboBox<Choice<EventStatus>> statusFilterCombo;
    @FXML private CheckBox showCancelledCheck;
    @FXML private Button newEventButton;
    @FXML private Label summaryLabel;
    @FXML private Label newEventError;
    @FXML private TableView<EventRow> eventsTable;
    @FXML private TableColumn<EventRow, EventSummary> courseColumn;
    @FXML private TableColumn<EventRow, EventSummary> datesColumn;
    @FXML private TableColumn<EventRow, EventSummary> statusColumn;
    @FXML private TableColumn<EventRow, EventSummary> placesColumn;
    @FXML private Button loadMoreButton;
    @FXML private Label noSelection;
    @FXML private VBox editorPane;
    @FXML private Label headingLabel;
    @FXML private Label statusLineLabel;
    @FXML private Label cancellationLabel;
    @FXML private Label informationLabel;
    @FXML private Button exportButton;
    @FXML private Button cancelEventButton;
    @FXML private Button restoreEventButton;
    @FXML private TabPane editorTabs;
    @FXML private Tab sessionsTab;
    @FXML private Tab enrolmentsTab;
    @FXML private Tab attendanceTab;
    @FXML private Tab costsTab;
    @FXML private ComboBox<Choice<Long>> courseCombo;
    @FXML private Label courseError;
    @FXML private ComboBox<Choice<Long>> coordinatorCombo;
    @FXML private TextField businessAreaField;
    @FXML private Label businessAreaError;
    @FXML private TextField regionField;
    @FXML private Label regionError;
    @FXML private TextField capacityField;
    @FXML private Label capacityError;
    @FXML private TextField minimumField;
    @FXML private Label minimumError;
    @FXML private ComboBox<EventStatus> statusCombo;
    @FXML private Label statusError;
    @FXML private DatePicker startsOnPicker;
    @FXML private Label startsOnError;
    @FXML private DatePicker endsOnPicker;
    @FXML private Label endsOnError;
    @FXML private Label eventError;
    @FXML private TableView<AuditEntry> historyTable;
    @FXML private TableColumn<AuditEntry, AuditEntry> historyWhenColumn;
    @FXML private TableColumn<AuditEntry, AuditEntry> historyWhoColumn;
    @FXML private TableColumn<AuditEntry, AuditEntry> historyWhatColumn;
    @FXML private TableColumn<AuditEntry, AuditEntry> historyChangeColumn;

    public EventsView(EventsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.editor = viewModel.editor();
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
        // Ctrl+N here means a new event (it is consumed before the File menu's "New workspace" sees it).
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (NEW_EVENT.match(event)) {
                event.consume();
                viewModel.newEvent();
            }
        });
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        setUpFilters();
        setUpTable();
        setUpEditor();
        setUpDetails();
        setUpHistory();
        sessionsTab.setContent(new SessionsView(editor.sessions(), messages).root());
        enrolmentsTab.setContent(new EnrolmentsView(editor.enrolments(), messages).root());
        attendanceTab.setContent(new AttendanceView(editor.attendance(), messages).root());
        costsTab.setContent(new CostsView(editor.costs(), messages).root());
    }

    private void setUpFilters() {
        filterField.setText(viewModel.filterTextProperty().get());
        PauseTransition pause = new PauseTransition(TYPING_PAUSE);
        pause.setOnFinished(done -> viewModel.filterTextProperty().set(filterField.getText()));
        filterField.textProperty().addListener((observable, old, typed) -> pause.playFromStart());
        filterField.setOnAction(enter -> {
            pause.stop();
            viewModel.filterTextProperty().set(filterField.getText());
            eventsTable.requestFocus();
            if (!eventsTable.getItems().isEmpty() && eventsTable.getSelectionModel().isEmpty()) {
                eventsTable.getSelectionModel().select(0);
            }
        });
        statusFilterCombo.setItems(viewModel.statusFilters());
        Pickers.choose(statusFilterCombo, viewModel.statusFilterProperty());
        showCancelledCheck.selectedProperty().bindBidirectional(viewModel.showCancelledProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        Forms.showError(newEventError, viewModel.newEventErrorProperty());
        newEventButton.disableProperty().bind(viewModel.busyProperty());
        newEventButton.setGraphic(new FontIcon(Feather.PLUS));
        newEventButton.setTooltip(new Tooltip(messages.get("events.new.tooltip")));
    }

    private void setUpTable() {
        eventsTable.setItems(viewModel.rows());
        eventsTable.setRowFactory(table -> new EventTableRow());
        // Two lines per event: the course with who coordinates it and for which area; first and last day.
        twoLines(courseColumn, EventSummary::courseTitle, summary -> String.join(" · ", java.util.stream.Stream.of(
                summary.coordinatorName(), summary.event().businessArea()).filter(text -> !text.isBlank()).toList()));
        twoLines(datesColumn, summary -> EventsContext.date(summary.event().startsOn()),
                summary -> summary.event().endsOn().equals(summary.event().startsOn()) ? ""
                        : messages.get("events.dates.until", EventsContext.date(summary.event().endsOn())));
        column(statusColumn, summary -> messages.get(summary.shownStatus().messageKey()));
        twoLines(placesColumn, summary -> messages.get("events.places", summary.enrolled(), summary.event().capacity()),
                summary -> summary.waitlisted() == 0 ? "" : messages.get("events.waiting", summary.waitlisted()));
        loadMoreButton.visibleProperty().bind(viewModel.canLoadMoreProperty());
        loadMoreButton.managedProperty().bind(loadMoreButton.visibleProperty());

        eventsTable.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (row != null) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((observable, old, row) -> {
            if (row == null) {
                eventsTable.getSelectionModel().clearSelection();
            } else if (eventsTable.getSelectionModel().getSelectedItem() != row) {
                eventsTable.getSelectionModel().select(row);
                eventsTable.scrollTo(row);
            }
        });
        // Enter goes from the list to the selected event's details.
        eventsTable.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && viewModel.selectedProperty().get() != null) {
                editorTabs.getSelectionModel().select(0);
                courseCombo.requestFocus();
                event.consume();
            }
        });
    }

    private void column(TableColumn<EventRow, EventSummary> column, java.util.function.Function<EventSummary, String> text) {
        column.setCellValueFactory(data -> data.getValue().summaryProperty());
        column.setCellFactory(ignored -> Pickers.cell(text));
    }

    private void twoLines(TableColumn<EventRow, EventSummary> column, java.util.function.Function<EventSummary, String> first,
                          java.util.function.Function<EventSummary, String> second) {
        column.setCellValueFactory(data -> data.getValue().summaryProperty());
        column.setCellFactory(ignored -> new javafx.scene.control.TableCell<>() {
            private final Label top = new Label();
            private final Label below = new Label();
            private final VBox lines = new VBox(1, top, below);

            {
                below.getStyleClass().add("events-second-line");
            }

            @Override
            protected void updateItem(EventSummary summary, boolean empty) {
                super.updateItem(summary, empty);
                setText(null);
                if (empty || summary == null) {
                    setGraphic(null);
                    return;
                }
                top.setText(first.apply(summary));
                below.setText(second.apply(summary));
                below.setVisible(!below.getText().isEmpty());
                setGraphic(lines);
            }
        });
    }

    private void setUpEditor() {
        noSelection.visibleProperty().bind(editor.shownProperty().isNull());
        editorPane.visibleProperty().bind(editor.shownProperty().isNotNull());
        headingLabel.textProperty().bind(editor.headingProperty());
        statusLineLabel.textProperty().bind(editor.statusLineProperty());
        Forms.showError(cancellationLabel, editor.cancellationLineProperty());
        Forms.showError(informationLabel, editor.informationProperty());
        cancelEventButton.visibleProperty().bind(editor.cancelledProperty().not());
        cancelEventButton.managedProperty().bind(cancelEventButton.visibleProperty());
        restoreEventButton.visibleProperty().bind(editor.cancelledProperty());
        restoreEventButton.managedProperty().bind(restoreEventButton.visibleProperty());
        cancelEventButton.disableProperty().bind(editor.busyProperty());
        restoreEventButton.disableProperty().bind(editor.busyProperty());
        exportButton.disableProperty().bind(editor.busyProperty());
        exportButton.setGraphic(new FontIcon(Feather.CALENDAR));
        cancelEventButton.setGraphic(new FontIcon(Feather.X_CIRCLE));
        restoreEventButton.setGraphic(new FontIcon(Feather.ROTATE_CCW));
    }

    private void setUpDetails() {
        References references = viewModel.references();
        courseCombo.setItems(references.courses());
        Pickers.choose(courseCombo, editor.courseProperty());
        coordinatorCombo.setItems(references.coordinators());
        Pickers.choose(coordinatorCombo, editor.coordinatorProperty());
        Pickers.commitOnLeave(businessAreaField, editor.businessAreaProperty(), editor::saveDetails);
        Pickers.commitOnLeave(regionField, editor.regionProperty(), editor::saveDetails);
        Pickers.commitOnLeave(capacityField, editor.capacityProperty(), editor::saveDetails);
        Pickers.commitOnLeave(minimumField, editor.minimumEnrolmentProperty(), editor::saveDetails);
        statusCombo.setItems(editor.settableStatuses());
        Pickers.labelled(statusCombo, status -> messages.get(status.messageKey()));
        Pickers.choose(statusCombo, editor.statusProperty());
        Pickers.date(startsOnPicker, editor.startsOnProperty());
        Pickers.date(endsOnPicker, editor.endsOnProperty());
        Forms.showError(courseError, editor.errorProperty("courseId"));
        Forms.showError(businessAreaError, editor.errorProperty("businessArea"));
        Forms.showError(regionError, editor.errorProperty("region"));
        Forms.showError(capacityError, editor.errorProperty("capacity"));
        Forms.showError(minimumError, editor.errorProperty("minimumEnrolment"));
        Forms.showError(statusError, editor.errorProperty("status"));
        Forms.showError(startsOnError, editor.errorProperty("startsOn"));
        Forms.showError(endsOnError, editor.errorProperty("endsOn"));
        Forms.showError(eventError, editor.errorProperty("event"));
    }

    private void setUpHistory() {
        historyTable.setItems(editor.history());
        history(historyWhenColumn, EventEditorViewModel::when);
        history(historyWhoColumn, AuditEntry::user);
        history(historyWhatColumn, entry -> messages.get("events.history.action", entry.action(),
                messages.get(recordKey(entry))));
        history(historyChangeColumn, entry -> entry.before().isEmpty() ? entry.after()
                : entry.after().isEmpty() ? entry.before() : messages.get("events.history.beforeAfter", entry.before(), entry.after()));
    }

    /** The record types the history knows; anything else is shown as the event's. */
    private static String recordKey(AuditEntry entry) {
        return switch (entry.recordType()) {
            case "session" -> "events.history.record.session";
            case "enrolment" -> "events.history.record.enrolment";
            case "cost" -> "events.history.record.cost";
            default -> "events.history.record.event";
        };
    }

    private static void history(TableColumn<AuditEntry, AuditEntry> column, java.util.function.Function<AuditEntry, String> text) {
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(ignored -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(AuditEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : text.apply(entry));
                // Long descriptions are cut in the table; the whole text shows on hover.
                setTooltip(empty || entry == null ? null : new Tooltip(getText()));
            }
        });
    }

    /** A row with a stable id for tests ({@code event-<id>}) that reads the next page when it comes into view near the end. */
    private final class EventTableRow extends TableRow<EventRow> {
        @Override
        protected void updateItem(EventRow row, boolean empty) {
            super.updateItem(row, empty);
            setId(empty || row == null ? null : "event-" + row.id());
            pseudoClassStateChanged(CANCELLED, !empty && row != null && row.summary().event().isCancelled());
            if (!empty && row != null && getIndex() >= getTableView().getItems().size() - 10
                    && viewModel.canLoadMoreProperty().get()) {
                Platform.runLater(viewModel::loadMore);
            }
        }
    }

    @FXML
    private void newEvent() {
        viewModel.newEvent();
    }

    @FXML
    private void loadMore() {
        viewModel.loadMore();
    }

    @FXML
    private void cancelEvent() {
        editor.cancelEvent();
    }

    @FXML
    private void restoreEvent() {
        editor.restoreEvent();
    }

    @FXML
    private void exportCalendar() {
        editor.exportCalendar();
    }
}
