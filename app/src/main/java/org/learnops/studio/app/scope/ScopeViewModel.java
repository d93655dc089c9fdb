package org.learnops.studio.app.scope;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.Observable;
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
import org.learnops.studio.app.common.Autosave;
import org.learnops.studio.app.common.DialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SaveTracker;
import org.learnops.studio.app.common.TaskRunner;
import org.learnops.studio.app.common.UndoManager;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.Geography;
import org.learnops.studio.domain.scope.OrganisationalScope;
import org.learnops.studio.domain.scope.Scope;
import org.learnops.studio.domain.scope.ScopeRules;
import org.learnops.studio.domain.scope.Strategy;
import org.learnops.studio.service.ScopeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Scope step (S1). Every valid change is saved at once; an invalid one is shown next to its
 * field and not stored, so the workspace keeps the last valid value.
 */
public final class ScopeViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ScopeViewModel.class);
    static final List<String> FORM_FIELDS = List.of("name", "sponsor", "owner", "businessArea", "regions", "authorityNotes");

    private final ScopeService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveTracker saves;
    private final UndoManager undo;

    private final StringProperty name = new SimpleStringProperty();
    private final StringProperty sponsor = new SimpleStringProperty();
    private final StringProperty owner = new SimpleStringProperty();
    private final ObjectProperty<OrganisationalScope> organisation = new SimpleObjectProperty<>();
    private final StringProperty businessArea = new SimpleStringProperty();
    private final ObjectProperty<Geography> geography = new SimpleObjectProperty<>();
    private final StringProperty regions = new SimpleStringProperty();
    private final StringProperty authorityNotes = new SimpleStringProperty();
    private final Map<String, ReadOnlyStringWrapper> errors = new HashMap<>();
    private final Autosave<Strategy> strategySave;

    private final ObservableList<AreaRowViewModel> areas =
            FXCollections.observableArrayList(row -> new Observable[] {
                row.inScopeProperty(), row.impactProperty(), row.effortProperty(), row.displayNameProperty()});
    private final Map<AreaRowViewModel, Autosave<ActivityArea>> areaSaves = new HashMap<>();
    private final StringProperty newAreaName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper newAreaError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public ScopeViewModel(ScopeService service, Scope scope, TaskRunner tasks, DialogService dialogs,
                          Messages messages, SaveTracker saves, UndoManager undo) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.saves = saves;
        this.undo = undo;
        FORM_FIELDS.forEach(field -> errors.put(field, new ReadOnlyStringWrapper("")));
        this.strategySave = new Autosave<>(tasks, saves, service::saveStrategy, this::saveFailed);

        Strategy strategy = scope.strategy();
        name.set(strategy.name());
        sponsor.set(strategy.sponsor());
        owner.set(strategy.owner());
        organisation.set(strategy.organisation());
        businessArea.set(strategy.businessArea());
        geography.set(strategy.geography());
        regions.set(String.join(", ", strategy.regions()));
        authorityNotes.set(strategy.authorityNotes());
        showProblems(ScopeRules.check(strategy));
        List<Property<?>> form = List.of(name, sponsor, owner, organisation, businessArea, geography, regions, authorityNotes);
        for (Property<?> property : form) {
            property.addListener(changed -> strategyChanged());
            recordChanges(property, List.of("strategy", property), messages.get("undo.scope.form"));
        }
        scope.areas().forEach(this::addRow);
        newAreaName.addListener(changed -> newAreaError.set(""));
    }

    private void strategyChanged() {
        Strategy strategy = currentStrategy();
        List<Problem> problems = ScopeRules.check(strategy);
        showProblems(problems);
        if (problems.isEmpty()) {
            strategySave.submit(strategy);
        }
    }

    Strategy currentStrategy() {
        List<String> regionList = Arrays.stream(regions.get() == null ? new String[0] : regions.get().split(","))
                .map(String::strip)
                .filter(region -> !region.isEmpty())
                .collect(Collectors.toList());
        return new Strategy(name.get(), sponsor.get(), owner.get(), organisation.get(), businessArea.get(),
                geography.get(), regionList, authorityNotes.get());
    }

    private void showProblems(List<Problem> problems) {
        errors.values().forEach(error -> error.set(""));
        for (Problem problem : problems) {
            ReadOnlyStringWrapper error = errors.get(problem.field());
            if (error != null && error.get().isEmpty()) {
                error.set(messages.describe(problem));
            }
        }
    }

    private AreaRowViewModel addRow(ActivityArea area) {
        String builtInName = area.builtIn() == null ? "" : messages.get(area.builtIn().messageKey());
        AreaRowViewModel row = new AreaRowViewModel(area, builtInName);
        areaSaves.put(row, new Autosave<>(tasks, saves, service::saveArea, this::saveFailed));
        for (Property<?> property : List.of(row.customNameProperty(), row.inScopeProperty(), row.rationaleProperty(),
                row.impactProperty(), row.effortProperty())) {
            property.addListener(changed -> areaChanged(row));
            recordChanges(property, List.of(row, property), messages.get("undo.scope.area", row.displayNameProperty().get()));
        }
        areas.add(row);
        return row;
    }

    /** Each change of {@code property} becomes an undo step (typing in one field merges into one step). */
    private <T> void recordChanges(Property<T> property, Object field, String description) {
        property.addListener((observable, before, after) -> undo.recordChange(field, description, before, after, property::setValue));
    }

    private void areaChanged(AreaRowViewModel row) {
        ActivityArea area = row.toArea();
        List<Problem> problems = ScopeRules.check(area, areas.stream().map(AreaRowViewModel::toArea).toList());
        row.setNameError(problems.stream().filter(p -> p.field().equals("name")).findFirst()
                .map(messages::describe).orElse(""));
        if (problems.isEmpty()) {
            areaSaves.get(row).submit(area);
        }
    }

    /** Adds the custom area named in {@link #newAreaNameProperty()}, in scope, and clears the field. */
    public void addCustomArea() {
        String wanted = newAreaName.get() == null ? "" : newAreaName.get().strip();
        ActivityArea candidate = new ActivityArea(0, null, wanted, true, "", 3, 3);
        List<Problem> problems = ScopeRules.check(candidate, areas.stream().map(AreaRowViewModel::toArea).toList());
        if (!problems.isEmpty()) {
            newAreaError.set(messages.describe(problems.get(0)));
            return;
        }
        busy.set(true);
        tasks.run(() -> service.addCustomArea(wanted), added -> {
            busy.set(false);
            AreaRowViewModel row = addRow(added);
            newAreaName.set("");
            undo.record(UndoManager.addOrRemove(messages.get("undo.scope.addArea", wanted), false, () -> remove(row), () -> restore(row)));
        }, failure -> {
            busy.set(false);
            saveFailed(failure);
        });
    }

    /** Removes a custom area after the user confirms; Edit → Undo brings it back. */
    public void removeCustomArea(AreaRowViewModel row) {
        if (!row.isCustom()) {
            return;
        }
        boolean confirmed = dialogs.ask(messages.get("scope.removeArea.title"),
                messages.get("scope.removeArea.question", row.displayNameProperty().get()),
                messages.get("scope.removeArea.yes"), messages.get("dialog.cancel"));
        if (confirmed) {
            remove(row);
            undo.record(UndoManager.addOrRemove(messages.get("undo.scope.removeArea", row.displayNameProperty().get()), true, () -> remove(row), () -> restore(row)));
        }
    }

    private void remove(AreaRowViewModel row) {
        ActivityArea area = row.toArea();
        busy.set(true);
        tasks.run(() -> service.removeCustomArea(area), () -> {
            busy.set(false);
            areas.remove(row);
        }, failure -> {
            busy.set(false);
            saveFailed(failure);
        });
    }

    /** Puts a removed custom area back with its id, so later undo steps for the row still apply. */
    private void restore(AreaRowViewModel row) {
        ActivityArea area = row.toArea();
        busy.set(true);
        tasks.run(() -> service.restoreCustomArea(area), () -> {
            busy.set(false);
            areas.add(row);
        }, failure -> {
            busy.set(false);
            saveFailed(failure);
        });
    }

    private void saveFailed(Throwable failure) {
        LOG.error("Could not save the Scope step", failure);
        dialogs.showError(messages.get("error.saveFailed.title"), messages.describe(failure));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty sponsorProperty() {
        return sponsor;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<OrganisationalScope> organisationProperty() {
        return organisation;
    }

    public StringProperty businessAreaProperty() {
        return businessArea;
    }

    public ObjectProperty<Geography> geographyProperty() {
        return geography;
    }

    /** The regions, comma-separated, as typed. */
    public StringProperty regionsProperty() {
        return regions;
    }

    public StringProperty authorityNotesProperty() {
        return authorityNotes;
    }

    /** The inline message for a form field ({@code name}, {@code sponsor}, ...); empty when valid. */
    public ReadOnlyStringProperty errorProperty(String field) {
        ReadOnlyStringWrapper error = errors.get(field);
        if (error == null) {
            throw new IllegalArgumentException("No such field: " + field);
        }
        return error.getReadOnlyProperty();
    }

    public ObservableList<AreaRowViewModel> areas() {
        return areas;
    }

    public StringProperty newAreaNameProperty() {
        return newAreaName;
    }

    public ReadOnlyStringProperty newAreaErrorProperty() {
        return newAreaError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
