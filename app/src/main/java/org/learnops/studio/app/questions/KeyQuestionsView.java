package org.learnops.studio.app.questions;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.learnops.studio.app.common.Forms;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.ViewLoader;
import org.learnops.studio.domain.questions.Comparison;
import org.learnops.studio.domain.questions.KeyQuestion;
import org.learnops.studio.domain.questions.Metric;
import org.learnops.studio.domain.questions.Signal;

/**
 * The Key questions step's screen: the four questions as a bar of buttons, the chosen question's
 * narrative answer, its done-conditions table, and the selected condition's editor. Binds to
 * {@link KeyQuestionsViewModel} and forwards intents.
 */
public final class KeyQuestionsView {

    private final KeyQuestionsViewModel viewModel;
    private final Messages messages;
    private final Parent root;
    private QuestionViewModel shownQuestion;
    private ConditionRowViewModel shown;

    @FXML private FlowPane questionBar;
    @FXML private Label questionLabel;
    @FXML private Label hintLabel;
    @FXML private TextArea answerArea;
    @FXML private ComboBox<Metric> newMetricCombo;
    @FXML private Button addButton;
    @FXML private TableView<ConditionRowViewModel> conditionsTable;
    @FXML private TableColumn<ConditionRowViewModel, Signal> signalColumn;
    @FXML private TableColumn<ConditionRowViewModel, Metric> metricColumn;
    @FXML private TableColumn<ConditionRowViewModel, String> targetColumn;
    @FXML private TableColumn<ConditionRowViewModel, String> valueColumn;
    @FXML private TableColumn<ConditionRowViewModel, String> statusColumn;
    @FXML private Label noCondition;
    @FXML private ScrollPane editorScroll;
    @FXML private Label statusBadge;
    @FXML private Button deleteButton;
    @FXML private Label reasonLabel;
    @FXML private ComboBox<Metric> metricCombo;
    @FXML private ComboBox<Comparison> comparisonCombo;
    @FXML private Label thresholdLabel;
    @FXML private TextField thresholdField;
    @FXML private Label thresholdError;
    @FXML private DatePicker targetDatePicker;
    @FXML private Label targetDateError;
    @FXML private ComboBox<Choice> ownerCombo;
    @FXML private ComboBox<Choice> areaCombo;
    @FXML private TextField businessAreaField;
    @FXML private Label businessAreaError;

    public KeyQuestionsView(KeyQuestionsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        setUpQuestionBar();
        newMetricCombo.getItems().setAll(Metric.values());
        newMetricCombo.setConverter(Forms.labels(metric -> messages.get(metric.messageKey())));
        newMetricCombo.valueProperty().bindBidirectional(viewModel.newMetricProperty());
        addButton.disableProperty().bind(viewModel.busyProperty());

        setUpTable();

        metricCombo.getItems().setAll(Metric.values());
        metricCombo.setConverter(Forms.labels(metric -> messages.get(metric.messageKey())));
        comparisonCombo.getItems().setAll(Comparison.values());
        comparisonCombo.setConverter(Forms.labels(comparison -> comparison.symbol() + "  " + messages.get(comparisonKey(comparison))));
        ownerCombo.setItems(viewModel.ownerChoices());
        areaCombo.setItems(viewModel.areaChoices());
        keepShowing(ownerCombo, () -> shown == null ? null : shown.ownerProperty().get());
        keepShowing(areaCombo, () -> shown == null ? null : shown.areaProperty().get());
        targetDatePicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return KeyQuestionsViewModel.formatDate(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return shown == null ? null : viewModel.typeTargetDate(shown, text);
            }
        });
        metricCombo.valueProperty().addListener(forward(() -> shown == null ? null : shown.metricProperty(), false));
        comparisonCombo.valueProperty().addListener(forward(() -> shown == null ? null : shown.comparisonProperty(), false));
        ownerCombo.valueProperty().addListener(forward(() -> shown == null ? null : shown.ownerProperty(), false));
        areaCombo.valueProperty().addListener(forward(() -> shown == null ? null : shown.areaProperty(), false));
        targetDatePicker.valueProperty().addListener(forward(() -> shown == null ? null : shown.targetDateProperty(), true));
        deleteButton.setGraphic(new FontIcon(Feather.TRASH_2));
        deleteButton.setTooltip(new Tooltip(messages.get("questions.delete.tooltip")));
        deleteButton.setAccessibleText(messages.get("questions.delete.title"));

        viewModel.selectedProperty().addListener((observable, old, question) -> showQuestion(question));
        showQuestion(viewModel.selectedProperty().get());
        viewModel.selectedConditionProperty().addListener((observable, old, row) -> {
            if (row == null) {
                conditionsTable.getSelectionModel().clearSelection();
            } else {
                conditionsTable.getSelectionModel().select(row);
                conditionsTable.scrollTo(row);
            }
            edit(row);
        });
        edit(viewModel.selectedConditionProperty().get());
    }

    private void setUpQuestionBar() {
        ToggleGroup group = new ToggleGroup();
        Map<KeyQuestion, ToggleButton> buttons = new EnumMap<>(KeyQuestion.class);
        for (QuestionViewModel question : viewModel.questions()) {
            KeyQuestion key = question.question();
            ToggleButton button = new ToggleButton(messages.get("questions.tab", key.number(), messages.get(key.shortKey())));
            button.setId("question-" + key.name());
            button.setToggleGroup(group);
            button.setUserData(question);
            FontIcon done = new FontIcon(Feather.CHECK_CIRCLE);
            FontIcon open = new FontIcon(Feather.CIRCLE);
            button.graphicProperty().bind(Bindings.when(question.completeProperty()).then(done).otherwise(open));
            button.setTooltip(new Tooltip(messages.get(key.messageKey())));
            buttons.put(key, button);
            questionBar.getChildren().add(button);
        }
        group.selectToggle(buttons.get(viewModel.selectedProperty().get().question()));
        group.selectedToggleProperty().addListener((observable, old, now) -> {
            if (now == null) {
                group.selectToggle(old);
            } else {
                viewModel.selectedProperty().set((QuestionViewModel) now.getUserData());
            }
        });
        viewModel.selectedProperty().addListener((observable, old, now) -> group.selectToggle(buttons.get(now.question())));
    }

    private static String comparisonKey(Comparison comparison) {
        return switch (comparison) {
            case AT_LEAST -> "questions.comparison.atLeast";
            case MORE_THAN -> "questions.comparison.moreThan";
            case AT_MOST -> "questions.comparison.atMost";
            case LESS_THAN -> "questions.comparison.lessThan";
            case EQUAL -> "questions.comparison.equal";
        };
    }

    private void showQuestion(QuestionViewModel question) {
        if (shownQuestion != null) {
            answerArea.textProperty().unbindBidirectional(shownQuestion.answerProperty());
        }
        shownQuestion = question;
        questionLabel.setText(messages.get("questions.heading", question.question().number(),
                messages.get(question.question().messageKey())));
        hintLabel.setText(messages.get(question.question().hintKey()));
        answerArea.textProperty().bindBidirectional(question.answerProperty());
        conditionsTable.setItems(question.conditions());
    }

    private void setUpTable() {
        conditionsTable.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (row != null) {
                viewModel.selectedConditionProperty().set(row);
            }
        });
        signalColumn.setCellValueFactory(data -> data.getValue().signalProperty());
        signalColumn.setCellFactory(column -> new TableCell<>() {
            private final FontIcon icon = new FontIcon(Feather.CIRCLE);

            @Override
            protected void updateItem(Signal signal, boolean empty) {
                super.updateItem(signal, empty);
                icon.getStyleClass().removeIf(style -> style.startsWith("signal-"));
                if (!empty && signal != null) {
                    icon.getStyleClass().add(signalStyle(signal));
                }
                setGraphic(empty || signal == null ? null : icon);
            }
        });
        metricColumn.setCellValueFactory(data -> data.getValue().metricProperty());
        metricColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Metric metric, boolean empty) {
                super.updateItem(metric, empty);
                setText(empty || metric == null ? null : messages.get(metric.messageKey()));
            }
        });
        targetColumn.setCellValueFactory(data -> data.getValue().summaryProperty());
        valueColumn.setCellValueFactory(data -> data.getValue().valueProperty());
        statusColumn.setCellValueFactory(data -> data.getValue().statusProperty());
        statusColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String status, boolean empty) {
                super.updateItem(status, empty);
                ConditionRowViewModel row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : status);
                setTooltip(row == null || row.reasonProperty().get().isEmpty() ? null : new Tooltip(row.reasonProperty().get()));
            }
        });
        questionLabel.fontProperty().addListener((observable, old, font) -> sizeColumns(hintLabel.getFont().getSize()));
        hintLabel.fontProperty().addListener((observable, old, font) -> sizeColumns(font.getSize()));
        sizeColumns(hintLabel.getFont().getSize());
        conditionsTable.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            ConditionRowViewModel row = conditionsTable.getSelectionModel().getSelectedItem();
            if (row == null || event.isShortcutDown() || event.isAltDown()) {
                return;
            }
            if (event.getCode() == KeyCode.ENTER) {
                thresholdField.requestFocus();
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE) {
                viewModel.delete(row);
                event.consume();
            }
        });
    }

    private void sizeColumns(double em) {
        signalColumn.setMinWidth(2.4 * em);
        signalColumn.setMaxWidth(2.4 * em);
        metricColumn.setMinWidth(8 * em);
        targetColumn.setMinWidth(6 * em);
        valueColumn.setMinWidth(4.5 * em);
        statusColumn.setMinWidth(6 * em);
    }

    static String signalStyle(Signal signal) {
        return "signal-" + signal.name().toLowerCase(java.util.Locale.ROOT);
    }

    private void edit(ConditionRowViewModel row) {
        ConditionRowViewModel previous = shown;
        if (previous != null) {
            String typed = String.valueOf(java.util.Objects.requireNonNullElse(targetDatePicker.getEditor().getText(), ""));
            if (!typed.equals(KeyQuestionsViewModel.formatDate(previous.targetDateProperty().get()))) {
                viewModel.typeTargetDate(previous, typed);
            }
            thresholdField.textProperty().unbindBidirectional(previous.thresholdProperty());
            businessAreaField.textProperty().unbindBidirectional(previous.businessAreaProperty());
            previous.metricProperty().removeListener(showMetric);
            previous.comparisonProperty().removeListener(showComparison);
            previous.ownerProperty().removeListener(showOwner);
            previous.areaProperty().removeListener(showArea);
            previous.targetDateProperty().removeListener(showDate);
        }
        shown = null;
        noCondition.setVisible(row == null);
        editorScroll.setVisible(row != null);
        if (row == null) {
            return;
        }
        metricCombo.setValue(row.metricProperty().get());
        comparisonCombo.setValue(row.comparisonProperty().get());
        ownerCombo.setValue(row.ownerProperty().get());
        areaCombo.setValue(row.areaProperty().get());
        targetDatePicker.setValue(row.targetDateProperty().get());
        targetDatePicker.getEditor().setText(KeyQuestionsViewModel.formatDate(row.targetDateProperty().get()));
        thresholdField.textProperty().bindBidirectional(row.thresholdProperty());
        businessAreaField.textProperty().bindBidirectional(row.businessAreaProperty());
        row.metricProperty().addListener(showMetric);
        row.comparisonProperty().addListener(showComparison);
        row.ownerProperty().addListener(showOwner);
        row.areaProperty().addListener(showArea);
        row.targetDateProperty().addListener(showDate);
        thresholdLabel.textProperty().bind(Bindings.createStringBinding(() -> messages.get("questions.field.threshold",
                viewModel.rangeText(row.metricProperty().get().unit())), row.metricProperty()));
        statusBadge.textProperty().bind(Bindings.createStringBinding(() -> row.signalProperty().get() == Signal.GREY
                ? row.statusProperty().get() : messages.get("questions.badge", row.statusProperty().get(), row.valueProperty().get()),
                row.statusProperty(), row.valueProperty(), row.signalProperty()));
        row.signalProperty().addListener(showSignal);
        showSignal.changed(null, null, row.signalProperty().get());
        reasonLabel.textProperty().bind(row.reasonProperty());
        reasonLabel.visibleProperty().bind(row.reasonProperty().isNotEmpty());
        reasonLabel.managedProperty().bind(reasonLabel.visibleProperty());
        Forms.showError(thresholdError, row.thresholdErrorProperty());
        Forms.showError(targetDateError, row.targetDateErrorProperty());
        Forms.showError(businessAreaError, row.businessAreaErrorProperty());
        shown = row;
    }

    private final ChangeListener<Metric> showMetric = (observable, old, metric) -> metricCombo.setValue(metric);
    private final ChangeListener<Comparison> showComparison = (observable, old, comparison) -> comparisonCombo.setValue(comparison);
    private final ChangeListener<Choice> showOwner = (observable, old, owner) -> ownerCombo.setValue(owner);
    private final ChangeListener<Choice> showArea = (observable, old, area) -> areaCombo.setValue(area);
    private final ChangeListener<LocalDate> showDate = (observable, old, date) -> targetDatePicker.setValue(date);
    private final ChangeListener<Signal> showSignal = (observable, old, signal) -> {
        statusBadge.getStyleClass().removeIf(style -> style.startsWith("signal-") && !style.equals("signal-badge"));
        statusBadge.getStyleClass().add(signalStyle(signal));
    };

    /** Passes what the user picks on to the condition shown; a {@code null} from a list control (its choices changed) is ignored. */
    private static <T> ChangeListener<T> forward(java.util.function.Supplier<Property<T>> target, boolean nullAllowed) {
        return (observable, old, value) -> {
            Property<T> property = target.get();
            if (property != null && (value != null || nullAllowed)) {
                property.setValue(value);
            }
        };
    }

    private static <T> void keepShowing(ComboBox<T> combo, java.util.function.Supplier<T> current) {
        combo.getItems().addListener((ListChangeListener<T>) change -> {
            T value = current.get();
            if (value != null) {
                combo.setValue(value);
            }
        });
    }

    @FXML
    private void add() {
        viewModel.addCondition();
    }

    @FXML
    private void delete() {
        viewModel.delete(shown);
    }

}
