package org.learnops.studio.app.events;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.learnops.studio.app.common.Forms;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.ViewLoader;
import org.learnops.studio.domain.operations.EnrolmentLine;
import org.learnops.studio.domain.operations.EnrolmentStatus;

/** The Enrolments tab: find a person and enrol them; the list with the waitlist, reordering and cancelling. */
public final class EnrolmentsView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EnrolmentsViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    @FXML private TextField findField;
    @FXML private ComboBox<Choice<Long>> foundCombo;
    @FXML private Button enrolButton;
    @FXML private Label enrolError;
    @FXML private Label enrolInformation;
    @FXML private TableView<EnrolmentLine> enrolmentsTable;
    @FXML private TableColumn<EnrolmentLine, EnrolmentLine> nameColumn;
    @FXML private TableColumn<EnrolmentLine, EnrolmentLine> statusColumn;
    @FXML private TableColumn<EnrolmentLine, EnrolmentLine> positionColumn;
    @FXML private TableColumn<EnrolmentLine, EnrolmentLine> enrolledAtColumn;
    @FXML private Button moveUpButton;
    @FXML private Button moveDownButton;
    @FXML private Button cancelEnrolmentButton;

    EnrolmentsView(EnrolmentsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        findField.textProperty().bindBidirectional(viewModel.findTextProperty());
        PauseTransition pause = new PauseTransition(EventsView.TYPING_PAUSE);
        pause.setOnFinished(done -> viewModel.find());
        findField.textProperty().addListener((observable, old, typed) -> pause.playFromStart());
        // Enter enrols the person found (or searches at once if the pause has not ended yet).
        findField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                if (pause.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                    pause.stop();
                    viewModel.find();
                } else {
                    viewModel.enrol();
                }
                event.consume();
            }
        });
        foundCombo.setItems(viewModel.found());
        Pickers.choose(foundCombo, viewModel.chosenProperty());
        viewModel.chosenProperty().addListener((observable, old, chosen) -> {
            if (chosen == null) {
                foundCombo.setValue(null);
            }
        });
        enrolButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.chosenProperty().isNull()));
        Forms.showError(enrolError, viewModel.errorProperty());
        Forms.showError(enrolInformation, viewModel.informationProperty());

        enrolmentsTable.setItems(viewModel.lines());
        column(nameColumn, EnrolmentLine::personName);
        column(statusColumn, line -> messages.get(line.enrolment().status().messageKey()));
        column(positionColumn, line -> line.enrolment().waitlistPosition() == 0 ? ""
                : Integer.toString(line.enrolment().waitlistPosition()));
        column(enrolledAtColumn, line -> WHEN.format(line.enrolment().enrolledAt().atZone(ZoneId.systemDefault())));
        enrolmentsTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(EnrolmentLine line, boolean empty) {
                super.updateItem(line, empty);
                setId(empty || line == null ? null : "enrolment-" + line.enrolment().personId());
            }
        });
        var selected = enrolmentsTable.getSelectionModel().selectedItemProperty();
        var waitlisted = Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().enrolment().status() == EnrolmentStatus.WAITLISTED, selected);
        moveUpButton.disableProperty().bind(waitlisted.not().or(viewModel.busyProperty()));
        moveDownButton.disableProperty().bind(waitlisted.not().or(viewModel.busyProperty()));
        cancelEnrolmentButton.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().enrolment().status() == EnrolmentStatus.CANCELLED, selected).or(viewModel.busyProperty()));
        icon(moveUpButton, Feather.ARROW_UP, "events.enrolment.moveUp");
        icon(moveDownButton, Feather.ARROW_DOWN, "events.enrolment.moveDown");
        cancelEnrolmentButton.setGraphic(new FontIcon(Feather.USER_X));
    }

    private void icon(Button button, Feather icon, String key) {
        button.setGraphic(new FontIcon(icon));
        button.setTooltip(new Tooltip(messages.get(key)));
        button.setAccessibleText(messages.get(key));
    }

    private static void column(TableColumn<EnrolmentLine, EnrolmentLine> column, Function<EnrolmentLine, String> text) {
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(ignored -> Pickers.cell(text));
    }

    private EnrolmentLine selected() {
        return enrolmentsTable.getSelectionModel().getSelectedItem();
    }

    @FXML
    private void enrol() {
        viewModel.enrol();
    }

    @FXML
    private void moveUp() {
        viewModel.moveUp(selected());
    }

    @FXML
    private void moveDown() {
        viewModel.moveDown(selected());
    }

    @FXML
    private void cancelEnrolment() {
        viewModel.cancel(selected());
    }
}
