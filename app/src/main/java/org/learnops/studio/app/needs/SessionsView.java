package org.learnops.studio.app.needs;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.ViewLoader;
import org.learnops.studio.domain.needs.NeedsGroup;
import org.learnops.studio.domain.needs.SessionType;
import org.learnops.studio.domain.stakeholder.Stakeholder;

/** The Sessions tab of the Needs analysis step: the list of sessions and the selected one's form. */
public final class SessionsView {

    private final SessionsViewModel viewModel;
    private final Messages messages;
    private final Parent root;
    private SessionRowViewModel edited;
    private boolean syncingSelection;

    @FXML private Button addSessionButton;
    @FXML private ListView<SessionRowViewModel> sessionsList;
    @FXML private Label sessionPlaceholder;
    @FXML private GridPane sessionForm;
    @FXML private ComboBox<SessionType> typeBox;
    @FXML private DatePicker datePicker;
    @FXML private Label dateError;
    @FXML private ComboBox<NeedsGroup> groupBox;
    @FXML private ListView<Stakeholder> participantsList;
    @FXML private Label noStakeholders;
    @FXML private TextArea notesArea;
    @FXML private Label notesError;
    @FXML private Label sessionFindings;
    @FXML private Button deleteSessionButton;

    public SessionsView(SessionsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        addSessionButton.disableProperty().bind(viewModel.busyProperty());
        typeBox.getItems().setAll(SessionType.values());
        typeBox.setConverter(NeedsAnalysisView.converter(type -> messages.get(type.messageKey())));
        groupBox.getItems().setAll(NeedsGroup.values());
        groupBox.setConverter(NeedsAnalysisView.converter(group -> messages.get(group.messageKey())));
        // A date typed that cannot be read leaves the date empty, which the form flags next to the field.
        StringConverter<LocalDate> standard = datePicker.getConverter();
        datePicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return standard.toString(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return standard.fromString(text);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        showError(dateError);
        showError(notesError);

        sessionsList.setItems(viewModel.sessions());
        sessionsList.setPlaceholder(new Label(messages.get("needs.sessions.empty")));
        sessionsList.setCellFactory(list -> new SessionCell());
        sessionsList.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (row != null && !syncingSelection) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((observable, old, row) -> showSelection());
        viewModel.sessions().addListener((ListChangeListener<SessionRowViewModel>) change -> {
            showSelection();
            sessionsList.refresh();
            participantsList.refresh();
        });

        participantsList.setItems(viewModel.stakeholders());
        participantsList.setCellFactory(list -> new ParticipantCell());
        noStakeholders.visibleProperty().bind(Bindings.isEmpty(viewModel.stakeholders()));
        noStakeholders.managedProperty().bind(noStakeholders.visibleProperty());
        participantsList.visibleProperty().bind(noStakeholders.visibleProperty().not());
        participantsList.managedProperty().bind(participantsList.visibleProperty());
        showSelection();
    }

    private void showSelection() {
        SessionRowViewModel row = viewModel.selectedProperty().get();
        syncingSelection = true;
        try {
            if (row == null) {
                sessionsList.getSelectionModel().clearSelection();
            } else {
                sessionsList.getSelectionModel().select(row);
                sessionsList.scrollTo(row);
            }
        } finally {
            syncingSelection = false;
        }
        showForm(row);
    }

    /** Binds the form to the selected session (and unbinds it from the one before). */
    private void showForm(SessionRowViewModel row) {
        if (row == edited) {
            return;
        }
        if (edited != null) {
            typeBox.valueProperty().unbindBidirectional(edited.typeProperty());
            datePicker.valueProperty().unbindBidirectional(edited.dateProperty());
            groupBox.valueProperty().unbindBidirectional(edited.groupProperty());
            notesArea.textProperty().unbindBidirectional(edited.notesProperty());
            dateError.textProperty().unbind();
            notesError.textProperty().unbind();
            sessionFindings.textProperty().unbind();
        }
        edited = row;
        sessionForm.setVisible(row != null);
        sessionPlaceholder.setVisible(row == null);
        if (row != null) {
            typeBox.valueProperty().bindBidirectional(row.typeProperty());
            datePicker.valueProperty().bindBidirectional(row.dateProperty());
            groupBox.valueProperty().bindBidirectional(row.groupProperty());
            notesArea.textProperty().bindBidirectional(row.notesProperty());
            dateError.textProperty().bind(row.dateErrorProperty());
            notesError.textProperty().bind(row.notesErrorProperty());
            sessionFindings.textProperty().bind(Bindings.createStringBinding(
                    () -> messages.get("needs.sessions.findingCount", viewModel.findingCount(row)), viewModel.sessions()));
        }
        participantsList.refresh();
    }

    private static void showError(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void addSession() {
        viewModel.addSession();
    }

    @FXML
    private void deleteSession() {
        if (viewModel.selectedProperty().get() != null) {
            viewModel.deleteSession(viewModel.selectedProperty().get());
        }
    }

    /** A session in the list: its label, and who took part. */
    private final class SessionCell extends ListCell<SessionRowViewModel> {
        @Override
        protected void updateItem(SessionRowViewModel row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(viewModel.label(row));
            title.getStyleClass().add("session-title");
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            String names = viewModel.participantNames(row);
            Label people = new Label(names.isEmpty() ? messages.get("needs.sessions.nobody") : names);
            people.getStyleClass().add("finding-details");
            people.setWrapText(true);
            VBox box = new VBox(2, title, people);
            box.setMinWidth(0);
            setPrefWidth(0);
            setText(null);
            setGraphic(box);
        }
    }

    /** A stakeholder with a tick box: ticked when they took part in the selected session. */
    private final class ParticipantCell extends ListCell<Stakeholder> {
        private final CheckBox box = new CheckBox();

        ParticipantCell() {
            box.selectedProperty().addListener((observable, was, ticked) -> {
                if (getItem() != null && edited != null) {
                    edited.setParticipant(getItem().id(), ticked);
                }
            });
        }

        @Override
        protected void updateItem(Stakeholder stakeholder, boolean empty) {
            super.updateItem(stakeholder, empty);
            if (empty || stakeholder == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            box.setText(stakeholder.role().isBlank() ? stakeholder.name()
                    : messages.get("needs.sessions.participant", stakeholder.name(), stakeholder.role()));
            box.setId("participant-" + stakeholder.id());
            box.setSelected(edited != null && edited.hasParticipant(stakeholder.id()));
            setText(null);
            setGraphic(box);
        }
    }
}
