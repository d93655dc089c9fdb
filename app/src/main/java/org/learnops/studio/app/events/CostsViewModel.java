package org.learnops.studio.app.events;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.learnops.studio.app.common.UndoManager;
import org.learnops.studio.domain.operations.CostCategory;
import org.learnops.studio.domain.operations.CostLine;
import org.learnops.studio.error.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The event's cost lines: add, change and delete, each an undo step; the currency is picked from the ISO list. */
public final class CostsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(CostsViewModel.class);

    private final EventsContext context;
    private final Runnable changed;
    private final ObservableList<CostLine> lines = FXCollections.observableArrayList();
    private final ObservableList<String> currencies = FXCollections.observableArrayList(Currency.getAvailableCurrencies()
            .stream().map(Currency::getCurrencyCode).sorted().toList());
    private final ObjectProperty<CostCategory> category = new SimpleObjectProperty<>(CostCategory.FACILITATOR);
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<String> currency = new SimpleObjectProperty<>("EUR");
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<CostLine> editing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper amountError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private long eventId;

    CostsViewModel(EventsContext context, Runnable changed) {
        this.context = context;
        this.changed = changed;
        amount.addListener((observable, old, now) -> amountError.set(""));
    }

    void show(long id) {
        eventId = id;
        clearForm();
        if (id == 0) {
            lines.clear();
        } else {
            reload();
        }
    }

    private void reload() {
        long id = eventId;
        context.tasks().run(() -> context.events().costs(id), read -> {
            if (id == eventId) {
                lines.setAll(read);
            }
        }, failure -> context.failed(LOG, "events.loadFailed.title", failure));
    }

    /** Puts a line in the form to change it. */
    public void edit(CostLine line) {
        editing.set(line);
        if (line != null) {
            category.set(line.category());
            amount.set(line.amount().toPlainString());
            currency.set(line.currency());
            note.set(line.note());
        }
    }

    /** Empties the form for a new line (the currency stays: lines of one event share it mostly). */
    public void clearForm() {
        editing.set(null);
        amount.set("");
        note.set("");
        amountError.set("");
        formError.set("");
    }

    /** Adds the form as a new line, or stores the changed line being edited. */
    public void save() {
        Optional<BigDecimal> money = readAmount();
        if (money.isEmpty() || eventId == 0) {
            return;
        }
        CostLine before = editing.get();
        CostLine line = new CostLine(before == null ? 0 : before.id(), eventId, category.get(), money.get(),
                currency.get(), note.get().strip());
        busy.set(true);
        if (before == null) {
            context.tasks().run(() -> context.events().addCost(line), added -> {
                done();
                context.undo().record(UndoManager.addOrRemove(context.text("undo.events.addCost", label(added)), false,
                        () -> run(() -> context.events().deleteCost(added.id())),
                        () -> run(() -> context.events().restoreCost(added.id()))));
            }, this::refused);
        } else {
            context.tasks().run(() -> context.events().saveCost(line), () -> {
                done();
                context.undo().record(UndoManager.edit(context.text("undo.events.changeCost", label(line)),
                        () -> run(() -> context.events().saveCost(before)), () -> run(() -> context.events().saveCost(line))));
            }, this::refused);
        }
    }

    private void done() {
        busy.set(false);
        clearForm();
        reload();
        changed.run();
    }

    /** Deletes a line after asking; Edit → Undo brings it back. */
    public void delete(CostLine line) {
        if (line == null) {
            return;
        }
        boolean sure = context.dialogs().ask(context.text("events.cost.delete.title"),
                context.text("events.cost.delete.question", label(line)), context.text("events.cost.delete.yes"),
                context.text("dialog.cancel"));
        if (!sure) {
            return;
        }
        run(() -> context.events().deleteCost(line.id()));
        context.undo().record(UndoManager.addOrRemove(context.text("undo.events.deleteCost", label(line)), true,
                () -> run(() -> context.events().deleteCost(line.id())),
                () -> run(() -> context.events().restoreCost(line.id()))));
    }

    private void run(Runnable work) {
        busy.set(true);
        context.tasks().run(work, this::done, this::refused);
    }

    private void refused(Throwable failure) {
        busy.set(false);
        if (failure instanceof InvalidInputException invalid) {
            formError.set(invalid.problems().stream().map(context.messages()::describe).reduce((a, b) -> a + "\n" + b).orElse(""));
        } else {
            context.failed(LOG, "events.saveFailed.title", failure);
        }
    }

    private Optional<BigDecimal> readAmount() {
        String typed = amount.get() == null ? "" : amount.get().strip().replace(',', '.');
        try {
            BigDecimal value = new BigDecimal(typed);
            if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2) {
                amountError.set(context.text("events.cost.error.amount", typed));
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            amountError.set(context.text("events.cost.error.amount", typed));
            return Optional.empty();
        }
    }

    /** "Catering 120.00 EUR". */
    String label(CostLine line) {
        return context.text("events.cost.label", line.category(), line.amount().toPlainString(), line.currency());
    }

    public ObservableList<CostLine> lines() {
        return lines;
    }

    /** ISO 4217 codes, sorted. */
    public List<String> currencies() {
        return currencies;
    }

    public ObjectProperty<CostCategory> categoryProperty() {
        return category;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ObjectProperty<String> currencyProperty() {
        return currency;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The line in the form, or {@code null} while the form adds a new one. */
    public ReadOnlyObjectProperty<CostLine> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty amountErrorProperty() {
        return amountError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
