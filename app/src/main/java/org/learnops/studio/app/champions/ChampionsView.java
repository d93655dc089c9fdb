package org.learnops.studio.app.champions;

import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.learnops.studio.app.common.Forms;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.ViewLoader;
import org.learnops.studio.domain.champions.EngagementEntry;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.domain.stakeholder.StakeholderRules;
import org.learnops.studio.domain.stakeholder.Stance;

/** The Champions step's screen: it binds to {@link ChampionsViewModel} and forwards the user's intents. */
public final class ChampionsView {

    private final ChampionsViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    @FXML private TextField newStakeholderField;
    @FXML private Button addStakeholderButton;
    @FXML private Label newStakeholderError;
    @FXML private Label newStakeholderWarning;
    @FXML private TableView<StakeholderRowViewModel> stakeholderTable;
    @FXML private Label noStakeholderLabel;
    @FXML private GridPane stakeholderForm;
    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private Label nameWarning;
    @FXML private TextField roleField;
    @FXML private Label roleError;
    @FXML private ComboBox<StakeholderGroup> groupBox;
    @FXML private ComboBox<Stance> stanceBox;
    @FXML private TextField businessAreaField;
    @FXML private Label businessAreaError;
    @FXML private TextField regionField;
    @FXML private Label regionError;
    @FXML private Spinner<Integer> influenceSpinner;
    @FXML private Spinner<Integer> interestSpinner;
    @FXML private TextField emailField;
    @FXML private Label emailError;
    @FXML private Button deleteStakeholderButton;
    @FXML private StackPane gridHolder;
    @FXML private ComboBox<StakeholderRowViewModel> newChampionBox;
    @FXML private Button addChampionButton;
    @FXML private Label newChampionError;
    @FXML private ListView<ChampionRowViewModel> championList;
    @FXML private Label noChampionLabel;
    @FXML private VBox championForm;
    @FXML private Label championNameLabel;
    @FXML private Button deleteChampionButton;
    @FXML private Label unassignedHint;
    @FXML private ComboBox<String> championBusinessAreaBox;
    @FXML private Label championBusinessAreaError;
    @FXML private ComboBox<String> championRegionBox;
    @FXML private Label championRegionError;
    @FXML private ComboBox<AreaChoice> championAreaBox;
    @FXML private TextArea commitmentArea;
    @FXML private Label commitmentError;
    @FXML private DatePicker entryDatePicker;
    @FXML private TextField entryNoteField;
    @FXML private Button addEntryButton;
    @FXML private Label entryError;
    @FXML private TableView<EngagementEntry> logTable;
    @FXML private Label gapsTitle;
    @FXML private VBox gapsBox;

    public ChampionsView(ChampionsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        newStakeholderField.textProperty().bindBidirectional(viewModel.newStakeholderNameProperty());
        newStakeholderField.setOnAction(event -> viewModel.addStakeholder());
        showMessage(newStakeholderError, viewModel.newStakeholderErrorProperty());
        showMessage(newStakeholderWarning, viewModel.newStakeholderWarningProperty());
        addStakeholderButton.disableProperty().bind(viewModel.busyProperty());
        setUpTable();
        setUpStakeholderForm();

        gridHolder.getChildren().setAll(new InfluenceInterestGrid(viewModel, messages));

        setUpChampions();
        setUpGaps();
        // Wrapped cells measure their height once; presentation mode changes the type size and,
        // after the next layout, the column widths: measure again then.
        noStakeholderLabel.fontProperty().addListener((observable, old, font) -> Platform.runLater(() -> {
            championList.refresh();
            logTable.refresh();
        }));
    }

    // ---- register ----

    private void setUpTable() {
        stakeholderTable.getColumns().setAll(
                textColumn("champions.column.name", StakeholderRowViewModel::nameProperty, 9.5),
                textColumn("champions.column.role", StakeholderRowViewModel::roleProperty, 6.5),
                column("champions.column.group", StakeholderRowViewModel::groupProperty,
                        group -> messages.get(group.messageKey()), 7.5),
                textColumn("champions.column.businessArea", StakeholderRowViewModel::businessAreaProperty, 8.5),
                textColumn("champions.column.region", StakeholderRowViewModel::regionProperty, 6),
                column("champions.column.influence", StakeholderRowViewModel::influenceProperty, String::valueOf, 6.3),
                column("champions.column.interest", StakeholderRowViewModel::interestProperty, String::valueOf, 5.6),
                column("champions.column.stance", StakeholderRowViewModel::stanceProperty,
                        stance -> messages.get(stance.messageKey()), 6.3));
        // E-mail is personal data: it shows in the form of the selected stakeholder, not in the list a projector shows.
        stakeholderTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        SortedList<StakeholderRowViewModel> sorted = new SortedList<>(viewModel.stakeholders());
        sorted.comparatorProperty().bind(stakeholderTable.comparatorProperty());
        stakeholderTable.setItems(sorted);
        stakeholderTable.getSelectionModel().selectedItemProperty().addListener((observable, old, selected) -> {
            if (selected != null) {
                viewModel.selectedStakeholderProperty().set(selected);
            }
        });
        viewModel.selectedStakeholderProperty().addListener((observable, old, selected) -> {
            if (selected == null) {
                stakeholderTable.getSelectionModel().clearSelection();
            } else if (stakeholderTable.getSelectionModel().getSelectedItem() != selected) {
                stakeholderTable.getSelectionModel().select(selected);
                stakeholderTable.scrollTo(selected);
            }
        });
        stakeholderTable.setOnKeyPressed(event -> {
            StakeholderRowViewModel selected = stakeholderTable.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.DELETE && selected != null) {
                viewModel.deleteStakeholder(selected);
                event.consume();
            }
        });
    }

    private TableColumn<StakeholderRowViewModel, String> textColumn(
            String key, Function<StakeholderRowViewModel, ObservableValue<String>> value, double ems) {
        TableColumn<StakeholderRowViewModel, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        widthInEms(column, ems);
        if (key.equals("champions.column.name")) {
            // The name cell also shows the duplicate warning, as an icon with the message as tooltip. It follows
            // the row's warning, which changes when *another* stakeholder is renamed or moves business area.
            column.setCellFactory(c -> new TableCell<>() {
                private final InvalidationListener showWarning = observable -> showWarning();
                private StakeholderRowViewModel shown;

                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    StakeholderRowViewModel row = empty || getTableRow() == null ? null : getTableRow().getItem();
                    if (row != shown) {
                        if (shown != null) {
                            shown.warningProperty().removeListener(showWarning);
                        }
                        if (row != null) {
                            row.warningProperty().addListener(showWarning);
                        }
                        shown = row;
                    }
                    showWarning();
                }

                private void showWarning() {
                    String warning = shown == null ? "" : shown.warningProperty().get();
                    setGraphic(warning.isEmpty() ? null : warningIcon());
                    setTooltip(warning.isEmpty() ? null : new Tooltip(warning));
                }
            });
        }
        return column;
    }

    private static FontIcon warningIcon() {
        FontIcon icon = new FontIcon(Feather.ALERT_TRIANGLE);
        icon.getStyleClass().add("warning-icon");
        return icon;
    }

    private <T> TableColumn<StakeholderRowViewModel, T> column(
            String key, Function<StakeholderRowViewModel, ObservableValue<T>> value, Function<T, String> text, double ems) {
        TableColumn<StakeholderRowViewModel, T> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        widthInEms(column, ems);
        return column;
    }

    /**
     * Sizes a column in ems of the screen's type, so that presentation mode widens it rather than
     * cutting its text; a table too narrow for its columns scrolls sideways.
     */
    private void widthInEms(TableColumn<?, ?> column, double ems) {
        DoubleBinding width = Bindings.createDoubleBinding(() -> ems * em(), noStakeholderLabel.fontProperty());
        column.minWidthProperty().bind(width);
        column.prefWidthProperty().bind(width);
    }

    /** The size of the screen's ordinary type, in pixels (larger in presentation mode). */
    private double em() {
        return noStakeholderLabel.getFont().getSize();
    }

    private void setUpStakeholderForm() {
        groupBox.getItems().setAll(StakeholderGroup.values());
        groupBox.setConverter(Forms.labels(group -> messages.get(group.messageKey())));
        stanceBox.getItems().setAll(Stance.values());
        stanceBox.setConverter(Forms.labels(stance -> messages.get(stance.messageKey())));
        influenceSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                StakeholderRules.MIN_RATING, StakeholderRules.MAX_RATING));
        interestSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                StakeholderRules.MIN_RATING, StakeholderRules.MAX_RATING));
        noStakeholderLabel.visibleProperty().bind(viewModel.selectedStakeholderProperty().isNull());
        stakeholderForm.visibleProperty().bind(viewModel.selectedStakeholderProperty().isNotNull());
        stakeholderForm.managedProperty().bind(stakeholderForm.visibleProperty());
        deleteStakeholderButton.disableProperty().bind(viewModel.busyProperty());
        bindStakeholderForm(null, viewModel.selectedStakeholderProperty().get());
        viewModel.selectedStakeholderProperty().addListener((observable, old, selected) -> bindStakeholderForm(old, selected));
    }

    /** Points the form at another stakeholder: unbinds from the old one first, so edits never leak between rows. */
    private void bindStakeholderForm(StakeholderRowViewModel old, StakeholderRowViewModel row) {
        if (old != null) {
            nameField.textProperty().unbindBidirectional(old.nameProperty());
            roleField.textProperty().unbindBidirectional(old.roleProperty());
            groupBox.valueProperty().unbindBidirectional(old.groupProperty());
            stanceBox.valueProperty().unbindBidirectional(old.stanceProperty());
            businessAreaField.textProperty().unbindBidirectional(old.businessAreaProperty());
            regionField.textProperty().unbindBidirectional(old.regionProperty());
            influenceSpinner.getValueFactory().valueProperty().unbindBidirectional(old.influenceProperty());
            interestSpinner.getValueFactory().valueProperty().unbindBidirectional(old.interestProperty());
            emailField.textProperty().unbindBidirectional(old.emailProperty());
        }
        if (row == null) {
            for (Label label : new Label[] {nameError, nameWarning, roleError, businessAreaError, regionError, emailError}) {
                showMessage(label, new ReadOnlyStringWrapper("").getReadOnlyProperty());
            }
            return;
        }
        nameField.textProperty().bindBidirectional(row.nameProperty());
        roleField.textProperty().bindBidirectional(row.roleProperty());
        groupBox.valueProperty().bindBidirectional(row.groupProperty());
        stanceBox.valueProperty().bindBidirectional(row.stanceProperty());
        businessAreaField.textProperty().bindBidirectional(row.businessAreaProperty());
        regionField.textProperty().bindBidirectional(row.regionProperty());
        influenceSpinner.getValueFactory().valueProperty().bindBidirectional(row.influenceProperty());
        interestSpinner.getValueFactory().valueProperty().bindBidirectional(row.interestProperty());
        emailField.textProperty().bindBidirectional(row.emailProperty());
        showMessage(nameError, row.errorProperty("name"));
        showMessage(nameWarning, row.warningProperty());
        showMessage(roleError, row.errorProperty("role"));
        showMessage(businessAreaError, row.errorProperty("businessArea"));
        showMessage(regionError, row.errorProperty("region"));
        showMessage(emailError, row.errorProperty("email"));
    }

    @FXML
    private void addStakeholder() {
        viewModel.addStakeholder();
    }

    @FXML
    private void deleteStakeholder() {
        StakeholderRowViewModel selected = viewModel.selectedStakeholderProperty().get();
        if (selected != null) {
            viewModel.deleteStakeholder(selected);
        }
    }

    // ---- champions ----

    private void setUpChampions() {
        newChampionBox.setItems(viewModel.stakeholders());
        newChampionBox.setConverter(Forms.labels(row -> row.nameProperty().get()));
        newChampionBox.valueProperty().bindBidirectional(viewModel.newChampionStakeholderProperty());
        showMessage(newChampionError, viewModel.newChampionErrorProperty());
        addChampionButton.disableProperty().bind(viewModel.busyProperty());

        championList.setItems(viewModel.champions());
        championList.setCellFactory(list -> new ListCell<>() {
            private final Label text = new Label();

            {
                // Wraps within the list's width instead of scrolling sideways.
                text.setWrapText(true);
                text.setMinHeight(Region.USE_PREF_SIZE);
                text.prefWidthProperty().bind(list.widthProperty().subtract(30));
            }

            @Override
            protected void updateItem(ChampionRowViewModel item, boolean empty) {
                super.updateItem(item, empty);
                text.textProperty().unbind();
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    text.textProperty().bind(item.summaryProperty());
                    setGraphic(text);
                }
            }
        });
        championList.getSelectionModel().selectedItemProperty().addListener((observable, old, selected) -> {
            if (selected != null) {
                viewModel.selectedChampionProperty().set(selected);
            }
        });
        viewModel.selectedChampionProperty().addListener((observable, old, selected) -> {
            if (selected == null) {
                championList.getSelectionModel().clearSelection();
            } else if (championList.getSelectionModel().getSelectedItem() != selected) {
                championList.getSelectionModel().select(selected);
            }
            bindChampionForm(old, selected);
        });
        championList.setOnKeyPressed(event -> {
            ChampionRowViewModel selected = championList.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.DELETE && selected != null) {
                viewModel.deleteChampion(selected);
                event.consume();
            }
        });

        championBusinessAreaBox.setItems(viewModel.businessAreaSuggestions());
        championRegionBox.setItems(viewModel.regionSuggestions());
        championAreaBox.setItems(viewModel.activityAreas());
        noChampionLabel.visibleProperty().bind(viewModel.selectedChampionProperty().isNull());
        championForm.visibleProperty().bind(viewModel.selectedChampionProperty().isNotNull());
        championForm.managedProperty().bind(championForm.visibleProperty());
        deleteChampionButton.disableProperty().bind(viewModel.busyProperty());
        addEntryButton.disableProperty().bind(viewModel.busyProperty());
        entryNoteField.setOnAction(event -> addEntry());

        TableColumn<EngagementEntry, String> date = new TableColumn<>(messages.get("champions.log.date"));
        // Dates as the date picker writes them, so the log and the field read alike.
        date.setCellValueFactory(cell -> new SimpleObjectProperty<>(entryDatePicker.getConverter().toString(cell.getValue().date())));
        widthInEms(date, 7.5);
        TableColumn<EngagementEntry, String> note = new TableColumn<>(messages.get("champions.log.note"));
        note.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue().note()));
        note.setCellFactory(c -> new TableCell<>() {
            private final Label text = new Label();

            {
                // Long notes wrap onto more lines rather than end in "…".
                text.setWrapText(true);
                text.setMinHeight(Region.USE_PREF_SIZE);
                text.prefWidthProperty().bind(note.widthProperty().subtract(16));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(item);
                setGraphic(empty ? null : text);
            }

            /** As tall as the wrapped note (a table row asks its cells without a width). */
            @Override
            protected double computePrefHeight(double width) {
                return isEmpty() ? super.computePrefHeight(width)
                        : text.prefHeight(text.getPrefWidth()) + snappedTopInset() + snappedBottomInset();
            }
        });
        note.setPrefWidth(330);
        TableColumn<EngagementEntry, EngagementEntry> delete = new TableColumn<>();
        delete.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue()));
        delete.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(EngagementEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                if (empty || entry == null) {
                    setGraphic(null);
                    return;
                }
                Button button = new Button(null, new FontIcon(Feather.TRASH_2));
                button.getStyleClass().addAll("flat", "log-delete");
                button.setId("deleteEntry-" + entry.id());
                button.setTooltip(new Tooltip(messages.get("champions.deleteEntry.title")));
                button.setAccessibleText(messages.get("champions.deleteEntry.title"));
                button.setOnAction(event -> deleteEntry(entry));
                setGraphic(button);
            }
        });
        widthInEms(delete, 3.4);
        delete.maxWidthProperty().bind(delete.minWidthProperty());
        delete.setSortable(false);
        logTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        logTable.getColumns().setAll(List.of(date, note, delete));
        logTable.setOnKeyPressed(event -> {
            EngagementEntry selected = logTable.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.DELETE && selected != null) {
                deleteEntry(selected);
                event.consume();
            }
        });
        bindChampionForm(null, viewModel.selectedChampionProperty().get());
    }

    private void bindChampionForm(ChampionRowViewModel old, ChampionRowViewModel row) {
        if (old != null) {
            championBusinessAreaBox.getEditor().textProperty().unbindBidirectional(old.businessAreaProperty());
            championRegionBox.getEditor().textProperty().unbindBidirectional(old.regionProperty());
            championAreaBox.valueProperty().unbindBidirectional(old.activityAreaProperty());
            commitmentArea.textProperty().unbindBidirectional(old.commitmentProperty());
            entryDatePicker.valueProperty().unbindBidirectional(old.newEntryDateProperty());
            entryNoteField.textProperty().unbindBidirectional(old.newEntryNoteProperty());
        }
        championNameLabel.textProperty().unbind();
        logTable.setItems(null);
        if (row == null) {
            return;
        }
        championNameLabel.textProperty().bind(row.stakeholder().nameProperty());
        championBusinessAreaBox.getEditor().textProperty().bindBidirectional(row.businessAreaProperty());
        championRegionBox.getEditor().textProperty().bindBidirectional(row.regionProperty());
        championAreaBox.valueProperty().bindBidirectional(row.activityAreaProperty());
        commitmentArea.textProperty().bindBidirectional(row.commitmentProperty());
        entryDatePicker.valueProperty().bindBidirectional(row.newEntryDateProperty());
        entryNoteField.textProperty().bindBidirectional(row.newEntryNoteProperty());
        showMessage(unassignedHint, row.unassignedHintProperty());
        showMessage(championBusinessAreaError, row.errorProperty("businessArea"));
        showMessage(championRegionError, row.errorProperty("region"));
        showMessage(commitmentError, row.errorProperty("commitment"));
        showMessage(entryError, row.newEntryErrorProperty());
        logTable.setItems(row.log());
    }

    @FXML
    private void addChampion() {
        viewModel.addChampion();
    }

    @FXML
    private void deleteChampion() {
        ChampionRowViewModel selected = viewModel.selectedChampionProperty().get();
        if (selected != null) {
            viewModel.deleteChampion(selected);
        }
    }

    @FXML
    private void addEntry() {
        ChampionRowViewModel selected = viewModel.selectedChampionProperty().get();
        if (selected != null) {
            viewModel.addEngagement(selected);
        }
    }

    private void deleteEntry(EngagementEntry entry) {
        ChampionRowViewModel selected = viewModel.selectedChampionProperty().get();
        if (selected != null) {
            viewModel.deleteEngagement(selected, entry);
        }
    }

    // ---- gaps ----

    private void setUpGaps() {
        fillGaps();
        viewModel.gaps().addListener((ListChangeListener<String>) change -> fillGaps());
    }

    private void fillGaps() {
        int count = viewModel.gaps().size();
        gapsTitle.setText(count == 0 ? messages.get("champions.gaps.title") : messages.get("champions.gaps.titleCount", count));
        gapsBox.getChildren().clear();
        if (count == 0) {
            Label none = new Label(messages.get("champions.gaps.none"));
            none.setWrapText(true);
            none.getStyleClass().add("step-intro");
            gapsBox.getChildren().add(none);
            return;
        }
        int index = 0;
        for (String gap : viewModel.gaps()) {
            Label label = new Label(gap, warningIcon());
            label.setWrapText(true);
            label.setId("gap-" + index++);
            label.getStyleClass().add("gap");
            gapsBox.getChildren().add(label);
        }
    }

    // ---- shared ----

    private static void showMessage(Label label, ReadOnlyStringProperty message) {
        label.textProperty().bind(message);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

}
