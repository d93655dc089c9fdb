package org.learnops.studio.app.scope;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.ViewLoader;
import org.learnops.studio.domain.scope.Geography;
import org.learnops.studio.domain.scope.OrganisationalScope;
import org.learnops.studio.domain.scope.ScopeRules;

/** The Scope step's screen. It binds to {@link ScopeViewModel} and forwards the user's intents. */
public final class ScopeView {

    private final ScopeViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    @FXML private TextField nameField;
    @FXML private TextField sponsorField;
    @FXML private TextField ownerField;
    @FXML private RadioButton enterpriseWideRadio;
    @FXML private RadioButton businessAreaRadio;
    @FXML private TextField businessAreaField;
    @FXML private RadioButton globalRadio;
    @FXML private RadioButton regionalRadio;
    @FXML private TextField regionsField;
    @FXML private TextArea authorityNotesArea;
    @FXML private Label nameError;
    @FXML private Label sponsorError;
    @FXML private Label ownerError;
    @FXML private Label businessAreaError;
    @FXML private Label regionsError;
    @FXML private Label authorityNotesError;
    @FXML private GridPane areasGrid;
    @FXML private TextField newAreaField;
    @FXML private Button addAreaButton;
    @FXML private Label newAreaError;
    @FXML private StackPane matrixHolder;

    public ScopeView(ScopeViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        // A new strategy starts with its name: the cursor waits there instead of nowhere.
        nameField.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null && nameField.getText().isBlank()) {
                Platform.runLater(nameField::requestFocus);
            }
        });
        sponsorField.textProperty().bindBidirectional(viewModel.sponsorProperty());
        ownerField.textProperty().bindBidirectional(viewModel.ownerProperty());
        businessAreaField.textProperty().bindBidirectional(viewModel.businessAreaProperty());
        regionsField.textProperty().bindBidirectional(viewModel.regionsProperty());
        authorityNotesArea.textProperty().bindBidirectional(viewModel.authorityNotesProperty());
        showError(nameError, "name");
        showError(sponsorError, "sponsor");
        showError(ownerError, "owner");
        showError(businessAreaError, "businessArea");
        showError(regionsError, "regions");
        showError(authorityNotesError, "authorityNotes");

        bindChoice(new ToggleGroup(), viewModel.organisationProperty(),
                enterpriseWideRadio, OrganisationalScope.ENTERPRISE_WIDE, businessAreaRadio, OrganisationalScope.BUSINESS_AREA);
        bindChoice(new ToggleGroup(), viewModel.geographyProperty(),
                globalRadio, Geography.GLOBAL, regionalRadio, Geography.REGIONAL);
        businessAreaField.disableProperty().bind(viewModel.organisationProperty().isNotEqualTo(OrganisationalScope.BUSINESS_AREA));
        regionsField.disableProperty().bind(viewModel.geographyProperty().isNotEqualTo(Geography.REGIONAL));

        newAreaField.textProperty().bindBidirectional(viewModel.newAreaNameProperty());
        newAreaField.setOnAction(event -> viewModel.addCustomArea());
        newAreaError.textProperty().bind(viewModel.newAreaErrorProperty());
        addAreaButton.disableProperty().bind(viewModel.busyProperty());

        ImpactEffortMatrix matrix = new ImpactEffortMatrix(messages);
        matrixHolder.getChildren().setAll(matrix);
        matrix.show(viewModel.areas());
        viewModel.areas().addListener((ListChangeListener<AreaRowViewModel>) change -> {
            matrix.show(viewModel.areas());
            boolean rowsChanged = false;
            while (change.next()) {
                rowsChanged |= change.wasAdded() || change.wasRemoved();
            }
            if (rowsChanged) {
                fillAreas();
            }
        });
        fillAreas();
    }

    private void showError(Label label, String field) {
        label.textProperty().bind(viewModel.errorProperty(field));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static <T> void bindChoice(ToggleGroup group, ObjectProperty<T> property,
                                       RadioButton first, T firstValue, RadioButton second, T secondValue) {
        first.setToggleGroup(group);
        second.setToggleGroup(group);
        first.setUserData(firstValue);
        second.setUserData(secondValue);
        group.selectToggle(property.get() == secondValue ? second : first);
        group.selectedToggleProperty().addListener((observable, old, selected) -> {
            if (selected == null) {
                group.selectToggle(old);
            } else {
                @SuppressWarnings("unchecked")
                T value = (T) selected.getUserData();
                property.set(value);
            }
        });
        property.addListener((observable, old, value) -> group.selectToggle(value == secondValue ? second : first));
    }

    private void fillAreas() {
        areasGrid.getChildren().clear();
        if (areasGrid.getColumnConstraints().isEmpty()) {
            for (int column = 0; column < 7; column++) {
                ColumnConstraints constraints = new ColumnConstraints();
                constraints.setHgrow(column == 4 ? Priority.ALWAYS : Priority.NEVER);
                areasGrid.getColumnConstraints().add(constraints);
            }
            areasGrid.setMaxWidth(Double.MAX_VALUE);
        }
        String[] headers = {"scope.areas.inScope", "scope.areas.area", "scope.areas.impact", "scope.areas.effort",
            "scope.areas.rationale"};
        for (int column = 0; column < headers.length; column++) {
            Label header = new Label(messages.get(headers[column]));
            header.getStyleClass().add("areas-header");
            areasGrid.add(header, column, 0);
        }
        int row = 1;
        for (AreaRowViewModel area : viewModel.areas()) {
            addAreaRow(area, row++);
        }
    }

    private void addAreaRow(AreaRowViewModel area, int row) {
        String id = "area-" + area.key();
        CheckBox inScope = new CheckBox();
        inScope.setId(id + "-inScope");
        inScope.selectedProperty().bindBidirectional(area.inScopeProperty());
        inScope.accessibleTextProperty().bind(area.displayNameProperty());

        Node name;
        if (area.isCustom()) {
            TextField nameField = new TextField();
            nameField.setId(id + "-name");
            nameField.textProperty().bindBidirectional(area.customNameProperty());
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.textProperty().bind(area.nameErrorProperty());
            error.visibleProperty().bind(error.textProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            name = new VBox(2, nameField, error);
        } else {
            Label label = new Label();
            label.textProperty().bind(area.displayNameProperty());
            label.setId(id + "-name");
            name = label;
        }

        TextField rationale = new TextField();
        rationale.setId(id + "-rationale");
        rationale.setPromptText(messages.get("scope.areas.rationale.prompt"));
        rationale.textProperty().bindBidirectional(area.rationaleProperty());
        rationale.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(rationale, Priority.ALWAYS);

        Label drain = new Label(messages.get("scope.areas.drain"), new FontIcon(Feather.ALERT_TRIANGLE));
        drain.setId(id + "-drain");
        drain.getStyleClass().add("drain-warning");
        drain.setTooltip(new Tooltip(messages.get("scope.areas.drain.tooltip", ScopeRules.DRAIN_MIN_EFFORT, ScopeRules.DRAIN_MAX_IMPACT)));
        drain.visibleProperty().bind(area.drainProperty());

        areasGrid.addRow(row, inScope, name, rating(id + "-impact", area.impactProperty()),
                rating(id + "-effort", area.effortProperty()), rationale, drain);
        if (area.isCustom()) {
            Button remove = new Button(null, new FontIcon(Feather.TRASH_2));
            remove.setId(id + "-remove");
            remove.getStyleClass().add("flat");
            remove.setTooltip(new Tooltip(messages.get("scope.removeArea.title")));
            remove.setAccessibleText(messages.get("scope.removeArea.title"));
            remove.setOnAction(event -> viewModel.removeCustomArea(area));
            areasGrid.add(remove, 6, row);
        }
        GridPane.setValignment(inScope, javafx.geometry.VPos.CENTER);
        inScope.setAlignment(Pos.CENTER);
    }

    private static Spinner<Integer> rating(String id, ObjectProperty<Integer> value) {
        Spinner<Integer> spinner = new Spinner<>();
        spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                ScopeRules.MIN_RATING, ScopeRules.MAX_RATING, value.get() == null ? ScopeRules.MIN_RATING : value.get()));
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        spinner.setId(id);
        spinner.setPrefWidth(80);
        return spinner;
    }

    @FXML
    private void addArea() {
        viewModel.addCustomArea();
    }
}
