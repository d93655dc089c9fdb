package org.learnops.studio.app.artefacts;

import org.learnops.studio.app.common.Choice;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.learnops.studio.app.common.Forms;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.ViewLoader;
import org.learnops.studio.domain.artefacts.Channel;
import org.learnops.studio.domain.artefacts.CommunicationStatus;
import org.learnops.studio.domain.artefacts.Direction;
import org.learnops.studio.domain.artefacts.PolicyStatus;
import org.learnops.studio.domain.artefacts.SystemType;

/**
 * The Supporting artefacts step's screen: one tab per artefact, each a list and an editor for the
 * selected record; the ecosystem map's tab shows the diagram. Binds to {@link ArtefactsViewModel}.
 */
public final class ArtefactsView {

    /** Dates are shown and typed as 2027-03-31, as on the Expectations step. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private final ArtefactsViewModel viewModel;
    private final Messages messages;
    private final Parent root;
    private EcosystemDiagram diagram;

    @FXML private TextField newSystemField;
    @FXML private ComboBox<SystemType> newSystemTypeCombo;
    @FXML private Button addSystemButton;
    @FXML private Button addIntegrationButton;
    @FXML private Button savePictureButton;
    @FXML private Label mapError;
    @FXML private ScrollPane mapScroll;
    @FXML private ScrollPane mapEditorScroll;
    @FXML private Label noSystem;
    @FXML private Node systemForm;
    @FXML private TextField systemNameField;
    @FXML private Button deleteSystemButton;
    @FXML private Label systemNameError;
    @FXML private ComboBox<SystemType> systemTypeCombo;
    @FXML private ComboBox<Choice> systemOwnerCombo;
    @FXML private TextArea systemNotesArea;
    @FXML private Label systemNotesError;
    @FXML private ListView<IntegrationRow> integrationList;
    @FXML private Node integrationForm;
    @FXML private ComboBox<Choice> fromCombo;
    @FXML private Label fromError;
    @FXML private ComboBox<Choice> toCombo;
    @FXML private Label toError;
    @FXML private TextField dataField;
    @FXML private Button deleteIntegrationButton;
    @FXML private Label dataError;
    @FXML private ComboBox<Direction> directionCombo;

    @FXML private TextField searchField;
    @FXML private TextField newTermField;
    @FXML private Button addTermButton;
    @FXML private Label glossaryError;
    @FXML private TableView<TermRow> termTable;
    @FXML private TableColumn<TermRow, String> termColumn;
    @FXML private TableColumn<TermRow, String> synonymsColumn;
    @FXML private Label noTerm;
    @FXML private Node termForm;
    @FXML private TextField termField;
    @FXML private Button deleteTermButton;
    @FXML private Label termError;
    @FXML private TextArea definitionArea;
    @FXML private Label definitionError;
    @FXML private TextField synonymsField;
    @FXML private Label synonymsError;
    @FXML private ComboBox<Choice> termOwnerCombo;

    @FXML private TextField newPolicyField;
    @FXML private Button addPolicyButton;
    @FXML private Label policyAddError;
    @FXML private TableView<PolicyRow> policyTable;
    @FXML private TableColumn<PolicyRow, String> policyTitleColumn;
    @FXML private TableColumn<PolicyRow, PolicyRow> policyReviewColumn;
    @FXML private Label noPolicy;
    @FXML private Node policyForm;
    @FXML private TextField policyTitleField;
    @FXML private Button deletePolicyButton;
    @FXML private Label policyTitleError;
    @FXML private ComboBox<Choice> policyAreaCombo;
    @FXML private ComboBox<Choice> policyOwnerCombo;
    @FXML private ComboBox<PolicyStatus> policyStatusCombo;
    @FXML private DatePicker reviewDatePicker;
    @FXML private Label reviewOverdueLabel;
    @FXML private TextArea bodyArea;
    @FXML private Label bodyError;

    @FXML private TextField newAudienceField;
    @FXML private Button addCommunicationButton;
    @FXML private Label communicationAddError;
    @FXML private TableView<CommunicationRow> communicationTable;
    @FXML private TableColumn<CommunicationRow, LocalDate> dateColumn;
    @FXML private TableColumn<CommunicationRow, String> audienceColumn;
    @FXML private TableColumn<CommunicationRow, Channel> channelColumn;
    @FXML private TableColumn<CommunicationRow, CommunicationStatus> communicationStatusColumn;
    @FXML private Label noCommunication;
    @FXML private Node communicationForm;
    @FXML private TextField audienceField;
    @FXML private Button deleteCommunicationButton;
    @FXML private Label audienceError;
    @FXML private TextArea messageArea;
    @FXML private Label messageError;
    @FXML private ComboBox<Channel> channelCombo;
    @FXML private DatePicker communicationDatePicker;
    @FXML private ComboBox<Choice> communicationOwnerCombo;
    @FXML private ComboBox<CommunicationStatus> communicationStatusCombo;

    public ArtefactsView(ArtefactsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        setUpMap();
        setUpGlossary();
        setUpPolicies();
        setUpCommunications();
        for (Label error : List.of(glossaryError, policyAddError, communicationAddError)) {
            Forms.showError(error, viewModel.addErrorProperty());
        }
        Forms.showError(mapError, javafx.beans.binding.Bindings.concat(viewModel.addErrorProperty(),
                viewModel.integrationErrorProperty()));
        for (Button add : List.of(addSystemButton, addIntegrationButton, addTermButton, addPolicyButton,
                addCommunicationButton, savePictureButton)) {
            add.disableProperty().bind(viewModel.busyProperty());
        }
        deleteButton(deleteSystemButton, "artefacts.system.delete");
        deleteButton(deleteIntegrationButton, "artefacts.integration.delete");
        deleteButton(deleteTermButton, "artefacts.glossary.delete");
        deleteButton(deletePolicyButton, "artefacts.policy.delete");
        deleteButton(deleteCommunicationButton, "artefacts.communication.delete");
    }

    // --- ecosystem map ---

    private void setUpMap() {
        diagram = new EcosystemDiagram(viewModel, messages);
        mapScroll.setContent(diagram);
        newSystemField.textProperty().bindBidirectional(viewModel.newSystemProperty());
        newSystemField.setOnAction(event -> viewModel.addSystem());
        newSystemTypeCombo.getItems().setAll(SystemType.values());
        newSystemTypeCombo.setConverter(Forms.labels(type -> messages.get(type.messageKey())));
        newSystemTypeCombo.valueProperty().bindBidirectional(viewModel.newSystemTypeProperty());
        systemTypeCombo.getItems().setAll(SystemType.values());
        systemTypeCombo.setConverter(Forms.labels(type -> messages.get(type.messageKey())));
        systemOwnerCombo.setItems(viewModel.ownerChoices());
        directionCombo.getItems().setAll(Direction.values());
        directionCombo.setConverter(Forms.labels(direction -> messages.get(direction.messageKey())));
        fromCombo.setItems(viewModel.systemChoices());
        toCombo.setItems(viewModel.systemChoices());

        new Editor<SystemRow>(viewModel.selectedSystemProperty(), noSystem, systemForm) {
            @Override
            void bind(SystemRow row) {
                text(systemNameField, row.nameProperty());
                text(systemNotesArea, row.notesProperty());
                choose(systemTypeCombo, row.typeProperty());
                choose(systemOwnerCombo, row.ownerProperty());
                error(systemNameError, row.errorProperty("name"));
                error(systemNotesError, row.errorProperty("notes"));
                mapEditorScroll.setVvalue(0);
            }
        };

        integrationList.setItems(viewModel.integrations());
        integrationList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(IntegrationRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                String arrow = row.directionProperty().get() == Direction.TWO_WAY ? " ⇄ " : " → ";
                String data = row.dataProperty().get().isBlank() ? "" : " · " + row.dataProperty().get();
                setText(row.fromProperty().get().label() + arrow + row.toProperty().get().label() + data);
                boolean broken = viewModel.isBroken(row);
                setGraphic(broken ? warningIcon("artefacts.integration.broken") : null);
            }
        });
        syncSelection(integrationList.getSelectionModel().selectedItemProperty(),
                row -> integrationList.getSelectionModel().select(row), viewModel.selectedIntegrationProperty());
        new Editor<IntegrationRow>(viewModel.selectedIntegrationProperty(), null, integrationForm) {
            @Override
            void bind(IntegrationRow row) {
                choose(fromCombo, row.fromProperty());
                choose(toCombo, row.toProperty());
                text(dataField, row.dataProperty());
                choose(directionCombo, row.directionProperty());
                error(fromError, row.errorProperty("from"));
                error(toError, row.errorProperty("to"));
                error(dataError, row.errorProperty("data"));
                // The integration's form is at the bottom: show it once it is laid out.
                javafx.application.Platform.runLater(() -> mapEditorScroll.setVvalue(1));
            }
        };
    }

    // --- glossary ---

    private void setUpGlossary() {
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        newTermField.textProperty().bindBidirectional(viewModel.newTermProperty());
        newTermField.setOnAction(event -> viewModel.addTerm());
        termTable.setItems(viewModel.visibleTerms());
        termColumn.setCellValueFactory(data -> data.getValue().termProperty());
        synonymsColumn.setCellValueFactory(data -> data.getValue().synonymsProperty());
        termOwnerCombo.setItems(viewModel.ownerChoices());
        syncSelection(termTable.getSelectionModel().selectedItemProperty(),
                row -> termTable.getSelectionModel().select(row), viewModel.selectedTermProperty());
        onDelete(termTable, viewModel::deleteTerm);
        new Editor<TermRow>(viewModel.selectedTermProperty(), noTerm, termForm) {
            @Override
            void bind(TermRow row) {
                text(termField, row.termProperty());
                text(definitionArea, row.definitionProperty());
                text(synonymsField, row.synonymsProperty());
                choose(termOwnerCombo, row.ownerProperty());
                error(termError, row.errorProperty("term"));
                error(definitionError, row.errorProperty("definition"));
                error(synonymsError, row.errorProperty("synonyms"));
            }
        };
    }

    // --- policies ---

    private void setUpPolicies() {
        newPolicyField.textProperty().bindBidirectional(viewModel.newPolicyProperty());
        newPolicyField.setOnAction(event -> viewModel.addPolicy());
        policyTable.setItems(viewModel.policies());
        policyTitleColumn.setCellValueFactory(data -> data.getValue().titleProperty());
        policyReviewColumn.setCellValueFactory(data -> new javafx.beans.property.ReadOnlyObjectWrapper<>(data.getValue()));
        policyReviewColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(PolicyRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean overdue = !empty && row != null && row.reviewOverdueProperty().get();
                setText(empty || row == null ? null : format(row.reviewDateProperty().get()));
                setGraphic(overdue ? warningIcon("artefacts.policy.reviewOverdue") : null);
                pseudoClassStateChanged(OVERDUE, overdue);
            }
        });
        policyTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(PolicyRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(OVERDUE, !empty && row != null && row.reviewOverdueProperty().get());
            }
        });
        policyAreaCombo.setItems(viewModel.areaChoices());
        policyOwnerCombo.setItems(viewModel.ownerChoices());
        policyStatusCombo.getItems().setAll(PolicyStatus.values());
        policyStatusCombo.setConverter(Forms.labels(status -> messages.get(status.messageKey())));
        dates(reviewDatePicker);
        syncSelection(policyTable.getSelectionModel().selectedItemProperty(),
                row -> policyTable.getSelectionModel().select(row), viewModel.selectedPolicyProperty());
        onDelete(policyTable, viewModel::deletePolicy);
        new Editor<PolicyRow>(viewModel.selectedPolicyProperty(), noPolicy, policyForm) {
            @Override
            void bind(PolicyRow row) {
                text(policyTitleField, row.titleProperty());
                text(bodyArea, row.bodyProperty());
                choose(policyAreaCombo, row.areaProperty());
                choose(policyOwnerCombo, row.ownerProperty());
                choose(policyStatusCombo, row.statusProperty());
                date(reviewDatePicker, row.reviewDateProperty());
                error(policyTitleError, row.errorProperty("title"));
                error(bodyError, row.errorProperty("body"));
                reviewOverdueLabel.visibleProperty().bind(row.reviewOverdueProperty());
                reviewOverdueLabel.managedProperty().bind(row.reviewOverdueProperty());
            }
        };
    }

    // --- communication plan ---

    private void setUpCommunications() {
        newAudienceField.textProperty().bindBidirectional(viewModel.newAudienceProperty());
        newAudienceField.setOnAction(event -> viewModel.addCommunication());
        communicationTable.setItems(viewModel.communications());
        dateColumn.setCellValueFactory(data -> data.getValue().dateProperty());
        dateColumn.setCellFactory(column -> textCell(ArtefactsView::format));
        audienceColumn.setCellValueFactory(data -> data.getValue().audienceProperty());
        channelColumn.setCellValueFactory(data -> data.getValue().channelProperty());
        channelColumn.setCellFactory(column -> textCell(channel -> messages.get(channel.messageKey())));
        communicationStatusColumn.setCellValueFactory(data -> data.getValue().statusProperty());
        communicationStatusColumn.setCellFactory(column -> textCell(status -> messages.get(status.messageKey())));
        channelCombo.getItems().setAll(Channel.values());
        channelCombo.setConverter(Forms.labels(channel -> messages.get(channel.messageKey())));
        communicationStatusCombo.getItems().setAll(CommunicationStatus.values());
        communicationStatusCombo.setConverter(Forms.labels(status -> messages.get(status.messageKey())));
        communicationOwnerCombo.setItems(viewModel.ownerChoices());
        dates(communicationDatePicker);
        syncSelection(communicationTable.getSelectionModel().selectedItemProperty(),
                row -> communicationTable.getSelectionModel().select(row), viewModel.selectedCommunicationProperty());
        onDelete(communicationTable, viewModel::deleteCommunication);
        new Editor<CommunicationRow>(viewModel.selectedCommunicationProperty(), noCommunication, communicationForm) {
            @Override
            void bind(CommunicationRow row) {
                text(audienceField, row.audienceProperty());
                text(messageArea, row.messageProperty());
                choose(channelCombo, row.channelProperty());
                date(communicationDatePicker, row.dateProperty());
                choose(communicationOwnerCombo, row.ownerProperty());
                choose(communicationStatusCombo, row.statusProperty());
                error(audienceError, row.errorProperty("audience"));
                error(messageError, row.errorProperty("message"));
            }
        };
    }

    // --- shared ---

    /**
     * Shows the selected record in a form: binds each control to the record and unbinds it when
     * another is selected, so typing always edits the record shown.
     */
    private abstract static class Editor<R> {
        private final List<Runnable> unbinders = new ArrayList<>();

        Editor(ObjectProperty<R> selected, Label none, Node form) {
            selected.addListener((observable, old, row) -> show(row, none, form));
            show(selected.get(), none, form);
        }

        private void show(R row, Label none, Node form) {
            unbinders.forEach(Runnable::run);
            unbinders.clear();
            if (none != null) {
                none.setVisible(row == null);
                none.setManaged(row == null);
            }
            form.setVisible(row != null);
            form.setManaged(row != null);
            if (row != null) {
                bind(row);
            }
        }

        abstract void bind(R row);

        void text(TextInputControl control, StringProperty property) {
            control.textProperty().bindBidirectional(property);
            unbinders.add(() -> control.textProperty().unbindBidirectional(property));
        }

        void date(DatePicker picker, ObjectProperty<LocalDate> property) {
            picker.valueProperty().bindBidirectional(property);
            unbinders.add(() -> picker.valueProperty().unbindBidirectional(property));
        }

        /** A {@code null} from a list control means its choices changed under it, never a choice: ignored. */
        <T> void choose(ComboBox<T> combo, Property<T> property) {
            combo.setValue(property.getValue());
            ChangeListener<T> picked = (observable, old, value) -> {
                if (value != null) {
                    property.setValue(value);
                }
            };
            ChangeListener<T> changed = (observable, old, value) -> combo.setValue(value);
            ListChangeListener<T> refilled = change -> combo.setValue(property.getValue());
            combo.valueProperty().addListener(picked);
            property.addListener(changed);
            combo.getItems().addListener(refilled);
            unbinders.add(() -> {
                combo.valueProperty().removeListener(picked);
                property.removeListener(changed);
                combo.getItems().removeListener(refilled);
            });
        }

        void error(Label label, ObservableValue<String> error) {
            Forms.showError(label, error);
            unbinders.add(() -> label.textProperty().unbind());
        }
    }

    private static <R> void syncSelection(ObservableValue<R> fromControl, Consumer<R> selectInControl,
                                          ObjectProperty<R> selected) {
        fromControl.addListener((observable, old, row) -> {
            if (row != null) {
                selected.set(row);
            }
        });
        selected.addListener((observable, old, row) -> {
            if (row != null) {
                selectInControl.accept(row);
            }
        });
    }

    private static <R> void onDelete(TableView<R> table, Consumer<R> delete) {
        table.setOnKeyPressed(event -> {
            R row = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.DELETE && row != null) {
                delete.accept(row);
                event.consume();
            }
        });
    }

    /** A date picker that shows and reads 2027-03-31; a date it cannot read leaves the stored date as it is. */
    private static void dates(DatePicker picker) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), DATE);
                } catch (DateTimeParseException e) {
                    picker.getEditor().setText(format(picker.getValue()));
                    return picker.getValue();
                }
            }
        });
    }

    private static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static <S, T> TableCell<S, T> textCell(Function<T, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : text.apply(value));
            }
        };
    }

    private Node warningIcon(String tooltipKey) {
        FontIcon icon = new FontIcon(Feather.ALERT_TRIANGLE);
        icon.getStyleClass().add("overdue-icon");
        Tooltip.install(icon, new Tooltip(messages.get(tooltipKey)));
        return icon;
    }

    private void deleteButton(Button button, String tooltipKey) {
        button.setGraphic(new FontIcon(Feather.TRASH_2));
        button.setTooltip(new Tooltip(messages.get(tooltipKey)));
        button.setAccessibleText(messages.get(tooltipKey));
    }

    @FXML
    private void addSystem() {
        viewModel.addSystem();
    }

    @FXML
    private void addIntegration() {
        viewModel.addIntegration();
    }

    @FXML
    private void savePicture() {
        viewModel.savePicture(diagram::picture);
    }

    @FXML
    private void deleteSystem() {
        viewModel.deleteSystem(viewModel.selectedSystemProperty().get());
    }

    @FXML
    private void deleteIntegration() {
        viewModel.deleteIntegration(viewModel.selectedIntegrationProperty().get());
    }

    @FXML
    private void addTerm() {
        viewModel.addTerm();
    }

    @FXML
    private void deleteTerm() {
        viewModel.deleteTerm(viewModel.selectedTermProperty().get());
    }

    @FXML
    private void addPolicy() {
        viewModel.addPolicy();
    }

    @FXML
    private void deletePolicy() {
        viewModel.deletePolicy(viewModel.selectedPolicyProperty().get());
    }

    @FXML
    private void addCommunication() {
        viewModel.addCommunication();
    }

    @FXML
    private void deleteCommunication() {
        viewModel.deleteCommunication(viewModel.selectedCommunicationProperty().get());
    }
}
