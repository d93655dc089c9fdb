package org.learnops.studio.app.events;

import java.util.function.Function;
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
import org.learnops.studio.domain.operations.CostCategory;
import org.learnops.studio.domain.operations.CostLine;

/** The Costs tab: the event's cost lines and a form that adds a line or changes the selected one. */
public final class CostsView {

    private final CostsViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    @FXML private TableView<CostLine> costsTable;
    @FXML private TableColumn<CostLine, CostLine> categoryColumn;
    @FXML private TableColumn<CostLine, CostLine> amountColumn;
    @FXML private TableColumn<CostLine, CostLine> currencyColumn;
    @FXML private TableColumn<CostLine, CostLine> noteColumn;
    @FXML private Label costFormTitle;
    @FXML private ComboBox<CostCategory> categoryCombo;
    @FXML private TextField amountField;
    @FXML private ComboBox<String> currencyCombo;
    @FXML private TextField noteField;
    @FXML private Label amountError;
    @FXML private Label costError;
    @FXML private Button saveCostButton;
    @FXML private Button newCostButton;
    @FXML private Button deleteCostButton;

    CostsView(CostsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        costsTable.setItems(viewModel.lines());
        column(categoryColumn, line -> messages.get(line.category().messageKey()));
        column(amountColumn, line -> line.amount().toPlainString());
        column(currencyColumn, CostLine::currency);
        column(noteColumn, CostLine::note);
        costsTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(CostLine line, boolean empty) {
                super.updateItem(line, empty);
                setId(empty || line == null ? null : "cost-" + line.id());
            }
        });
        costsTable.getSelectionModel().selectedItemProperty().addListener((observable, old, line) -> {
            if (line != null) {
                viewModel.edit(line);
            }
        });
        costsTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                viewModel.delete(costsTable.getSelectionModel().getSelectedItem());
            }
        });
        categoryCombo.getItems().setAll(CostCategory.values());
        Pickers.labelled(categoryCombo, category -> messages.get(category.messageKey()));
        Pickers.choose(categoryCombo, viewModel.categoryProperty());
        amountField.textProperty().bindBidirectional(viewModel.amountProperty());
        currencyCombo.getItems().setAll(viewModel.currencies());
        Pickers.choose(currencyCombo, viewModel.currencyProperty());
        noteField.textProperty().bindBidirectional(viewModel.noteProperty());
        amountField.setOnAction(event -> viewModel.save());
        noteField.setOnAction(event -> viewModel.save());
        Forms.showError(amountError, viewModel.amountErrorProperty());
        Forms.showError(costError, viewModel.formErrorProperty());
        var editing = viewModel.editingProperty();
        costFormTitle.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                editing.get() == null ? "events.cost.form.new" : "events.cost.form.edit"), editing));
        saveCostButton.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                editing.get() == null ? "events.cost.add" : "events.cost.save"), editing));
        saveCostButton.disableProperty().bind(viewModel.busyProperty());
        deleteCostButton.disableProperty().bind(editing.isNull().or(viewModel.busyProperty()));
        deleteCostButton.setGraphic(new FontIcon(Feather.TRASH_2));
        deleteCostButton.setTooltip(new Tooltip(messages.get("events.cost.delete.title")));
        deleteCostButton.setAccessibleText(messages.get("events.cost.delete.title"));
    }

    private static void column(TableColumn<CostLine, CostLine> column, Function<CostLine, String> text) {
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(ignored -> Pickers.cell(text));
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void newCost() {
        costsTable.getSelectionModel().clearSelection();
        viewModel.clearForm();
        amountField.requestFocus();
    }

    @FXML
    private void delete() {
        viewModel.delete(viewModel.editingProperty().get());
    }
}
