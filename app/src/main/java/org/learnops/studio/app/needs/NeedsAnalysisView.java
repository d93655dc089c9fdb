package org.learnops.studio.app.needs;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.ViewLoader;
import org.learnops.studio.domain.needs.FindingStatus;
import org.learnops.studio.domain.needs.HeatMap;
import org.learnops.studio.domain.needs.NeedsGroup;
import org.learnops.studio.domain.needs.NeedsRules;
import org.learnops.studio.domain.needs.Ranking;

/**
 * The Needs analysis step's screen: quick capture on top, the ranked findings and the heat map
 * side by side, the selected finding's editor under the heat map; sessions on a second tab.
 * Keyboard first: the capture field has focus when the screen opens, shortcuts set the sticky
 * values from anywhere on the Findings tab, and the list takes + / − for votes.
 */
public final class NeedsAnalysisView {

    /** Ctrl+digit (⌘ on macOS): area; Alt+digit (⌥): severity; Alt+Shift+digit: frequency; Alt+letter: group. */
    private static final Map<KeyCode, NeedsGroup> GROUP_KEYS = new EnumMap<>(Map.of(
            KeyCode.S, NeedsGroup.SENIOR_LEADERS, KeyCode.L, NeedsGroup.LEARNING_OPS_STAFF, KeyCode.O, NeedsGroup.OTHER));
    private static final KeyCombination TOGGLE_RANKING = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    private final NeedsAnalysisViewModel viewModel;
    private final Messages messages;
    private final Parent root;
    private final SessionsView sessionsView;
    private HeatMapGrid heatMapGrid;
    /** A shortcut was handled: the character the same key press may still type (⌥1 types ¡ on macOS) is dropped. */
    private boolean swallowTyped;
    private boolean syncingSelection;
    private FindingRowViewModel edited;
    private Runnable unlinkEditor = () -> { };

    @FXML private TabPane tabs;
    @FXML private Tab findingsTab;
    @FXML private Tab sessionsTab;
    @FXML private BorderPane findingsPane;
    @FXML private TextField captureField;
    @FXML private Button captureButton;
    @FXML private Label captureError;
    @FXML private ComboBox<Long> captureAreaBox;
    @FXML private ComboBox<NeedsGroup> captureGroupBox;
    @FXML private Spinner<Integer> captureSeveritySpinner;
    @FXML private Spinner<Integer> captureFrequencySpinner;
    @FXML private ComboBox<Long> captureSessionBox;
    @FXML private Label shortcutHint;
    @FXML private Label summaryLabel;
    @FXML private ToggleButton rankByVotesButton;
    @FXML private ToggleButton rankByScoreButton;
    @FXML private HBox filterBar;
    @FXML private Label filterLabel;
    @FXML private Button clearFilterButton;
    @FXML private ListView<FindingRowViewModel> findingsList;
    @FXML private ScrollPane sideScroll;
    @FXML private ToggleButton measureCountButton;
    @FXML private ToggleButton measureSeverityButton;
    @FXML private StackPane heatMapHolder;
    @FXML private Label editorPlaceholder;
    @FXML private GridPane editorGrid;
    @FXML private TextField editText;
    @FXML private Label editTextError;
    @FXML private ComboBox<Long> editArea;
    @FXML private ComboBox<NeedsGroup> editGroup;
    @FXML private Spinner<Integer> editSeverity;
    @FXML private Spinner<Integer> editFrequency;
    @FXML private ComboBox<Long> editSession;
    @FXML private ComboBox<FindingStatus> editStatus;
    @FXML private Label editVotes;
    @FXML private Button voteDownButton;
    @FXML private Button voteUpButton;
    @FXML private Button deleteFindingButton;

    public NeedsAnalysisView(NeedsAnalysisViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
        this.sessionsView = new SessionsView(viewModel.sessions(), messages);
        sessionsTab.setContent(sessionsView.root());
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        bindCapture();
        bindRankingAndList();
        bindHeatMap();
        bindEditor();
        installShortcuts();
        // Shown again (step switched back): the Scope areas and the register may have changed meanwhile.
        tabs.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                viewModel.refreshChoices();
            }
        });
        // The field joins the scene once the tab pane has laid out its tab, each time the step is shown.
        captureField.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                focusCapture();
            }
        });
        tabs.getSelectionModel().selectedItemProperty().addListener((observable, old, tab) -> {
            if (tab == findingsTab) {
                focusCapture();
            }
        });
    }

    private void focusCapture() {
        Platform.runLater(captureField::requestFocus);
    }

    private void bindCapture() {
        captureField.textProperty().bindBidirectional(viewModel.captureTextProperty());
        captureField.setOnAction(event -> viewModel.capture());
        showError(captureError, viewModel.captureErrorProperty());
        areaChoice(captureAreaBox, viewModel.captureAreaProperty());
        groupChoice(captureGroupBox, viewModel.captureGroupProperty());
        rating(captureSeveritySpinner, viewModel.captureSeverityProperty());
        rating(captureFrequencySpinner, viewModel.captureFrequencyProperty());
        sessionChoice(captureSessionBox, viewModel.captureSessionProperty());
        shortcutHint.setText(messages.get("needs.capture.shortcuts",
                combo(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), combo(KeyCode.DIGIT9, KeyCombination.SHORTCUT_DOWN),
                combo(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                combo(KeyCode.DIGIT1, KeyCombination.ALT_DOWN), combo(KeyCode.DIGIT5, KeyCombination.ALT_DOWN),
                combo(KeyCode.DIGIT1, KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN),
                combo(KeyCode.DIGIT5, KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN),
                combo(KeyCode.S, KeyCombination.ALT_DOWN), "L", "O", TOGGLE_RANKING.getDisplayText()));
        captureField.setTooltip(new Tooltip(shortcutHint.getText()));
        // Down: on to the list to vote; Escape: clear; Ctrl+Z in an empty field: undo the last capture.
        captureField.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            boolean empty = captureField.getText() == null || captureField.getText().isEmpty();
            if (event.getCode() == KeyCode.DOWN) {
                focusList();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE && !empty) {
                captureField.clear();
                event.consume();
            } else if (empty && event.isShortcutDown() && event.getCode() == KeyCode.Z) {
                if (event.isShiftDown()) {
                    viewModel.redo();
                } else {
                    viewModel.undo();
                }
                event.consume();
            }
        });
    }

    private static String combo(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers).getDisplayText();
    }

    private void focusList() {
        if (findingsList.getItems().isEmpty()) {
            return;
        }
        if (!findingsList.getItems().contains(viewModel.selectedProperty().get())) {
            viewModel.selectedProperty().set(findingsList.getItems().get(0));
        }
        findingsList.requestFocus();
    }

    private void bindRankingAndList() {
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        rankByVotesButton.setText(messages.get(Ranking.BY_VOTES.messageKey()));
        rankByScoreButton.setText(messages.get(Ranking.BY_SCORE.messageKey()));
        String rankingTip = messages.get("needs.ranking.tooltip", TOGGLE_RANKING.getDisplayText());
        rankByVotesButton.setTooltip(new Tooltip(rankingTip));
        rankByScoreButton.setTooltip(new Tooltip(rankingTip));
        bindToggle(viewModel.rankingProperty(), rankByVotesButton, Ranking.BY_VOTES, rankByScoreButton, Ranking.BY_SCORE);

        filterLabel.textProperty().bind(viewModel.filterDescriptionProperty());
        filterBar.visibleProperty().bind(viewModel.filterProperty().isNotNull());
        filterBar.managedProperty().bind(filterBar.visibleProperty());

        findingsList.setItems(viewModel.rankedFindings());
        findingsList.setCellFactory(list -> new FindingCell());
        findingsList.setPlaceholder(new Label(messages.get("needs.findings.empty")));
        findingsList.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (row != null && !syncingSelection) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((observable, old, row) -> showSelection());
        viewModel.rankedFindings().addListener((ListChangeListener<FindingRowViewModel>) change -> showSelection());
        // Rows whose area, status, ... changed without moving in the ranking are drawn again too.
        viewModel.findings().addListener((ListChangeListener<FindingRowViewModel>) change -> findingsList.refresh());
        viewModel.areaChoices().addListener((ListChangeListener<Long>) change -> findingsList.refresh());
        viewModel.sessionChoices().addListener((ListChangeListener<Long>) change -> findingsList.refresh());
        findingsList.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            switch (event.getCode()) {
                case PLUS, ADD, EQUALS -> voteInList(+1);
                case MINUS, SUBTRACT -> voteInList(-1);
                case DELETE -> deleteFinding();
                case F2, ENTER -> editSelected();
                default -> {
                    return;
                }
            }
            event.consume();
        });
    }

    /** A vote for the finding selected in the list (not one a heat-map filter hides). */
    private void voteInList(int delta) {
        FindingRowViewModel row = findingsList.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.vote(row, delta);
        }
    }

    /** Puts the list's selection where the ViewModel has it, scrolling only if the row is out of sight. */
    private void showSelection() {
        FindingRowViewModel row = viewModel.selectedProperty().get();
        syncingSelection = true;
        try {
            int index = row == null ? -1 : findingsList.getItems().indexOf(row);
            if (index < 0) {
                findingsList.getSelectionModel().clearSelection();
            } else {
                findingsList.getSelectionModel().select(index);
                if (!fullyVisible(index)) {
                    findingsList.scrollTo(index);
                }
            }
        } finally {
            syncingSelection = false;
        }
        showEditor(row);
    }

    private boolean fullyVisible(int index) {
        if (!(findingsList.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return false;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first != null && last != null && index > first.getIndex() && index < last.getIndex();
    }

    private void editSelected() {
        if (viewModel.selectedProperty().get() != null) {
            sideScroll.setVvalue(sideScroll.getVmax());
            editText.requestFocus();
        }
    }

    private void bindHeatMap() {
        measureCountButton.setText(messages.get("needs.heatMap.countShort"));
        measureSeverityButton.setText(messages.get("needs.heatMap.severityShort"));
        measureCountButton.setTooltip(new Tooltip(messages.get(HeatMap.Measure.COUNT.messageKey())));
        measureSeverityButton.setTooltip(new Tooltip(messages.get(HeatMap.Measure.TOTAL_SEVERITY.messageKey())));
        bindToggle(viewModel.measureProperty(), measureCountButton, HeatMap.Measure.COUNT,
                measureSeverityButton, HeatMap.Measure.TOTAL_SEVERITY);
        heatMapGrid = new HeatMapGrid(viewModel, messages);
        heatMapHolder.getChildren().setAll(heatMapGrid);
        Runnable redraw = heatMapGrid::show;
        for (ObservableValue<?> value : new ObservableValue<?>[] {viewModel.heatMapProperty(), viewModel.measureProperty(),
            viewModel.filterProperty(), viewModel.captureAreaProperty()}) {
            value.addListener(changed -> redraw.run());
        }
        viewModel.shortcutAreas().addListener((ListChangeListener<Long>) change -> redraw.run());
        redraw.run();
    }

    private void bindEditor() {
        showError(editTextError, null);
        areaChoice(editArea, null);
        groupChoice(editGroup, null);
        rating(editSeverity, null);
        rating(editFrequency, null);
        sessionChoice(editSession, null);
        editStatus.getItems().setAll(FindingStatus.values());
        editStatus.setConverter(converter(status -> messages.get(status.messageKey())));
        voteUpButton.setGraphic(new FontIcon(Feather.PLUS));
        voteDownButton.setGraphic(new FontIcon(Feather.MINUS));
        tip(voteUpButton, messages.get("needs.vote.up"));
        tip(voteDownButton, messages.get("needs.vote.down"));
        showEditor(null);
    }

    private static void tip(Button button, String text) {
        button.setTooltip(new Tooltip(text));
        button.setAccessibleText(text);
    }

    /** Binds the editor to the selected finding (and unbinds it from the one before). */
    private void showEditor(FindingRowViewModel row) {
        if (row == edited) {
            return;
        }
        if (edited != null) {
            editText.textProperty().unbindBidirectional(edited.textProperty());
            unlinkEditor.run();
            editGroup.valueProperty().unbindBidirectional(edited.groupProperty());
            editSeverity.getValueFactory().valueProperty().unbindBidirectional(edited.severityProperty());
            editFrequency.getValueFactory().valueProperty().unbindBidirectional(edited.frequencyProperty());
            editStatus.valueProperty().unbindBidirectional(edited.statusProperty());
            editTextError.textProperty().unbind();
            editVotes.textProperty().unbind();
        }
        edited = row;
        editorGrid.setVisible(row != null);
        editorGrid.setManaged(row != null);
        editorPlaceholder.setVisible(row == null);
        editorPlaceholder.setManaged(row == null);
        if (row != null) {
            editText.textProperty().bindBidirectional(row.textProperty());
            Runnable area = link(editArea, row.areaProperty());
            Runnable session = link(editSession, row.sessionProperty());
            unlinkEditor = () -> {
                area.run();
                session.run();
            };
            editGroup.valueProperty().bindBidirectional(row.groupProperty());
            editSeverity.getValueFactory().valueProperty().bindBidirectional(row.severityProperty());
            editFrequency.getValueFactory().valueProperty().bindBidirectional(row.frequencyProperty());
            editStatus.valueProperty().bindBidirectional(row.statusProperty());
            editTextError.textProperty().bind(row.textErrorProperty());
            editVotes.textProperty().bind(Bindings.createStringBinding(
                    () -> messages.get("needs.votes", row.votesProperty().get()), row.votesProperty()));
        }
    }

    /** Shortcuts work anywhere on the Findings tab and always set what the next capture gets. */
    private void installShortcuts() {
        findingsPane.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (handleShortcut(event)) {
                swallowTyped = true;
                event.consume();
            }
        });
        findingsPane.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (swallowTyped) {
                event.consume();
            }
        });
        findingsPane.addEventFilter(KeyEvent.KEY_RELEASED, event -> swallowTyped = false);
    }

    private boolean handleShortcut(KeyEvent event) {
        int digit = digit(event.getCode());
        boolean shortcut = event.isShortcutDown();
        boolean alt = event.isAltDown();
        if (digit >= 0 && shortcut && !alt && !event.isShiftDown()) {
            viewModel.stickArea(digit);
            return true;
        }
        if (digit >= NeedsRules.MIN_RATING && digit <= NeedsRules.MAX_RATING && alt && !shortcut) {
            if (event.isShiftDown()) {
                viewModel.stickFrequency(digit);
            } else {
                viewModel.stickSeverity(digit);
            }
            return true;
        }
        if (alt && !shortcut && !event.isShiftDown() && GROUP_KEYS.containsKey(event.getCode())) {
            viewModel.stickGroup(GROUP_KEYS.get(event.getCode()));
            return true;
        }
        if (event.getCode() == KeyCode.ESCAPE && !captureField.isFocused()) {
            captureField.requestFocus(); // from the list, the heat map or the editor back to capturing
            sideScroll.setVvalue(0);     // and the heat map back in sight
            return true;
        }
        if (TOGGLE_RANKING.match(event)) {
            viewModel.toggleRanking();
            return true;
        }
        return false;
    }

    /** 0–9 for the digit keys of the main block and the number pad, -1 for any other key. */
    private static int digit(KeyCode code) {
        if (code.ordinal() >= KeyCode.DIGIT0.ordinal() && code.ordinal() <= KeyCode.DIGIT9.ordinal()) {
            return code.ordinal() - KeyCode.DIGIT0.ordinal();
        }
        if (code.ordinal() >= KeyCode.NUMPAD0.ordinal() && code.ordinal() <= KeyCode.NUMPAD9.ordinal()) {
            return code.ordinal() - KeyCode.NUMPAD0.ordinal();
        }
        return -1;
    }

    private void areaChoice(ComboBox<Long> box, ObjectProperty<Long> value) {
        box.setItems(viewModel.areaChoices());
        box.setConverter(converter(viewModel::areaName));
        box.setVisibleRowCount(12);
        if (value != null) {
            link(box, value);
        }
    }

    private void sessionChoice(ComboBox<Long> box, ObjectProperty<Long> value) {
        box.setItems(viewModel.sessionChoices());
        box.setConverter(converter(viewModel::sessionLabel));
        if (value != null) {
            link(box, value);
        }
    }

    /**
     * Keeps a choice box and a property in step, like a bidirectional binding, except that the
     * box's passing {@code null} (a ComboBox clears its value for a moment when its items are
     * replaced) never reaches the property: the choice stays as stored.
     *
     * @return what undoes the link
     */
    private static <T> Runnable link(ComboBox<T> box, ObjectProperty<T> property) {
        box.setValue(property.get());
        ChangeListener<T> fromBox = (observable, old, value) -> {
            if (value != null && !Objects.equals(value, property.get())) {
                property.set(value);
            }
        };
        ChangeListener<T> fromProperty = (observable, old, value) -> box.setValue(value);
        ListChangeListener<T> itemsReplaced = change -> {
            box.setValue(null); // the box may keep the value yet show nothing: set it afresh
            box.setValue(property.get());
        };
        box.valueProperty().addListener(fromBox);
        property.addListener(fromProperty);
        box.getItems().addListener(itemsReplaced);
        return () -> {
            box.valueProperty().removeListener(fromBox);
            property.removeListener(fromProperty);
            box.getItems().removeListener(itemsReplaced);
        };
    }

    private void groupChoice(ComboBox<NeedsGroup> box, ObjectProperty<NeedsGroup> value) {
        box.getItems().setAll(NeedsGroup.values());
        box.setConverter(converter(group -> messages.get(group.messageKey())));
        if (value != null) {
            box.valueProperty().bindBidirectional(value);
        }
    }

    private static void rating(Spinner<Integer> spinner, ObjectProperty<Integer> value) {
        spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(NeedsRules.MIN_RATING,
                NeedsRules.MAX_RATING, value == null || value.get() == null ? NeedsRules.MIN_RATING : value.get()));
        if (value != null) {
            spinner.getValueFactory().valueProperty().bindBidirectional(value);
        }
    }

    /** Shows a choice by name; choices are picked from a list, never typed. */
    static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    private static void showError(Label label, ObservableValue<String> error) {
        if (error != null) {
            label.textProperty().bind(error);
        }
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static <T> void bindToggle(ObjectProperty<T> property, ToggleButton first, T firstValue,
                                       ToggleButton second, T secondValue) {
        ToggleGroup group = new ToggleGroup();
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

    @FXML
    private void capture() {
        viewModel.capture();
        captureField.requestFocus();
    }

    @FXML
    private void clearFilter() {
        viewModel.clearFilter();
    }

    @FXML
    private void voteUp() {
        viewModel.voteOnSelected(+1);
    }

    @FXML
    private void voteDown() {
        viewModel.voteOnSelected(-1);
    }

    @FXML
    private void deleteFinding() {
        if (viewModel.selectedProperty().get() != null) {
            viewModel.deleteFinding(viewModel.selectedProperty().get());
        }
    }

    /** One ranked finding: rank, votes with − / + buttons, text, and area · group · severity × frequency · status. */
    private final class FindingCell extends ListCell<FindingRowViewModel> {
        private final Label rank = new Label();
        private final Label votes = new Label();
        private final Label text = new Label();
        private final Label details = new Label();
        private final Button up = new Button(null, new FontIcon(Feather.PLUS));
        private final Button down = new Button(null, new FontIcon(Feather.MINUS));
        private final HBox graphic;

        FindingCell() {
            rank.getStyleClass().add("finding-rank");
            votes.getStyleClass().add("finding-votes");
            text.getStyleClass().add("finding-text");
            details.getStyleClass().add("finding-details");
            for (Label label : new Label[] {text, details}) {
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE); // wrap onto more lines rather than end in "…"
            }
            for (Button button : new Button[] {up, down}) {
                button.getStyleClass().addAll("flat", "vote-button");
                button.setFocusTraversable(false);
            }
            tip(up, messages.get("needs.vote.up"));
            tip(down, messages.get("needs.vote.down"));
            up.setOnAction(event -> viewModel.vote(getItem(), +1));
            down.setOnAction(event -> viewModel.vote(getItem(), -1));
            HBox voteBox = new HBox(2, down, votes, up);
            voteBox.setAlignment(javafx.geometry.Pos.CENTER);
            voteBox.getStyleClass().add("finding-vote-box");
            VBox body = new VBox(2, text, details);
            HBox.setHgrow(body, Priority.ALWAYS);
            body.setMinWidth(0);
            graphic = new HBox(10, rank, voteBox, body);
            graphic.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setPrefWidth(0); // take the list's width, so long texts wrap instead of widening the list
        }

        @Override
        protected void updateItem(FindingRowViewModel row, boolean empty) {
            super.updateItem(row, empty);
            text.textProperty().unbind();
            votes.textProperty().unbind();
            details.textProperty().unbind();
            getStyleClass().remove("finding-addressed");
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                setId(null);
                return;
            }
            setId("finding-" + row.id());
            rank.setText(messages.get("needs.rank", getIndex() + 1));
            text.textProperty().bind(row.textProperty());
            votes.textProperty().bind(row.votesProperty().asString());
            details.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                    row.statusProperty().get() == FindingStatus.ADDRESSED ? "needs.finding.detailsAddressed" : "needs.finding.details",
                    viewModel.areaName(row.areaProperty().get()), messages.get(row.groupProperty().get().messageKey()),
                    row.severityProperty().get(), row.frequencyProperty().get(), row.scoreProperty().get()),
                    row.areaProperty(), row.groupProperty(), row.severityProperty(), row.frequencyProperty(),
                    row.statusProperty()));
            if (row.statusProperty().get() == FindingStatus.ADDRESSED) {
                getStyleClass().add("finding-addressed");
            }
            setTooltip(new Tooltip(messages.get("needs.finding.tooltip", messages.get(row.statusProperty().get().messageKey()),
                    row.severityProperty().get(), row.frequencyProperty().get(), viewModel.sessionLabel(row.sessionProperty().get()))));
            setAccessibleText(text.getText());
            setGraphic(graphic);
        }
    }
}
