package org.learnops.studio.app.directory;

import org.learnops.studio.app.common.Choice;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.learnops.studio.app.common.Forms;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.ViewLoader;
import org.learnops.studio.domain.operations.ConflictKind;
import org.learnops.studio.domain.operations.ConflictPolicy;
import org.learnops.studio.domain.operations.CourseFormat;
import org.learnops.studio.domain.operations.OperationsRules;

/**
 * "People, rooms & courses": a tab per kind of record (a list beside the selected record's form)
 * and a tab for the conflict rules. Binds to {@link DirectoryViewModel} and forwards intents.
 */
public final class DirectoryView {

    private final DirectoryViewModel viewModel;
    private final Messages messages;
    private final Parent root;
    private final List<Runnable> unbindPerson = new ArrayList<>();
    private final List<Runnable> unbindRoom = new ArrayList<>();
    private final List<Runnable> unbindCourse = new ArrayList<>();

    @FXML private TextField peopleSearch;
    @FXML private Label peopleSummary;
    @FXML private ListView<PersonRowViewModel> peopleList;
    @FXML private TextField newPersonField;
    @FXML private Button addPersonButton;
    @FXML private Label newPersonError;
    @FXML private Label noPerson;
    @FXML private ScrollPane personEditor;
    @FXML private TextField personName;
    @FXML private Button deletePersonButton;
    @FXML private Label personNameError;
    @FXML private TextField personEmail;
    @FXML private Label personEmailError;
    @FXML private TextField personBusinessArea;
    @FXML private TextField personRegion;
    @FXML private CheckBox facilitatorCheck;
    @FXML private CheckBox participantCheck;
    @FXML private CheckBox coordinatorCheck;
    @FXML private Label personRolesError;

    @FXML private ListView<RoomRowViewModel> roomList;
    @FXML private TextField newRoomField;
    @FXML private Button addRoomButton;
    @FXML private Label newRoomError;
    @FXML private Label noRoom;
    @FXML private ScrollPane roomEditor;
    @FXML private TextField roomName;
    @FXML private Button deleteRoomButton;
    @FXML private Label roomNameError;
    @FXML private TextField roomSite;
    @FXML private Spinner<Integer> roomCapacity;
    @FXML private Label roomCapacityError;
    @FXML private CheckBox roomVirtual;
    @FXML private VBox roomLinkBox;
    @FXML private TextField roomLink;
    @FXML private Label roomLinkError;

    @FXML private ListView<CourseRowViewModel> courseList;
    @FXML private TextField newCourseField;
    @FXML private Button addCourseButton;
    @FXML private Label newCourseError;
    @FXML private Label noCourse;
    @FXML private ScrollPane courseEditor;
    @FXML private TextField courseTitle;
    @FXML private Button deleteCourseButton;
    @FXML private Label courseTitleError;
    @FXML private ComboBox<Choice> courseArea;
    @FXML private ComboBox<CourseFormat> courseFormat;
    @FXML private Spinner<Integer> courseDuration;
    @FXML private Label courseDurationError;
    @FXML private ComboBox<Choice> courseOwner;

    @FXML private GridPane rulesGrid;

    public DirectoryView(DirectoryViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        setUpPeople();
        setUpRooms();
        setUpCourses();
        setUpRules();
    }

    // --- people ---

    private void setUpPeople() {
        peopleSearch.textProperty().bindBidirectional(viewModel.searchProperty());
        peopleSummary.textProperty().bind(viewModel.peopleSummaryProperty());
        peopleList.setItems(viewModel.people());
        peopleList.setCellFactory(list -> cell(row -> Bindings.createStringBinding(() -> describe(row),
                row.nameProperty(), row.facilitatorProperty(), row.participantProperty(), row.coordinatorProperty())));
        select(peopleList, viewModel.selectedPersonProperty());
        newPersonField.textProperty().bindBidirectional(viewModel.newPersonNameProperty());
        newPersonField.setOnAction(event -> viewModel.addPerson());
        Forms.showError(newPersonError, viewModel.newPersonErrorProperty());
        addPersonButton.disableProperty().bind(viewModel.busyProperty());
        trash(deletePersonButton, "directory.person.delete.tooltip");
        peopleList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                viewModel.deletePerson(peopleList.getSelectionModel().getSelectedItem());
            }
        });
        viewModel.selectedPersonProperty().addListener((observable, old, row) -> editPerson(row));
        editPerson(viewModel.selectedPersonProperty().get());
    }

    private String describe(PersonRowViewModel row) {
        List<String> roles = new ArrayList<>();
        if (row.facilitatorProperty().get()) {
            roles.add(messages.get("personRole.facilitator"));
        }
        if (row.participantProperty().get()) {
            roles.add(messages.get("personRole.participant"));
        }
        if (row.coordinatorProperty().get()) {
            roles.add(messages.get("personRole.coordinator"));
        }
        return messages.get("directory.people.line", row.nameProperty().get(), String.join(", ", roles));
    }

    private void editPerson(PersonRowViewModel row) {
        unbindPerson.forEach(Runnable::run);
        unbindPerson.clear();
        noPerson.setVisible(row == null);
        personEditor.setVisible(row != null);
        if (row == null) {
            return;
        }
        text(unbindPerson, personName, row.nameProperty());
        text(unbindPerson, personEmail, row.emailProperty());
        text(unbindPerson, personBusinessArea, row.businessAreaProperty());
        text(unbindPerson, personRegion, row.regionProperty());
        check(unbindPerson, facilitatorCheck, row.facilitatorProperty());
        check(unbindPerson, participantCheck, row.participantProperty());
        check(unbindPerson, coordinatorCheck, row.coordinatorProperty());
        Forms.showError(personNameError, row.errors().get("name"));
        Forms.showError(personEmailError, row.errors().get("email"));
        Forms.showError(personRolesError, row.errors().get("roles"));
    }

    @FXML
    private void addPerson() {
        viewModel.addPerson();
    }

    @FXML
    private void deletePerson() {
        viewModel.deletePerson(viewModel.selectedPersonProperty().get());
    }

    // --- rooms ---

    private void setUpRooms() {
        roomList.setItems(viewModel.rooms());
        roomList.setCellFactory(list -> cell(row -> Bindings.createStringBinding(() -> messages.get(
                row.virtualProperty().get() ? "directory.rooms.lineVirtual" : "directory.rooms.line",
                row.nameProperty().get(), row.siteProperty().get(), row.capacityProperty().get() == null ? 0 : row.capacityProperty().get()),
                row.nameProperty(), row.siteProperty(), row.capacityProperty(), row.virtualProperty())));
        select(roomList, viewModel.selectedRoomProperty());
        newRoomField.textProperty().bindBidirectional(viewModel.newRoomNameProperty());
        newRoomField.setOnAction(event -> viewModel.addRoom());
        Forms.showError(newRoomError, viewModel.newRoomErrorProperty());
        addRoomButton.disableProperty().bind(viewModel.busyProperty());
        trash(deleteRoomButton, "directory.room.delete.tooltip");
        roomList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                viewModel.deleteRoom(roomList.getSelectionModel().getSelectedItem());
            }
        });
        roomCapacity.setValueFactory(integers(0, OperationsRules.MAX_CAPACITY));
        viewModel.selectedRoomProperty().addListener((observable, old, row) -> editRoom(row));
        editRoom(viewModel.selectedRoomProperty().get());
    }

    private void editRoom(RoomRowViewModel row) {
        unbindRoom.forEach(Runnable::run);
        unbindRoom.clear();
        noRoom.setVisible(row == null);
        roomEditor.setVisible(row != null);
        if (row == null) {
            return;
        }
        text(unbindRoom, roomName, row.nameProperty());
        text(unbindRoom, roomSite, row.siteProperty());
        check(unbindRoom, roomVirtual, row.virtualProperty());
        text(unbindRoom, roomLink, row.linkProperty());
        number(unbindRoom, roomCapacity, row.capacityProperty());
        roomLinkBox.visibleProperty().bind(row.virtualProperty());
        roomLinkBox.managedProperty().bind(row.virtualProperty());
        Forms.showError(roomNameError, row.errors().get("name"));
        Forms.showError(roomCapacityError, row.errors().get("capacity"));
        Forms.showError(roomLinkError, row.errors().get("link"));
    }

    @FXML
    private void addRoom() {
        viewModel.addRoom();
    }

    @FXML
    private void deleteRoom() {
        viewModel.deleteRoom(viewModel.selectedRoomProperty().get());
    }

    // --- courses ---

    private void setUpCourses() {
        courseList.setItems(viewModel.courses());
        courseList.setCellFactory(list -> cell(row -> Bindings.createStringBinding(() -> messages.get("directory.courses.line",
                row.titleProperty().get(), row.formatProperty().get()), row.titleProperty(), row.formatProperty())));
        select(courseList, viewModel.selectedCourseProperty());
        newCourseField.textProperty().bindBidirectional(viewModel.newCourseTitleProperty());
        newCourseField.setOnAction(event -> viewModel.addCourse());
        Forms.showError(newCourseError, viewModel.newCourseErrorProperty());
        addCourseButton.disableProperty().bind(viewModel.busyProperty());
        trash(deleteCourseButton, "directory.course.delete.tooltip");
        courseList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                viewModel.deleteCourse(courseList.getSelectionModel().getSelectedItem());
            }
        });
        courseArea.setItems(viewModel.areaChoices());
        courseOwner.setItems(viewModel.ownerChoices());
        courseFormat.getItems().setAll(CourseFormat.values());
        courseFormat.setConverter(Forms.labels(format -> messages.get(format.messageKey())));
        courseDuration.setValueFactory(integers(0, OperationsRules.MAX_DURATION_MINUTES));
        viewModel.selectedCourseProperty().addListener((observable, old, row) -> editCourse(row));
        editCourse(viewModel.selectedCourseProperty().get());
    }

    private void editCourse(CourseRowViewModel row) {
        unbindCourse.forEach(Runnable::run);
        unbindCourse.clear();
        noCourse.setVisible(row == null);
        courseEditor.setVisible(row != null);
        if (row == null) {
            return;
        }
        text(unbindCourse, courseTitle, row.titleProperty());
        choose(unbindCourse, courseArea, row.areaProperty());
        choose(unbindCourse, courseFormat, row.formatProperty());
        choose(unbindCourse, courseOwner, row.ownerProperty());
        number(unbindCourse, courseDuration, row.durationProperty());
        Forms.showError(courseTitleError, row.errors().get("title"));
        Forms.showError(courseDurationError, row.errors().get("defaultDurationMinutes"));
    }

    @FXML
    private void addCourse() {
        viewModel.addCourse();
    }

    @FXML
    private void deleteCourse() {
        viewModel.deleteCourse(viewModel.selectedCourseProperty().get());
    }

    // --- conflict rules ---

    private void setUpRules() {
        int line = 0;
        for (ConflictKind kind : ConflictKind.values()) {
            Label name = new Label(messages.get(kind.messageKey()));
            name.getStyleClass().add("form-label");
            name.setMinWidth(Label.USE_PREF_SIZE);
            ComboBox<ConflictPolicy> policy = new ComboBox<>();
            policy.setId("policy-" + kind.name());
            policy.getItems().setAll(ConflictPolicy.values());
            policy.setConverter(Forms.labels(value -> messages.get(value.messageKey())));
            name.setLabelFor(policy);
            ObjectProperty<ConflictPolicy> stored = viewModel.policyProperty(kind);
            policy.setValue(stored.get());
            stored.addListener((observable, old, value) -> policy.setValue(value));
            policy.valueProperty().addListener((observable, old, value) -> {
                if (value != null) {
                    stored.set(value);
                }
            });
            Label explanation = new Label();
            explanation.setWrapText(true);
            explanation.getStyleClass().add("step-intro");
            explanation.textProperty().bind(Bindings.createStringBinding(() -> explain(stored.get()), stored));
            GridPane.setHgrow(explanation, Priority.ALWAYS);
            rulesGrid.addRow(line++, name, policy, explanation);
        }
    }

    private String explain(ConflictPolicy policy) {
        return switch (policy == null ? ConflictPolicy.WARN : policy) {
            case WARN -> messages.get("directory.rules.explain.warn");
            case BLOCK -> messages.get("directory.rules.explain.block");
            case OVERRIDE_WITH_REASON -> messages.get("directory.rules.explain.override");
        };
    }

    // --- shared bindings ---

    private static <T> ListCell<T> cell(Function<T, ObservableValue<String>> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                textProperty().unbind();
                if (empty || item == null) {
                    setText(null);
                } else {
                    textProperty().bind(text.apply(item));
                }
            }
        };
    }

    /** List selection and the ViewModel's selection follow each other. */
    private static <T> void select(ListView<T> list, ObjectProperty<T> selected) {
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (row != null) {
                selected.set(row);
            }
        });
        selected.addListener((observable, old, row) -> {
            if (row == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(row);
                list.scrollTo(row);
            }
        });
    }

    private void trash(Button button, String tooltipKey) {
        button.setGraphic(new FontIcon(Feather.TRASH_2));
        button.setTooltip(new Tooltip(messages.get(tooltipKey)));
        button.setAccessibleText(messages.get(tooltipKey));
        button.disableProperty().bind(viewModel.busyProperty());
    }

    private static void text(List<Runnable> unbind, TextField field, StringProperty property) {
        field.textProperty().bindBidirectional(property);
        unbind.add(() -> field.textProperty().unbindBidirectional(property));
    }

    private static void check(List<Runnable> unbind, CheckBox box, BooleanProperty property) {
        box.selectedProperty().bindBidirectional(property);
        unbind.add(() -> box.selectedProperty().unbindBidirectional(property));
    }

    private static void number(List<Runnable> unbind, Spinner<Integer> spinner, ObjectProperty<Integer> property) {
        spinner.getValueFactory().setValue(property.get());
        spinner.getEditor().setText(property.get() == null ? "" : String.valueOf(property.get()));
        ChangeListener<Integer> toRow = (observable, old, value) -> property.set(value);
        ChangeListener<Integer> toSpinner = (observable, old, value) -> spinner.getValueFactory().setValue(value);
        spinner.getValueFactory().valueProperty().addListener(toRow);
        property.addListener(toSpinner);
        unbind.add(() -> {
            spinner.getValueFactory().valueProperty().removeListener(toRow);
            property.removeListener(toSpinner);
        });
    }

    /**
     * A list control that shows and sets {@code property}. A {@code null} from the control means
     * its choices changed under it, not a choice, so it is ignored.
     */
    private static <T> void choose(List<Runnable> unbind, ComboBox<T> combo, ObjectProperty<T> property) {
        combo.setValue(property.get());
        ChangeListener<T> toRow = (observable, old, value) -> {
            if (value != null) {
                property.set(value);
            }
        };
        ChangeListener<T> toCombo = (observable, old, value) -> combo.setValue(value);
        ListChangeListener<T> keep = change -> combo.setValue(property.get());
        combo.valueProperty().addListener(toRow);
        property.addListener(toCombo);
        combo.getItems().addListener(keep);
        unbind.add(() -> {
            combo.valueProperty().removeListener(toRow);
            property.removeListener(toCombo);
            combo.getItems().removeListener(keep);
        });
    }

    /** Whole numbers in a range; text that is no number leaves the field empty, which the form refuses inline. */
    private static SpinnerValueFactory<Integer> integers(int min, int max) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text == null ? "" : text.strip());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        });
        return factory;
    }
}
