package org.learnops.studio.app.expectations;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.learnops.studio.app.common.Autosave;
import org.learnops.studio.app.common.DialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SaveTracker;
import org.learnops.studio.app.common.TaskRunner;
import org.learnops.studio.app.common.UndoManager;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.expectations.Deliverable;
import org.learnops.studio.domain.expectations.DeliverableRules;
import org.learnops.studio.domain.expectations.DeliverableStatus;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.service.DeliverableService;
import org.learnops.studio.service.StakeholderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Expectations step (S2): the eight deliverables as a checklist plus custom ones, each with
 * purpose, audience, owner, due date, status and notes. Every valid change is saved at once; an
 * invalid one is shown next to its field and not stored. Sorting and filtering are view state.
 */
public final class ExpectationsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ExpectationsViewModel.class);

    /** Dates are shown and typed as 2027-03-31: unambiguous in every country a workshop may span. */
    public static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ISO_LOCAL_DATE;

    /** The orders the list can be shown in. */
    public enum Sort {
        CHECKLIST("expectations.sort.checklist"),
        DUE_DATE("expectations.sort.dueDate"),
        STATUS("expectations.sort.status"),
        TITLE("expectations.sort.title");

        private final String messageKey;

        Sort(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** Which rows the list shows, before the status and owner filters. */
    public enum Show {
        ALL("expectations.show.all"),
        INCLUDED("expectations.show.included"),
        OVERDUE("expectations.show.overdue");

        private final String messageKey;

        Show(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final DeliverableService deliverables;
    private final StakeholderService stakeholders;
    private final Clock clock;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveTracker saves;
    private final UndoManager undo;
    private final Collator collator;

    private final ObservableList<DeliverableRowViewModel> rows = FXCollections.observableArrayList(row -> new Observable[] {
        row.includedProperty(), row.titleProperty(), row.ownerProperty(), row.dueDateProperty(), row.statusProperty(),
        row.overdueProperty()});
    private final FilteredList<DeliverableRowViewModel> filtered = new FilteredList<>(rows);
    private final SortedList<DeliverableRowViewModel> visible = new SortedList<>(filtered);
    private final Map<DeliverableRowViewModel, Autosave<Deliverable>> rowSaves = new HashMap<>();
    private final ObjectProperty<DeliverableRowViewModel> selected = new SimpleObjectProperty<>();

    private final OwnerChoice nobody;
    private final Map<Long, OwnerChoice> owners = new LinkedHashMap<>();
    private final ObservableList<OwnerChoice> ownerChoices = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice<OwnerChoice>> ownerFilters = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice<DeliverableStatus>> statusFilters = FXCollections.observableArrayList();

    private final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(Sort.CHECKLIST);
    private final ObjectProperty<Show> show = new SimpleObjectProperty<>(Show.ALL);
    private final ObjectProperty<FilterChoice<DeliverableStatus>> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<FilterChoice<OwnerChoice>> ownerFilter = new SimpleObjectProperty<>();

    private final StringProperty newTitle = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper newTitleError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    public ExpectationsViewModel(DeliverableService deliverables, StakeholderService stakeholders, Clock clock,
                                 TaskRunner tasks, DialogService dialogs, Messages messages, SaveTracker saves,
                                 UndoManager undo) {
        this.deliverables = deliverables;
        this.stakeholders = stakeholders;
        this.clock = clock;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.saves = saves;
        this.undo = undo;
        this.collator = Collator.getInstance(messages.bundle().getLocale());
        this.nobody = OwnerChoice.nobody(messages.get("expectations.owner.nobody"));

        FilterChoice<DeliverableStatus> anyStatus = new FilterChoice<>(null, messages.get("expectations.filter.anyStatus"));
        statusFilters.add(anyStatus);
        for (DeliverableStatus status : DeliverableStatus.values()) {
            statusFilters.add(new FilterChoice<>(status, messages.get(status.messageKey())));
        }
        statusFilter.set(anyStatus);
        fillOwnerFilters();
        ownerFilter.set(ownerFilters.get(0));

        filtered.predicateProperty().bind(Bindings.createObjectBinding(
                () -> filter(show.get(), statusFilter.get(), ownerFilter.get()), show, statusFilter, ownerFilter));
        visible.comparatorProperty().bind(Bindings.createObjectBinding(() -> order(sort.get()), sort));
        summary.bind(Bindings.createStringBinding(() -> messages.get("expectations.summary", visible.size(), rows.size(),
                rows.stream().filter(row -> row.includedProperty().get()).count(),
                rows.stream().filter(row -> row.overdueProperty().get()).count()), rows, visible));
        newTitle.addListener(changed -> newTitleError.set(""));
    }

    private record Loaded(List<Deliverable> deliverables, List<Stakeholder> stakeholders, Map<Long, String> removedOwners) {
    }

    private record Owners(List<Stakeholder> stakeholders, Map<Long, String> removedOwners) {
    }

    /** Reads the deliverables and the stakeholders who may own them, in the background. */
    public void load() {
        busy.set(true);
        tasks.run(() -> new Loaded(deliverables.list(), stakeholders.list(), deliverables.removedOwnerNames()), data -> {
            busy.set(false);
            setOwners(data.stakeholders(), data.removedOwners());
            rows.clear();
            rowSaves.clear();
            data.deliverables().forEach(this::addRow);
            loaded.set(true);
        }, failure -> {
            busy.set(false);
            LOG.error("Could not load the deliverables", failure);
            dialogs.showError(messages.get("expectations.loadFailed.title"), messages.describe(failure));
        });
    }

    /**
     * Reads the stakeholder register again (another step may have added, renamed or removed
     * someone). Rows keep their owners; only the labels and choices change.
     */
    public void refreshOwners() {
        if (!loaded.get()) {
            return;
        }
        tasks.run(() -> new Owners(stakeholders.list(), deliverables.removedOwnerNames()), data -> {
            setOwners(data.stakeholders(), data.removedOwners());
            for (DeliverableRowViewModel row : rows) {
                row.ownerProperty().set(owner(row.ownerProperty().get().stakeholderId()));
            }
        }, failure -> LOG.warn("Could not refresh the stakeholders who may own deliverables", failure));
    }

    private void setOwners(List<Stakeholder> active, Map<Long, String> removed) {
        owners.clear();
        for (Stakeholder stakeholder : active) {
            owners.put(stakeholder.id(), OwnerChoice.stakeholder(stakeholder.id(), stakeholder.name(), false));
        }
        removed.forEach((id, name) -> owners.put(id,
                OwnerChoice.stakeholder(id, messages.get("expectations.owner.removed", name), true)));
        // Removed stakeholders are not offered as new owners; a row that has one still shows it.
        ownerChoices.setAll(nobody);
        owners.values().stream().filter(choice -> !choice.isRemoved()).forEach(ownerChoices::add);
        fillOwnerFilters();
    }

    private void fillOwnerFilters() {
        FilterChoice<OwnerChoice> chosen = ownerFilter.get();
        ownerFilters.setAll(new FilterChoice<>(null, messages.get("expectations.filter.anyOwner")),
                new FilterChoice<>(nobody, messages.get("expectations.filter.noOwner")));
        owners.values().forEach(owner -> ownerFilters.add(new FilterChoice<>(owner, owner.label())));
        if (chosen != null) {
            ownerFilter.set(ownerFilters.stream().filter(chosen::equals).findFirst().orElse(ownerFilters.get(0)));
        }
    }

    private OwnerChoice owner(Optional<Long> stakeholderId) {
        if (stakeholderId.isEmpty()) {
            return nobody;
        }
        long id = stakeholderId.get();
        // Only possible if the register lost the row: keep the id rather than drop the owner.
        return owners.getOrDefault(id, OwnerChoice.stakeholder(id, messages.get("expectations.owner.removed", "#" + id), true));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private DeliverableRowViewModel addRow(Deliverable deliverable) {
        String kindName = deliverable.kind() == null ? "" : messages.get(deliverable.kind().messageKey());
        DeliverableRowViewModel row = new DeliverableRowViewModel(deliverable, kindName, owner(deliverable.ownerId()), this::today);
        rowSaves.put(row, new Autosave<>(tasks, saves, deliverables::save, this::saveFailed));
        for (Property<?> property : List.of(row.customTitleProperty(), row.includedProperty(), row.purposeProperty(),
                row.audienceProperty(), row.ownerProperty(), row.dueDateProperty(), row.statusProperty(),
                row.notesProperty())) {
            watch(row, property);
        }
        row.dueDateProperty().addListener(changed -> row.setError("dueDate", ""));
        rows.add(row);
        return row;
    }

    /** Saves each real change of {@code property} and makes it an undo step (typing in one field merges into one step). */
    private <T> void watch(DeliverableRowViewModel row, Property<T> property) {
        property.addListener((observable, before, after) -> {
            if (Objects.equals(before, after)) {
                return; // e.g. an owner relabelled by refreshOwners()
            }
            rowChanged(row);
            undo.recordChange(List.of(row, property), messages.get("undo.expectations.change", row.titleProperty().get()),
                    before, after, property::setValue);
        });
    }

    private void rowChanged(DeliverableRowViewModel row) {
        Deliverable deliverable = row.toDeliverable();
        List<Problem> problems = DeliverableRules.check(deliverable, rows.stream().map(DeliverableRowViewModel::toDeliverable).toList());
        for (String field : DeliverableRowViewModel.FIELDS) {
            if (!field.equals("dueDate")) {
                row.setError(field, problems.stream().filter(p -> p.field().equals(field)).findFirst()
                        .map(messages::describe).orElse(""));
            }
        }
        if (problems.isEmpty()) {
            rowSaves.get(row).submit(deliverable);
        }
    }

    /**
     * A due date as typed: empty clears it, {@code 2027-03-31} sets it, anything else is refused
     * next to the field and the stored date stays.
     *
     * @return the row's due date afterwards
     */
    public LocalDate typeDueDate(DeliverableRowViewModel row, String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            row.dueDateProperty().set(null);
        } else {
            try {
                row.dueDateProperty().set(LocalDate.parse(typed, DATE_FORMAT));
            } catch (DateTimeParseException e) {
                row.setError("dueDate", messages.get("expectations.error.dueDate", typed));
                return row.dueDateProperty().get();
            }
        }
        row.setError("dueDate", "");
        return row.dueDateProperty().get();
    }

    /** How a due date is written: {@code 2027-03-31}, or empty. */
    public static String formatDate(LocalDate date) {
        return date == null ? "" : DATE_FORMAT.format(date);
    }

    /** Adds the custom deliverable named in {@link #newTitleProperty()}, included, selects it and clears the field. */
    public void addCustom() {
        String wanted = newTitle.get() == null ? "" : newTitle.get().strip();
        List<Problem> problems = DeliverableRules.check(Deliverable.custom(wanted),
                rows.stream().map(DeliverableRowViewModel::toDeliverable).toList());
        if (!problems.isEmpty()) {
            newTitleError.set(messages.describe(problems.get(0)));
            return;
        }
        busy.set(true);
        tasks.run(() -> deliverables.addCustom(wanted), added -> {
            busy.set(false);
            DeliverableRowViewModel row = addRow(added);
            newTitle.set("");
            showAndSelect(row);
            undo.record(UndoManager.addOrRemove(messages.get("undo.expectations.add", wanted), false, () -> remove(row), () -> restore(row)));
        }, failure -> {
            busy.set(false);
            saveFailed(failure);
        });
    }

    /** Deletes a custom deliverable after the user confirms; Edit → Undo brings it back. */
    public void delete(DeliverableRowViewModel row) {
        if (row == null || !row.isCustom()) {
            return;
        }
        String title = row.titleProperty().get();
        boolean confirmed = dialogs.ask(messages.get("expectations.delete.title"),
                messages.get("expectations.delete.question", title),
                messages.get("expectations.delete.yes"), messages.get("dialog.cancel"));
        if (confirmed) {
            remove(row);
            undo.record(UndoManager.addOrRemove(messages.get("undo.expectations.delete", title), true, () -> remove(row), () -> restore(row)));
        }
    }

    private void remove(DeliverableRowViewModel row) {
        Deliverable deliverable = row.toDeliverable();
        busy.set(true);
        tasks.run(() -> deliverables.delete(deliverable), () -> {
            busy.set(false);
            if (selected.get() == row) {
                selected.set(null);
            }
            rows.remove(row);
        }, failure -> {
            busy.set(false);
            saveFailed(failure);
        });
    }

    /** Puts a deleted deliverable back: the same row, so earlier undo steps for it still apply. */
    private void restore(DeliverableRowViewModel row) {
        Deliverable deliverable = row.toDeliverable();
        busy.set(true);
        tasks.run(() -> deliverables.restore(deliverable), () -> {
            busy.set(false);
            rows.add(row);
            showAndSelect(row);
        }, failure -> {
            busy.set(false);
            saveFailed(failure);
        });
    }

    /** Selects a row that was just added or brought back, clearing filters that would hide it. */
    private void showAndSelect(DeliverableRowViewModel row) {
        if (!filtered.contains(row)) {
            show.set(Show.ALL);
            statusFilter.set(statusFilters.get(0));
            ownerFilter.set(ownerFilters.get(0));
        }
        selected.set(row);
    }

    /**
     * The rows the filters let through. The row being edited stays, so it never vanishes mid-edit;
     * it goes when the filters next change. (Choosing another row does not filter again: that
     * would rebuild the list under the table's selection.)
     */
    private Predicate<DeliverableRowViewModel> filter(Show show, FilterChoice<DeliverableStatus> status,
                                                      FilterChoice<OwnerChoice> owner) {
        return row -> row == selected.get()
                || (switch (show == null ? Show.ALL : show) {
                    case ALL -> true;
                    case INCLUDED -> row.includedProperty().get();
                    case OVERDUE -> row.overdueProperty().get();
                }
                && (status == null || status.isAny() || status.value() == row.statusProperty().get())
                && (owner == null || owner.isAny() || owner.value().equals(row.ownerProperty().get())));
    }

    /** The eight in the article's order, then custom ones as added. */
    private static final Comparator<DeliverableRowViewModel> CHECKLIST_ORDER = Comparator
            .comparing((DeliverableRowViewModel row) -> row.isCustom())
            .thenComparing(row -> row.isCustom() ? 0 : row.kind().ordinal())
            .thenComparingLong(DeliverableRowViewModel::id);

    private Comparator<DeliverableRowViewModel> order(Sort by) {
        Comparator<DeliverableRowViewModel> first = switch (by == null ? Sort.CHECKLIST : by) {
            case CHECKLIST -> (a, b) -> 0;
            case DUE_DATE -> Comparator.comparing(row -> row.dueDateProperty().get(),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            case STATUS -> Comparator.comparing(row -> row.statusProperty().get());
            case TITLE -> Comparator.comparing(row -> row.titleProperty().get().strip(), collator);
        };
        return first.thenComparing(CHECKLIST_ORDER);
    }

    private void saveFailed(Throwable failure) {
        LOG.error("Could not save the Expectations step", failure);
        dialogs.showError(messages.get("error.saveFailed.title"), messages.describe(failure));
    }

    /** The deliverables the filters let through, in the chosen order. */
    public ObservableList<DeliverableRowViewModel> visibleRows() {
        return visible;
    }

    /** Every deliverable, in the order loaded and added. */
    public ObservableList<DeliverableRowViewModel> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The deliverable the editor shows, or {@code null}. */
    public ObjectProperty<DeliverableRowViewModel> selectedProperty() {
        return selected;
    }

    /** Who may own a deliverable: nobody, then the stakeholder register. */
    public ObservableList<OwnerChoice> ownerChoices() {
        return ownerChoices;
    }

    public ObjectProperty<Sort> sortProperty() {
        return sort;
    }

    public ObjectProperty<Show> showProperty() {
        return show;
    }

    public ObservableList<FilterChoice<DeliverableStatus>> statusFilters() {
        return statusFilters;
    }

    public ObjectProperty<FilterChoice<DeliverableStatus>> statusFilterProperty() {
        return statusFilter;
    }

    public ObservableList<FilterChoice<OwnerChoice>> ownerFilters() {
        return ownerFilters;
    }

    public ObjectProperty<FilterChoice<OwnerChoice>> ownerFilterProperty() {
        return ownerFilter;
    }

    /** Chooses the status filter for {@code status}, or "any status" for {@code null}. */
    public void filterByStatus(DeliverableStatus status) {
        statusFilter.set(statusFilters.stream().filter(choice -> choice.value() == status).findFirst().orElseThrow());
    }

    /** Chooses the owner filter for {@code owner}, or "any owner" for {@code null}. */
    public void filterByOwner(OwnerChoice owner) {
        ownerFilter.set(ownerFilters.stream().filter(choice -> Objects.equals(choice.value(), owner)).findFirst().orElseThrow());
    }

    public StringProperty newTitleProperty() {
        return newTitle;
    }

    public ReadOnlyStringProperty newTitleErrorProperty() {
        return newTitleError.getReadOnlyProperty();
    }

    /** E.g. "Showing 9 of 9 · 3 included · 1 overdue". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
