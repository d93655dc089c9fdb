package org.learnops.studio.app.governance;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.ViewLoader;
import org.learnops.studio.domain.governance.GovernanceModel;
import org.learnops.studio.domain.governance.Raci;
import org.learnops.studio.domain.stakeholder.Stakeholder;

/**
 * The Governance step's screen. The RACI matrix is two grids side by side: the process names,
 * which stay put, and the cells, which scroll sideways when there are many roles. Cells take
 * clicks (cycle R → A → C → I → empty) and keys (arrows move, R/A/C/I set, Delete clears).
 */
public final class GovernanceView {

    private final GovernanceViewModel viewModel;
    private final Messages messages;
    private final Parent root;
    /** The cells as laid out now: rows of the matrix's process rows, one label per role. */
    private final List<List<Label>> cellRows = new ArrayList<>();

    @FXML private VBox modelChoices;
    @FXML private TextField newBodyField;
    @FXML private Button addBodyButton;
    @FXML private Label newBodyError;
    @FXML private ListView<BodyRowViewModel> bodyList;
    @FXML private Label noBodyLabel;
    @FXML private GridPane bodyForm;
    @FXML private TextField bodyNameField;
    @FXML private Button deleteBodyButton;
    @FXML private Label bodyNameError;
    @FXML private TextArea bodyPurposeArea;
    @FXML private Label bodyPurposeError;
    @FXML private TextField bodyCadenceField;
    @FXML private Label bodyCadenceError;
    @FXML private FlowPane memberBoxes;
    @FXML private TextArea bodyRightsArea;
    @FXML private Label bodyRightsError;
    @FXML private Button starterButton;
    @FXML private Label starterMessage;
    @FXML private ComboBox<AreaGroup> newProcessAreaBox;
    @FXML private TextField newProcessField;
    @FXML private Button addProcessButton;
    @FXML private TextField newRoleField;
    @FXML private Button addRoleButton;
    @FXML private Label newProcessError;
    @FXML private Label newRoleError;
    @FXML private Label noScopeLabel;
    @FXML private GridPane processColumn;
    @FXML private ScrollPane cellScroll;
    @FXML private GridPane cellGrid;
    @FXML private FlowPane roleEditors;
    @FXML private Label noWarningsLabel;
    @FXML private VBox warningList;

    public GovernanceView(GovernanceViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        buildModelChoices();
        bindBodies();
        bindMatrixInputs();
        InvalidationListener rebuild = changed -> buildMatrix();
        viewModel.processes().addListener(rebuild);
        viewModel.roles().addListener(rebuild);
        viewModel.areas().addListener(rebuild);
        javafx.scene.layout.ColumnConstraints fill = new javafx.scene.layout.ColumnConstraints();
        fill.setHgrow(Priority.ALWAYS);
        fill.setFillWidth(true);
        processColumn.getColumnConstraints().add(fill);
        buildMatrix();
        viewModel.warnings().addListener((InvalidationListener) changed -> showWarnings());
        showWarnings();
        for (Button button : List.of(starterButton, addProcessButton, addRoleButton, addBodyButton, deleteBodyButton)) {
            button.disableProperty().bind(viewModel.busyProperty());
        }
    }

    // ---- the governance model ----

    private void buildModelChoices() {
        ToggleGroup group = new ToggleGroup();
        for (GovernanceModel model : GovernanceModel.values()) {
            RadioButton choice = new RadioButton(model == GovernanceModel.RECOMMENDED
                    ? messages.get("governance.model.recommended", messages.get(model.messageKey()))
                    : messages.get(model.messageKey()));
            choice.setId("model-" + model.name().toLowerCase(java.util.Locale.ROOT));
            choice.setToggleGroup(group);
            choice.setUserData(model);
            choice.getStyleClass().add("governance-model");
            Label explanation = new Label(messages.get(model.explanationKey()));
            explanation.setWrapText(true);
            explanation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            explanation.getStyleClass().add("governance-model-explanation");
            modelChoices.getChildren().addAll(choice, explanation);
        }
        Runnable select = () -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == viewModel.modelProperty().get()));
        select.run();
        viewModel.modelProperty().addListener(changed -> select.run());
        group.selectedToggleProperty().addListener((observable, old, now) -> {
            if (now != null) {
                viewModel.modelProperty().set((GovernanceModel) now.getUserData());
            }
        });
    }

    // ---- bodies ----

    private void bindBodies() {
        newBodyField.textProperty().bindBidirectional(viewModel.newBodyNameProperty());
        newBodyField.setOnAction(event -> addBody());
        newBodyError.textProperty().bind(viewModel.newBodyErrorProperty());
        bodyList.setItems(viewModel.bodies());
        bodyList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(BodyRowViewModel item, boolean empty) {
                super.updateItem(item, empty);
                textProperty().unbind();
                if (empty || item == null) {
                    setText(null);
                } else {
                    textProperty().bind(item.nameProperty());
                }
            }
        });
        bodyList.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> viewModel.selectedBodyProperty().set(now));
        bodyList.setOnKeyPressed(event -> {
            BodyRowViewModel selected = bodyList.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.DELETE && selected != null) {
                viewModel.deleteBody(selected);
                event.consume();
            }
        });
        deleteBodyButton.setGraphic(new FontIcon(Feather.TRASH_2));
        deleteBodyButton.setTooltip(new Tooltip(messages.get("governance.deleteBody.tooltip")));
        viewModel.selectedBodyProperty().addListener((observable, old, now) -> showBody(old, now));
        viewModel.stakeholders().addListener((InvalidationListener) changed -> showMembers(viewModel.selectedBodyProperty().get()));
        showBody(null, viewModel.selectedBodyProperty().get());
    }

    private void showBody(BodyRowViewModel old, BodyRowViewModel now) {
        if (old != null) {
            bodyNameField.textProperty().unbindBidirectional(old.nameProperty());
            bodyPurposeArea.textProperty().unbindBidirectional(old.purposeProperty());
            bodyCadenceField.textProperty().unbindBidirectional(old.cadenceProperty());
            bodyRightsArea.textProperty().unbindBidirectional(old.decisionRightsProperty());
        }
        bodyForm.setVisible(now != null);
        noBodyLabel.setVisible(now == null);
        if (bodyList.getSelectionModel().getSelectedItem() != now) {
            bodyList.getSelectionModel().select(now);
        }
        if (now == null) {
            List.of(bodyNameError, bodyPurposeError, bodyCadenceError, bodyRightsError).forEach(l -> l.textProperty().unbind());
            memberBoxes.getChildren().clear();
            return;
        }
        bind(bodyNameField, now.nameProperty());
        bind(bodyPurposeArea, now.purposeProperty());
        bind(bodyCadenceField, now.cadenceProperty());
        bind(bodyRightsArea, now.decisionRightsProperty());
        bodyNameError.textProperty().bind(now.errorProperty("name"));
        bodyPurposeError.textProperty().bind(now.errorProperty("purpose"));
        bodyCadenceError.textProperty().bind(now.errorProperty("cadence"));
        bodyRightsError.textProperty().bind(now.errorProperty("decisionRights"));
        showMembers(now);
    }

    private static void bind(TextInputControl field, StringProperty property) {
        field.setText(property.get());
        field.textProperty().bindBidirectional(property);
    }

    private void showMembers(BodyRowViewModel body) {
        memberBoxes.getChildren().clear();
        if (body == null) {
            return;
        }
        if (viewModel.stakeholders().isEmpty()) {
            Label none = new Label(messages.get("governance.body.noStakeholders"));
            none.setWrapText(true);
            none.getStyleClass().add("step-intro");
            memberBoxes.getChildren().add(none);
            return;
        }
        for (Stakeholder stakeholder : viewModel.stakeholders()) {
            CheckBox box = new CheckBox(stakeholder.name());
            box.setId("member-" + stakeholder.id());
            box.setMnemonicParsing(false);
            box.setSelected(body.membersProperty().get().contains(stakeholder.id()));
            box.selectedProperty().addListener((observable, was, on) -> body.setMember(stakeholder.id(), on));
            memberBoxes.getChildren().add(box);
        }
        // Undo changes the list from outside: keep the boxes in step.
        body.membersProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable changed) {
                if (viewModel.selectedBodyProperty().get() != body) {
                    body.membersProperty().removeListener(this);
                    return;
                }
                for (Node node : memberBoxes.getChildren()) {
                    if (node instanceof CheckBox box && box.getId() != null) {
                        long id = Long.parseLong(box.getId().substring("member-".length()));
                        box.setSelected(body.membersProperty().get().contains(id));
                    }
                }
            }
        });
    }

    @FXML
    private void addBody() {
        viewModel.addBody();
        if (viewModel.selectedBodyProperty().get() != null && viewModel.newBodyErrorProperty().get().isEmpty()) {
            bodyPurposeArea.requestFocus();
        }
    }

    @FXML
    private void deleteBody() {
        BodyRowViewModel selected = viewModel.selectedBodyProperty().get();
        if (selected != null) {
            viewModel.deleteBody(selected);
        }
    }

    // ---- the matrix ----

    private void bindMatrixInputs() {
        starterMessage.textProperty().bind(viewModel.starterMessageProperty());
        newProcessAreaBox.setItems(viewModel.inScopeAreas());
        newProcessAreaBox.valueProperty().bindBidirectional(viewModel.newProcessAreaProperty());
        newProcessField.textProperty().bindBidirectional(viewModel.newProcessNameProperty());
        newProcessField.setOnAction(event -> addProcess());
        newRoleField.textProperty().bindBidirectional(viewModel.newRoleNameProperty());
        newRoleField.setOnAction(event -> addRole());
        newProcessError.textProperty().bind(viewModel.newProcessErrorProperty());
        newRoleError.textProperty().bind(viewModel.newRoleErrorProperty());
        hideWhenEmpty(newProcessError);
        hideWhenEmpty(newRoleError);
        hideWhenEmpty(newBodyError);
        noScopeLabel.visibleProperty().bind(Bindings.isEmpty(viewModel.inScopeAreas()));
        noScopeLabel.managedProperty().bind(noScopeLabel.visibleProperty());
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void addStarter() {
        viewModel.addStarter();
    }

    @FXML
    private void addProcess() {
        viewModel.addProcess();
        newProcessField.requestFocus();
    }

    @FXML
    private void addRole() {
        viewModel.addRole();
        newRoleField.requestFocus();
    }

    /** Lays the matrix out again: areas as group rows, their processes below, one column per role. */
    private void buildMatrix() {
        processColumn.getChildren().clear();
        cellGrid.getChildren().clear();
        cellRows.clear();
        List<NamedRowViewModel> roles = List.copyOf(viewModel.roles());

        Label processHeader = new Label(messages.get("governance.raci.processHeader"));
        processHeader.getStyleClass().addAll("raci-header", "raci-process-header");
        processHeader.setMaxWidth(Double.MAX_VALUE);
        processColumn.add(processHeader, 0, 0);
        for (int c = 0; c < roles.size(); c++) {
            cellGrid.add(roleHeader(roles.get(c)), c, 0);
        }
        int gridRow = 1;
        for (AreaGroup area : viewModel.areas()) {
            List<NamedRowViewModel> inArea = viewModel.processes().stream().filter(p -> p.areaId() == area.id()).toList();
            if (inArea.isEmpty()) {
                continue;
            }
            gridRow = addArea(area.name(), !area.inScope(), inArea, roles, gridRow);
        }
        List<NamedRowViewModel> orphans = viewModel.processes().stream()
                .filter(p -> viewModel.areas().stream().noneMatch(a -> a.id() == p.areaId())).toList();
        if (!orphans.isEmpty()) {
            addArea(messages.get("governance.raci.removedArea"), true, orphans, roles, gridRow);
        }
        boolean empty = viewModel.processes().isEmpty() && roles.isEmpty();
        if (empty) {
            Label hint = new Label(messages.get("governance.raci.empty"));
            hint.setWrapText(true);
            hint.getStyleClass().add("step-intro");
            processColumn.add(hint, 0, 1);
        }
        buildRoleEditors(roles);
    }

    private int addArea(String name, boolean outOfScope, List<NamedRowViewModel> inArea, List<NamedRowViewModel> roles, int gridRow) {
        Label areaLabel = new Label(outOfScope ? messages.get("governance.raci.outOfScopeArea", name) : name);
        areaLabel.getStyleClass().addAll("raci-area", "raci-row");
        areaLabel.setMaxWidth(Double.MAX_VALUE);
        processColumn.add(areaLabel, 0, gridRow);
        for (int c = 0; c < roles.size(); c++) {
            Label spacer = new Label();
            spacer.getStyleClass().addAll("raci-area", "raci-row", "raci-cell-width");
            cellGrid.add(spacer, c, gridRow);
        }
        gridRow++;
        for (NamedRowViewModel process : inArea) {
            processColumn.add(processRow(process), 0, gridRow);
            List<Label> row = new ArrayList<>();
            for (int c = 0; c < roles.size(); c++) {
                Label cell = cell(process, roles.get(c), cellRows.size(), c);
                cellGrid.add(cell, c, gridRow);
                row.add(cell);
            }
            cellRows.add(row);
            gridRow++;
        }
        return gridRow;
    }

    private Node processRow(NamedRowViewModel process) {
        TextField name = new TextField();
        name.textProperty().bindBidirectional(process.nameProperty());
        name.setId("process-" + process.id());
        name.getStyleClass().add("raci-process-name");
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setTooltip(new Tooltip());
        name.getTooltip().textProperty().bind(process.errorProperty());
        name.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), !process.errorProperty().get().isEmpty());
        process.errorProperty().addListener((observable, was, now) ->
                name.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), !now.isEmpty()));
        name.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(4, name, warningIcon(process), deleteButton("governance.deleteProcess.tooltip",
                () -> viewModel.deleteProcess(process)));
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMaxWidth(Double.MAX_VALUE);
        row.getStyleClass().add("raci-row");
        return row;
    }

    private Node roleHeader(NamedRowViewModel role) {
        Label name = new Label();
        name.textProperty().bind(role.nameProperty());
        name.setWrapText(true);
        name.setMaxWidth(Double.MAX_VALUE);
        name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        name.getStyleClass().add("raci-role-name");
        Tooltip full = new Tooltip();
        full.textProperty().bind(role.nameProperty());
        name.setTooltip(full);
        Label warning = warningIcon(role);
        VBox header = new VBox(2, name, warning);
        header.setAlignment(Pos.BOTTOM_CENTER);
        header.setId("role-" + role.id());
        header.getStyleClass().addAll("raci-header", "raci-cell-width");
        return header;
    }

    /** A warning triangle with the reasons as tooltip and accessible text; hidden while the row or column is fine. */
    private Label warningIcon(NamedRowViewModel row) {
        Label icon = new Label();
        icon.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        icon.getStyleClass().add("raci-warning");
        icon.setId("warning-" + (row.areaId() == 0 ? "role-" : "process-") + row.id());
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(row.warningProperty());
        icon.setTooltip(tooltip);
        icon.accessibleTextProperty().bind(row.warningProperty());
        icon.visibleProperty().bind(row.warningProperty().isNotEmpty());
        return icon;
    }

    private Button deleteButton(String tooltipKey, Runnable action) {
        Button delete = new Button();
        delete.setGraphic(new FontIcon(Feather.TRASH_2));
        delete.getStyleClass().addAll("flat", "raci-delete");
        delete.setTooltip(new Tooltip(messages.get(tooltipKey)));
        delete.setFocusTraversable(false);
        delete.setOnAction(event -> action.run());
        return delete;
    }

    private Label cell(NamedRowViewModel process, NamedRowViewModel role, int row, int column) {
        Label cell = new Label();
        cell.setId("cell-" + process.id() + "-" + role.id());
        cell.getStyleClass().addAll("raci-cell", "raci-row", "raci-cell-width");
        cell.setAlignment(Pos.CENTER);
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setFocusTraversable(true);
        cell.textProperty().bind(Bindings.createStringBinding(() -> {
            Raci letter = viewModel.cellProperty(process, role).get();
            return letter == null ? "" : letter.name();
        }, viewModel.cellProperty(process, role)));
        cell.accessibleTextProperty().bind(Bindings.createStringBinding(() -> {
            Raci letter = viewModel.cellProperty(process, role).get();
            return messages.get("governance.raci.cellAccessible", process.nameProperty().get(), role.nameProperty().get(),
                    letter == null ? messages.get("governance.raci.none") : messages.get(letter.messageKey()));
        }, viewModel.cellProperty(process, role), process.nameProperty(), role.nameProperty()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(cell.accessibleTextProperty());
        cell.setTooltip(tip);
        cell.setOnMouseClicked(event -> {
            cell.requestFocus();
            if (event.getButton() == MouseButton.PRIMARY) {
                viewModel.cycleCell(process, role);
            }
        });
        cell.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (cellKey(event, process, role, row, column)) {
                event.consume();
            }
        });
        return cell;
    }

    private boolean cellKey(KeyEvent event, NamedRowViewModel process, NamedRowViewModel role, int row, int column) {
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
            return false;
        }
        switch (event.getCode()) {
            case UP -> focusCell(row - 1, column);
            case DOWN -> focusCell(row + 1, column);
            case LEFT -> focusCell(row, column - 1);
            case RIGHT -> focusCell(row, column + 1);
            case R -> viewModel.setCell(process, role, Raci.R);
            case A -> viewModel.setCell(process, role, Raci.A);
            case C -> viewModel.setCell(process, role, Raci.C);
            case I -> viewModel.setCell(process, role, Raci.I);
            case DELETE, BACK_SPACE -> viewModel.setCell(process, role, null);
            case SPACE, ENTER -> viewModel.cycleCell(process, role);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void focusCell(int row, int column) {
        if (row < 0 || row >= cellRows.size() || column < 0 || column >= cellRows.get(row).size()) {
            return;
        }
        Label target = cellRows.get(row).get(column);
        target.requestFocus();
        revealHorizontally(target);
    }

    /** Keeps the focused cell in view when the roles are wider than the screen. */
    private void revealHorizontally(Node cell) {
        double contentWidth = cellGrid.getBoundsInLocal().getWidth();
        double viewport = cellScroll.getViewportBounds().getWidth();
        if (contentWidth <= viewport) {
            return;
        }
        double left = cell.getBoundsInParent().getMinX();
        double right = cell.getBoundsInParent().getMaxX();
        double offset = cellScroll.getHvalue() * (contentWidth - viewport);
        if (left < offset) {
            cellScroll.setHvalue(left / (contentWidth - viewport));
        } else if (right > offset + viewport) {
            cellScroll.setHvalue((right - viewport) / (contentWidth - viewport));
        }
    }

    private void buildRoleEditors(List<NamedRowViewModel> roles) {
        roleEditors.getChildren().clear();
        for (NamedRowViewModel role : roles) {
            TextField name = new TextField();
            name.setId("roleName-" + role.id());
            name.textProperty().bindBidirectional(role.nameProperty());
            name.setPrefColumnCount(14);
            Label error = new Label();
            error.textProperty().bind(role.errorProperty());
            error.getStyleClass().add("field-error");
            hideWhenEmpty(error);
            HBox line = new HBox(2, name, deleteButton("governance.deleteRole.tooltip", () -> viewModel.deleteRole(role)));
            line.setAlignment(Pos.CENTER_LEFT);
            roleEditors.getChildren().add(new VBox(2, line, error));
        }
        if (roles.isEmpty()) {
            Label none = new Label(messages.get("governance.roles.none"));
            none.getStyleClass().add("step-intro");
            roleEditors.getChildren().add(none);
        }
    }

    private void showWarnings() {
        warningList.getChildren().setAll(viewModel.warnings().stream().map(text -> {
            Label line = new Label(text, new FontIcon(Feather.ALERT_TRIANGLE));
            line.setWrapText(true);
            line.getStyleClass().add("raci-warning-line");
            return (Node) line;
        }).toList());
        noWarningsLabel.setVisible(viewModel.warnings().isEmpty());
        noWarningsLabel.setManaged(viewModel.warnings().isEmpty());
    }

}
