package org.learnops.studio.app.expectations;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.learnops.studio.app.common.Forms;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.ViewLoader;
import org.learnops.studio.app.expectations.ExpectationsViewModel.Show;
import org.learnops.studio.app.expectations.ExpectationsViewModel.Sort;
import org.learnops.studio.domain.expectations.DeliverableStatus;

/**
 * The Expectations step's screen: the deliverables checklist on the left, the selected
 * deliverable's editor on the right. It binds to {@link ExpectationsViewModel} and forwards intents.
 */
public final class ExpectationsView {

    private static final String OVERDUE = "overdue";
    private static final PseudoClass REMOVED = PseudoClass.getPseudoClass("removed");

    private final ExpectationsViewModel viewModel;
    private final Messages messages;
    private final Parent root;
    private DeliverableRowViewModel shown;

    @FXML private ComboBox<Show> showCombo;
    @FXML private ComboBox<FilterChoice<DeliverableStatus>> statusFilterCombo;
    @FXML private ComboBox<FilterChoice<OwnerChoice>> ownerFilterCombo;
    @FXML private ComboBox<Sort> sortCombo;
    @FXML private Label summaryLabel;
    @FXML private TableView<DeliverableRowViewModel> deliverablesTable;
    @FXML private TableColumn<DeliverableRowViewModel, Boolean> includedColumn;
    @FXML private TableColumn<DeliverableRowViewModel, DeliverableRowViewModel> titleColumn;
    @FXML private TableColumn<DeliverableRowViewModel, DeliverableRowViewModel> dueColumn;
    @FXML private TableColumn<DeliverableRowViewModel, DeliverableStatus> statusColumn;
    @FXML private TextField newTitleField;
    @FXML private Button addButton;
    @FXML private Label newTitleError;
    @FXML private Label noSelection;
    @FXML private ScrollPane editorScroll;
    @FXML private Label titleLabel;
    @FXML private VBox titleBox;
    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private CheckBox includedCheck;
    @FXML private Label overdueLabel;
    @FXML private TextArea purposeArea;
    @FXML private Label purposeError;
    @FXML private TextField audienceField;
    @FXML private Label audienceError;
    @FXML private ComboBox<OwnerChoice> ownerCombo;
    @FXML private DatePicker dueDatePicker;
    @FXML private Label dueDateError;
    @FXML private ComboBox<DeliverableStatus> statusCombo;
    @FXML private TextArea notesArea;
    @FXML private Label notesError;
    @FXML private Button deleteButton;

    public ExpectationsView(ExpectationsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        showCombo.getItems().setAll(Show.values());
        showCombo.setConverter(Forms.labels(show -> messages.get(show.messageKey())));
        choose(showCombo, viewModel.showProperty());
        statusFilterCombo.setItems(viewModel.statusFilters());
        choose(statusFilterCombo, viewModel.statusFilterProperty());
        ownerFilterCombo.setItems(viewModel.ownerFilters());
        choose(ownerFilterCombo, viewModel.ownerFilterProperty());
        sortCombo.getItems().setAll(Sort.values());
        sortCombo.setConverter(Forms.labels(sort -> messages.get(sort.messageKey())));
        choose(sortCombo, viewModel.sortProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());

        setUpTable();

        newTitleField.textProperty().bindBidirectional(viewModel.newTitleProperty());
        newTitleField.setOnAction(event -> viewModel.addCustom());
        Forms.showError(newTitleError, viewModel.newTitleErrorProperty());
        addButton.disableProperty().bind(viewModel.busyProperty());

        ownerCombo.setItems(viewModel.ownerChoices());
        keepShowing(ownerCombo, () -> shown == null ? null : shown.ownerProperty().get());
        statusCombo.getItems().setAll(DeliverableStatus.values());
        statusCombo.setConverter(Forms.labels(status -> messages.get(status.messageKey())));
        dueDatePicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return ExpectationsViewModel.formatDate(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return shown == null ? null : viewModel.typeDueDate(shown, text);
            }
        });
        ownerCombo.valueProperty().addListener(forward(() -> shown == null ? null : shown.ownerProperty()));
        statusCombo.valueProperty().addListener(forward(() -> shown == null ? null : shown.statusProperty()));
        dueDatePicker.valueProperty().addListener(forward(() -> shown == null ? null : shown.dueDateProperty(), true));
        deleteButton.setGraphic(new FontIcon(Feather.TRASH_2));
        deleteButton.setTooltip(new Tooltip(messages.get("expectations.delete.tooltip")));
        deleteButton.setAccessibleText(messages.get("expectations.delete.title"));

        viewModel.selectedProperty().addListener((observable, old, row) -> {
            if (row == null) {
                deliverablesTable.getSelectionModel().clearSelection();
            } else {
                deliverablesTable.getSelectionModel().select(row);
                deliverablesTable.scrollTo(row);
            }
            edit(row);
        });
        edit(viewModel.selectedProperty().get());
    }

    private void setUpTable() {
        deliverablesTable.setItems(viewModel.visibleRows());
        deliverablesTable.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (row != null) {
                viewModel.selectedProperty().set(row);
            }
        });
        deliverablesTable.setRowFactory(table -> new DeliverableRow());

        includedColumn.setCellValueFactory(data -> data.getValue().includedProperty());
        includedColumn.setCellFactory(column -> new IncludedCell());
        titleColumn.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        titleColumn.setCellFactory(column -> new TitleCell());
        dueColumn.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        dueColumn.setCellFactory(column -> new DueCell());
        statusColumn.setCellValueFactory(data -> data.getValue().statusProperty());
        statusColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(DeliverableStatus status, boolean empty) {
                super.updateItem(status, empty);
                setText(empty || status == null ? null : messages.get(status.messageKey()));
            }
        });

        // Column widths follow the type size, so presentation mode's large type still fits.
        summaryLabel.fontProperty().addListener((observable, old, font) -> sizeColumns(font.getSize()));
        sizeColumns(summaryLabel.getFont().getSize());

        // Space ticks the selected deliverable, Enter goes to its description, Delete removes a custom
        // one: the checklist without a mouse.
        deliverablesTable.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            DeliverableRowViewModel row = deliverablesTable.getSelectionModel().getSelectedItem();
            if (row == null || event.isShortcutDown() || event.isAltDown()) {
                return;
            }
            if (event.getCode() == KeyCode.SPACE) {
                row.includedProperty().set(!row.includedProperty().get());
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                (row.isCustom() ? titleField : purposeArea).requestFocus();
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE && row.isCustom()) {
                viewModel.delete(row);
                event.consume();
            }
        });
    }

    private void sizeColumns(double em) {
        fix(includedColumn, 3 * em);
        fix(dueColumn, 9.4 * em);
        fix(statusColumn, 7.8 * em);
        titleColumn.setMinWidth(9 * em);
    }

    private static void fix(TableColumn<?, ?> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
    }

    /** Shows {@code row} in the editor (or the hint when nothing is selected), rebinding every field. */
    private void edit(DeliverableRowViewModel row) {
        DeliverableRowViewModel previous = shown;
        if (previous != null) {
            // A date typed but not yet committed (no Enter, focus not yet moved) belongs to the row it was typed for.
            String typed = String.valueOf(Objects.requireNonNullElse(dueDatePicker.getEditor().getText(), ""));
            if (!typed.equals(ExpectationsViewModel.formatDate(previous.dueDateProperty().get()))) {
                viewModel.typeDueDate(previous, typed);
            }
            titleField.textProperty().unbindBidirectional(previous.customTitleProperty());
            includedCheck.selectedProperty().unbindBidirectional(previous.includedProperty());
            purposeArea.textProperty().unbindBidirectional(previous.purposeProperty());
            audienceField.textProperty().unbindBidirectional(previous.audienceProperty());
            notesArea.textProperty().unbindBidirectional(previous.notesProperty());
            previous.ownerProperty().removeListener(showOwner);
            previous.statusProperty().removeListener(showStatus);
            previous.dueDateProperty().removeListener(showDueDate);
        }
        // Set before the controls change, so their listeners write to the row now shown, never the previous one.
        shown = null;
        noSelection.setVisible(row == null);
        editorScroll.setVisible(row != null);
        if (row == null) {
            return;
        }
        titleLabel.textProperty().bind(row.titleProperty());
        titleLabel.setVisible(!row.isCustom());
        titleLabel.setManaged(!row.isCustom());
        titleBox.setVisible(row.isCustom());
        titleBox.setManaged(row.isCustom());
        titleField.textProperty().bindBidirectional(row.customTitleProperty());
        includedCheck.selectedProperty().bindBidirectional(row.includedProperty());
        purposeArea.textProperty().bindBidirectional(row.purposeProperty());
        audienceField.textProperty().bindBidirectional(row.audienceProperty());
        notesArea.textProperty().bindBidirectional(row.notesProperty());
        ownerCombo.setValue(row.ownerProperty().get());
        statusCombo.setValue(row.statusProperty().get());
        dueDatePicker.setValue(row.dueDateProperty().get());
        dueDatePicker.getEditor().setText(ExpectationsViewModel.formatDate(row.dueDateProperty().get()));
        row.ownerProperty().addListener(showOwner);
        row.statusProperty().addListener(showStatus);
        row.dueDateProperty().addListener(showDueDate);
        overdueLabel.visibleProperty().bind(row.overdueProperty());
        Forms.showError(titleError, row.errorProperty("title"));
        Forms.showError(purposeError, row.errorProperty("purpose"));
        Forms.showError(audienceError, row.errorProperty("audience"));
        Forms.showError(dueDateError, row.errorProperty("dueDate"));
        Forms.showError(notesError, row.errorProperty("notes"));
        shown = row;
    }

    private final ChangeListener<OwnerChoice> showOwner = (observable, old, owner) -> ownerCombo.setValue(owner);
    private final ChangeListener<DeliverableStatus> showStatus = (observable, old, status) -> statusCombo.setValue(status);
    private final ChangeListener<LocalDate> showDueDate = (observable, old, date) -> dueDatePicker.setValue(date);

    /**
     * Passes what the user picks on to the row shown. A {@code null} from a list control means its
     * choices changed under it, not that the user chose nothing ("no owner" is a choice of its
     * own), so it is ignored: a stored value is never dropped by accident.
     */
    private static <T> ChangeListener<T> forward(Supplier<Property<T>> target) {
        return forward(target, false);
    }

    private static <T> ChangeListener<T> forward(Supplier<Property<T>> target, boolean nullAllowed) {
        return (observable, old, value) -> {
            Property<T> property = target.get();
            if (property != null && (value != null || nullAllowed)) {
                property.setValue(value);
            }
        };
    }

    /** A list control that shows and sets {@code property}; a {@code null} from the control is ignored (see {@link #forward}). */
    private static <T> void choose(ComboBox<T> combo, Property<T> property) {
        combo.setValue(property.getValue());
        keepShowing(combo, property::getValue);
        combo.valueProperty().addListener((observable, old, value) -> {
            if (value != null) {
                property.setValue(value);
            }
        });
        property.addListener((observable, old, value) -> combo.setValue(value));
    }

    /** A ComboBox forgets its value when its choices are replaced; show the current one again. */
    private static <T> void keepShowing(ComboBox<T> combo, Supplier<T> current) {
        combo.getItems().addListener((ListChangeListener<T>) change -> {
            T value = current.get();
            if (value != null) {
                combo.setValue(value);
            }
        });
    }

    /** A table row that carries the {@code overdue} style class while its deliverable is overdue. */
    private static final class DeliverableRow extends TableRow<DeliverableRowViewModel> {
        private final ChangeListener<Boolean> overdueChanged = (observable, was, overdue) -> markOverdue(overdue);
        private DeliverableRowViewModel watched;

        @Override
        protected void updateItem(DeliverableRowViewModel row, boolean empty) {
            super.updateItem(row, empty);
            if (watched != null) {
                watched.overdueProperty().removeListener(overdueChanged);
            }
            watched = empty ? null : row;
            if (watched == null) {
                setId(null);
                markOverdue(false);
            } else {
                setId("deliverable-" + watched.key());
                watched.overdueProperty().addListener(overdueChanged);
                markOverdue(watched.overdueProperty().get());
            }
        }

        private void markOverdue(boolean overdue) {
            getStyleClass().remove(OVERDUE);
            if (overdue) {
                getStyleClass().add(OVERDUE);
            }
        }
    }

    /** The deliverable's title, and below it, smaller, who owns it. */
    private final class TitleCell extends TableCell<DeliverableRowViewModel, DeliverableRowViewModel> {
        private final Text title = new Text();
        private final Text owner = new Text();
        private final VBox lines = new VBox(2, title, owner);
        private final ChangeListener<OwnerChoice> ownerChanged = (observable, old, chosen) -> showOwner(chosen);
        private DeliverableRowViewModel watched;

        TitleCell() {
            // Long titles wrap to the column's width (large type on a projector), never ellipsised.
            title.wrappingWidthProperty().bind(Bindings.max(40, titleColumn.widthProperty().subtract(24)));
            owner.wrappingWidthProperty().bind(title.wrappingWidthProperty());
            title.getStyleClass().add("deliverable-title");
            owner.getStyleClass().add("deliverable-owner");
        }

        @Override
        protected void updateItem(DeliverableRowViewModel row, boolean empty) {
            super.updateItem(row, empty);
            if (watched != null) {
                watched.ownerProperty().removeListener(ownerChanged);
                title.textProperty().unbind();
            }
            watched = empty ? null : row;
            setText(null);
            if (watched == null) {
                setGraphic(null);
                return;
            }
            title.textProperty().bind(watched.titleProperty());
            watched.ownerProperty().addListener(ownerChanged);
            showOwner(watched.ownerProperty().get());
            setGraphic(lines);
        }

        private void showOwner(OwnerChoice chosen) {
            boolean nobody = chosen == null || chosen.stakeholderId().isEmpty();
            owner.setText(nobody ? messages.get("expectations.row.noOwner") : messages.get("expectations.row.owner", chosen.label()));
            owner.pseudoClassStateChanged(REMOVED, !nobody && chosen.isRemoved());
        }
    }

    /** The due date, with a warning sign while overdue (so the state does not depend on colour alone). */
    private final class DueCell extends TableCell<DeliverableRowViewModel, DeliverableRowViewModel> {
        private final FontIcon warning = new FontIcon(Feather.ALERT_TRIANGLE);
        private final InvalidationListener changed = observable -> show();
        private DeliverableRowViewModel watched;

        DueCell() {
            warning.getStyleClass().add("overdue-icon");
            setContentDisplay(ContentDisplay.RIGHT);
            setGraphicTextGap(6);
        }

        @Override
        protected void updateItem(DeliverableRowViewModel row, boolean empty) {
            super.updateItem(row, empty);
            if (watched != null) {
                watched.dueDateProperty().removeListener(changed);
                watched.overdueProperty().removeListener(changed);
            }
            watched = empty ? null : row;
            if (watched != null) {
                watched.dueDateProperty().addListener(changed);
                watched.overdueProperty().addListener(changed);
            }
            show();
        }

        private void show() {
            setText(watched == null ? null : ExpectationsViewModel.formatDate(watched.dueDateProperty().get()));
            setGraphic(watched != null && watched.overdueProperty().get() ? warning : null);
        }
    }

    /** The checklist's tick box, bound to the row's {@code included}. */
    private static final class IncludedCell extends TableCell<DeliverableRowViewModel, Boolean> {
        private final CheckBox box = new CheckBox();
        private DeliverableRowViewModel bound;

        IncludedCell() {
            box.setFocusTraversable(false);
            setStyle("-fx-alignment: center;");
        }

        @Override
        protected void updateItem(Boolean included, boolean empty) {
            super.updateItem(included, empty);
            DeliverableRowViewModel row = empty ? null : getTableView().getItems().get(getIndex());
            if (bound != row) {
                if (bound != null) {
                    box.selectedProperty().unbindBidirectional(bound.includedProperty());
                    box.accessibleTextProperty().unbind();
                }
                bound = row;
                if (row != null) {
                    box.selectedProperty().bindBidirectional(row.includedProperty());
                    box.accessibleTextProperty().bind(row.titleProperty());
                }
            }
            box.setId(row == null ? null : "deliverable-" + row.key() + "-included");
            setGraphic(row == null ? null : box);
        }
    }

    @FXML
    private void add() {
        viewModel.addCustom();
    }

    @FXML
    private void delete() {
        viewModel.delete(shown);
    }
}
