package org.learnops.studio.app.champions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.learnops.studio.app.common.Autosave;
import org.learnops.studio.app.common.DialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SaveTracker;
import org.learnops.studio.app.common.TaskRunner;
import org.learnops.studio.app.common.UndoManager;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.champions.Champion;
import org.learnops.studio.domain.champions.ChampionRules;
import org.learnops.studio.domain.champions.EngagementEntry;
import org.learnops.studio.domain.champions.Gap;
import org.learnops.studio.domain.champions.GapRules;
import org.learnops.studio.domain.expectations.Deliverable;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.Scope;
import org.learnops.studio.domain.scope.Strategy;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.domain.stakeholder.StakeholderRules;
import org.learnops.studio.service.ChampionService;
import org.learnops.studio.service.ScopeService;
import org.learnops.studio.service.StakeholderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Champions step (S4): the stakeholder register, the influence/interest grid, champions with
 * their engagement logs, and the gaps in the champion network. Every valid change is saved at
 * once and can be undone; invalid input is shown next to its field and not stored.
 */
public final class ChampionsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ChampionsViewModel.class);

    private final StakeholderService stakeholderService;
    private final ChampionService championService;
    private final ScopeService scopeService;
    private final Supplier<List<Deliverable>> deliverables;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveTracker saves;
    private final UndoManager undo;

    private final ObservableList<StakeholderRowViewModel> stakeholders = FXCollections.observableArrayList(row ->
            new Observable[] {row.nameProperty(), row.businessAreaProperty(), row.regionProperty(),
                row.influenceProperty(), row.interestProperty(), row.stanceProperty()});
    private final Map<StakeholderRowViewModel, Autosave<Stakeholder>> stakeholderSaves = new HashMap<>();
    private final ObservableList<ChampionRowViewModel> allChampions = FXCollections.observableArrayList(row ->
            new Observable[] {row.businessAreaProperty(), row.regionProperty(), row.activityAreaProperty()});
    /** Champions whose stakeholder is in the register (a deleted stakeholder takes their champion roles along). */
    private final FilteredList<ChampionRowViewModel> champions = new FilteredList<>(allChampions);
    private final Map<ChampionRowViewModel, Autosave<Champion>> championSaves = new HashMap<>();
    private final ObservableList<String> gaps = FXCollections.observableArrayList();
    private final ObservableList<AreaChoice> activityAreas = FXCollections.observableArrayList();
    private final ObservableList<String> businessAreaSuggestions = FXCollections.observableArrayList();
    private final ObservableList<String> regionSuggestions = FXCollections.observableArrayList();
    // Read-only views made once: a listener on a view that is garbage-collected would stop hearing changes.
    private final ObservableList<StakeholderRowViewModel> stakeholdersView = FXCollections.unmodifiableObservableList(stakeholders);
    private final ObservableList<ChampionRowViewModel> championsView = FXCollections.unmodifiableObservableList(champions);
    private final ObservableList<String> gapsView = FXCollections.unmodifiableObservableList(gaps);
    private final ObservableList<AreaChoice> activityAreasView = FXCollections.unmodifiableObservableList(activityAreas);
    private final ObservableList<String> businessAreaSuggestionsView =
            FXCollections.unmodifiableObservableList(businessAreaSuggestions);
    private final ObservableList<String> regionSuggestionsView = FXCollections.unmodifiableObservableList(regionSuggestions);

    private final StringProperty newStakeholderName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper newStakeholderError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper newStakeholderWarning = new ReadOnlyStringWrapper("");
    private final ObjectProperty<StakeholderRowViewModel> selectedStakeholder = new SimpleObjectProperty<>();
    private final ObjectProperty<StakeholderRowViewModel> newChampionStakeholder = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper newChampionError = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ChampionRowViewModel> selectedChampion = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    private Strategy strategy = Strategy.empty();
    private List<Deliverable> currentDeliverables = List.of();
    /** Set while {@link #move} changes both ratings, so they become one save and one undo step. */
    private boolean moving;

    /**
     * @param deliverables the Expectations step's deliverables (for "deliverable without an owner");
     *                     called in the background
     */
    public ChampionsViewModel(StakeholderService stakeholderService, ChampionService championService,
                              ScopeService scopeService, Supplier<List<Deliverable>> deliverables, TaskRunner tasks,
                              DialogService dialogs, Messages messages, SaveTracker saves, UndoManager undo) {
        this.stakeholderService = stakeholderService;
        this.championService = championService;
        this.scopeService = scopeService;
        this.deliverables = deliverables;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.saves = saves;
        this.undo = undo;
        stakeholders.addListener((ListChangeListener<StakeholderRowViewModel>) change -> registerChanged());
        champions.addListener((ListChangeListener<ChampionRowViewModel>) change -> refreshGaps());
        newStakeholderName.addListener(changed -> {
            newStakeholderError.set("");
            newStakeholderWarning.set("");
        });
        newChampionStakeholder.addListener(changed -> newChampionError.set(""));
    }

    private record Loaded(List<Stakeholder> stakeholders, List<Champion> champions, List<EngagementEntry> log,
                          Scope scope, List<Deliverable> deliverables) {
    }

    private record Context(Scope scope, List<Deliverable> deliverables) {
    }

    /** Reads the register, the champions and what the other steps say (scope, deliverables), in the background. */
    public void load() {
        busy.set(true);
        tasks.run(() -> new Loaded(stakeholderService.list(), championService.list(), championService.engagements(),
                scopeService.load(), deliverables.get()), this::show, failure -> {
                    busy.set(false);
                    LOG.error("Could not load the Champions step", failure);
                    dialogs.showError(messages.get("champions.error.loadFailed.title"), messages.describe(failure));
                });
    }

    private void show(Loaded data) {
        useContext(new Context(data.scope(), data.deliverables()));
        Map<Long, StakeholderRowViewModel> byId = new HashMap<>();
        List<StakeholderRowViewModel> rows = new ArrayList<>();
        for (Stakeholder stakeholder : data.stakeholders()) {
            StakeholderRowViewModel row = newStakeholderRow(stakeholder);
            byId.put(stakeholder.id(), row);
            rows.add(row);
        }
        stakeholders.setAll(rows);
        Map<Long, ChampionRowViewModel> championsById = new HashMap<>();
        List<ChampionRowViewModel> championRows = new ArrayList<>();
        for (Champion champion : data.champions()) {
            StakeholderRowViewModel stakeholder = byId.get(champion.stakeholderId());
            if (stakeholder != null) {
                ChampionRowViewModel row = newChampionRow(champion, stakeholder);
                championsById.put(champion.id(), row);
                championRows.add(row);
            }
        }
        for (EngagementEntry entry : data.log()) {
            ChampionRowViewModel row = championsById.get(entry.championId());
            if (row != null) {
                row.addToLog(entry);
            }
        }
        allChampions.setAll(championRows);
        busy.set(false);
        refreshGaps();
    }

    /**
     * Rereads what the other steps decide (the strategy's business area and regions, the activity
     * areas, the deliverables), for when the user comes back to this step after changing them.
     */
    public void refreshFromOtherSteps() {
        tasks.run(() -> new Context(scopeService.load(), deliverables.get()), context -> {
            useContext(context);
            refreshGaps();
        }, failure -> LOG.warn("Could not reread the other steps for the Champions step", failure));
    }

    private void useContext(Context context) {
        strategy = context.scope().strategy();
        currentDeliverables = List.copyOf(context.deliverables());
        List<AreaChoice> choices = new ArrayList<>();
        choices.add(noArea());
        for (ActivityArea area : context.scope().areas()) {
            choices.add(new AreaChoice(area.id(), area.isCustom() ? area.customName() : messages.get(area.builtIn().messageKey())));
        }
        activityAreas.setAll(choices);
        for (ChampionRowViewModel row : allChampions) {
            // Same id, fresh name: equal by id, so this is neither saved nor an undo step.
            AreaChoice current = row.activityAreaProperty().get();
            choices.stream().filter(choice -> choice.equals(current)).findFirst()
                    .ifPresent(choice -> row.activityAreaProperty().set(choice));
        }
    }

    private AreaChoice noArea() {
        return new AreaChoice(0, messages.get("champions.champion.noArea"));
    }

    private AreaChoice areaChoice(Champion champion) {
        return champion.activityAreaId()
                .flatMap(id -> activityAreas.stream().filter(choice -> choice.id() == id).findFirst())
                .orElseGet(this::noArea);
    }

    // ---- the register ----

    private StakeholderRowViewModel newStakeholderRow(Stakeholder stakeholder) {
        StakeholderRowViewModel row = new StakeholderRowViewModel(stakeholder);
        stakeholderSaves.put(row, new Autosave<>(tasks, saves, stakeholderService::save, this::saveFailed));
        for (Property<?> property : row.editableProperties()) {
            property.addListener((observable, before, after) -> {
                if (!moving) {
                    stakeholderChanged(row);
                }
            });
            recordChanges(property, List.of(row, property), () -> messages.get("champions.undo.stakeholderEdit", row.nameProperty().get()));
        }
        row.showProblems(StakeholderRules.check(stakeholder), messages::describe);
        return row;
    }

    private void stakeholderChanged(StakeholderRowViewModel row) {
        Stakeholder stakeholder = row.toStakeholder();
        List<Problem> problems = StakeholderRules.check(stakeholder);
        row.showProblems(problems, messages::describe);
        if (problems.isEmpty()) {
            stakeholderSaves.get(row).submit(stakeholder);
        }
    }

    /** Membership or a shown field of the register changed: duplicates, visible champions, gaps. */
    private void registerChanged() {
        List<Stakeholder> register = stakeholders.stream().map(StakeholderRowViewModel::toStakeholder).toList();
        for (StakeholderRowViewModel row : stakeholders) {
            row.setWarning(StakeholderRules.duplicateWarning(row.toStakeholder(), register)
                    .map(messages::describe).orElse(""));
        }
        Set<StakeholderRowViewModel> present = Set.copyOf(stakeholders);
        champions.setPredicate(champion -> present.contains(champion.stakeholder()));
        if (selectedStakeholder.get() != null && !present.contains(selectedStakeholder.get())) {
            selectedStakeholder.set(null);
        }
        if (newChampionStakeholder.get() != null && !present.contains(newChampionStakeholder.get())) {
            newChampionStakeholder.set(null);
        }
        refreshGaps();
    }

    /** Adds a stakeholder named {@link #newStakeholderNameProperty()} (Enter in the quick-add field) and clears the field. */
    public void addStakeholder() {
        String name = newStakeholderName.get() == null ? "" : newStakeholderName.get().strip();
        Stakeholder candidate = Stakeholder.named(name, StakeholderGroup.OTHER);
        List<Problem> problems = StakeholderRules.check(candidate);
        if (!problems.isEmpty()) {
            newStakeholderError.set(messages.describe(problems.get(0)));
            return;
        }
        String duplicate = StakeholderRules.duplicateWarning(candidate,
                stakeholders.stream().map(StakeholderRowViewModel::toStakeholder).toList()).map(messages::describe).orElse("");
        busy.set(true);
        tasks.run(() -> stakeholderService.add(candidate), added -> {
            busy.set(false);
            StakeholderRowViewModel row = newStakeholderRow(added);
            stakeholders.add(row);
            newStakeholderName.set("");
            newStakeholderWarning.set(duplicate);
            selectedStakeholder.set(row);
            undo.record(UndoManager.edit(messages.get("champions.undo.addStakeholder", name),
                    () -> deleteNow(row), () -> restoreNow(row, stakeholders.size())));
        }, this::failed);
    }

    /** Deletes a stakeholder (and hides their champion roles) after the user confirms; Edit → Undo brings them back. */
    public void deleteStakeholder(StakeholderRowViewModel row) {
        String name = row.nameProperty().get().strip();
        boolean champion = allChampions.stream().anyMatch(c -> c.stakeholder() == row);
        boolean confirmed = dialogs.ask(messages.get("champions.deleteStakeholder.title"),
                messages.get(champion ? "champions.deleteStakeholder.questionChampion" : "champions.deleteStakeholder.question", name),
                messages.get("champions.delete"), messages.get("dialog.cancel"));
        if (!confirmed) {
            return;
        }
        int index = stakeholders.indexOf(row);
        deleteNow(row);
        undo.record(UndoManager.edit(messages.get("champions.undo.deleteStakeholder", name),
                () -> restoreNow(row, index), () -> deleteNow(row)));
    }

    private void deleteNow(StakeholderRowViewModel row) {
        busy.set(true);
        tasks.run(() -> stakeholderService.delete(row.id()), () -> {
            busy.set(false);
            stakeholders.remove(row);
        }, this::failed);
    }

    /** Puts a deleted stakeholder back, with its id, where it was in the list. */
    private void restoreNow(StakeholderRowViewModel row, int index) {
        busy.set(true);
        tasks.run(() -> stakeholderService.restore(row.id()), () -> {
            busy.set(false);
            stakeholders.add(Math.min(Math.max(index, 0), stakeholders.size()), row);
        }, this::failed);
    }

    /**
     * Places a stakeholder in another cell of the influence/interest grid (a drop, or an arrow key):
     * both ratings change, are saved together and are one undo step. Values outside 1 to 5 are ignored.
     */
    public void move(StakeholderRowViewModel row, int influence, int interest) {
        if (!inRange(influence) || !inRange(interest) || !stakeholders.contains(row)) {
            return;
        }
        Integer oldInfluence = row.influenceProperty().get();
        Integer oldInterest = row.interestProperty().get();
        if (oldInfluence != null && oldInterest != null && oldInfluence == influence && oldInterest == interest) {
            return;
        }
        moving = true;
        try {
            row.influenceProperty().set(influence);
            row.interestProperty().set(interest);
        } finally {
            moving = false;
        }
        stakeholderChanged(row);
        if (oldInfluence != null && oldInterest != null) {
            undo.record(UndoManager.edit(messages.get("champions.undo.move", row.nameProperty().get().strip()),
                    () -> move(row, oldInfluence, oldInterest), () -> move(row, influence, interest)));
        }
    }

    private static boolean inRange(int rating) {
        return rating >= StakeholderRules.MIN_RATING && rating <= StakeholderRules.MAX_RATING;
    }

    // ---- champions ----

    private ChampionRowViewModel newChampionRow(Champion champion, StakeholderRowViewModel stakeholder) {
        ChampionRowViewModel row = new ChampionRowViewModel(champion, stakeholder, areaChoice(champion), messages);
        row.newEntryDateProperty().set(LocalDate.now());
        championSaves.put(row, new Autosave<>(tasks, saves, championService::save, this::saveFailed));
        for (Property<?> property : row.editableProperties()) {
            property.addListener((observable, before, after) -> championChanged(row));
            recordChanges(property, List.of(row, property),
                    () -> messages.get("champions.undo.championEdit", stakeholder.nameProperty().get().strip()));
        }
        return row;
    }

    private void championChanged(ChampionRowViewModel row) {
        Champion champion = row.toChampion();
        List<Problem> problems = ChampionRules.check(champion);
        row.showProblems(problems, messages::describe);
        if (problems.isEmpty()) {
            championSaves.get(row).submit(champion);
        }
    }

    /** Makes {@link #newChampionStakeholderProperty()} a champion, for their business area and region to begin with. */
    public void addChampion() {
        StakeholderRowViewModel stakeholder = newChampionStakeholder.get();
        if (stakeholder == null) {
            newChampionError.set(messages.get("champions.error.stakeholderRequired"));
            return;
        }
        Champion candidate = Champion.of(stakeholder.id(), stakeholder.businessAreaProperty().get(),
                stakeholder.regionProperty().get());
        busy.set(true);
        tasks.run(() -> championService.add(candidate), added -> {
            busy.set(false);
            ChampionRowViewModel row = newChampionRow(added, stakeholder);
            allChampions.add(row);
            newChampionStakeholder.set(null);
            selectedChampion.set(row);
            undo.record(UndoManager.edit(messages.get("champions.undo.addChampion", stakeholder.nameProperty().get().strip()),
                    () -> deleteChampionNow(row), () -> restoreChampionNow(row, allChampions.size())));
        }, this::failed);
    }

    /** Removes a champion role (the stakeholder stays in the register) after the user confirms; undoable. */
    public void deleteChampion(ChampionRowViewModel row) {
        String name = row.stakeholder().nameProperty().get().strip();
        boolean confirmed = dialogs.ask(messages.get("champions.deleteChampion.title"),
                messages.get("champions.deleteChampion.question", name),
                messages.get("champions.delete"), messages.get("dialog.cancel"));
        if (!confirmed) {
            return;
        }
        int index = allChampions.indexOf(row);
        deleteChampionNow(row);
        undo.record(UndoManager.edit(messages.get("champions.undo.deleteChampion", name),
                () -> restoreChampionNow(row, index), () -> deleteChampionNow(row)));
    }

    private void deleteChampionNow(ChampionRowViewModel row) {
        busy.set(true);
        tasks.run(() -> championService.delete(row.id()), () -> {
            busy.set(false);
            allChampions.remove(row);
            if (selectedChampion.get() == row) {
                selectedChampion.set(null);
            }
        }, this::failed);
    }

    private void restoreChampionNow(ChampionRowViewModel row, int index) {
        busy.set(true);
        tasks.run(() -> championService.restore(row.id()), () -> {
            busy.set(false);
            allChampions.add(Math.min(Math.max(index, 0), allChampions.size()), row);
        }, this::failed);
    }

    /** Adds the entry typed for {@code row} (its new-entry date and note) to its engagement log. */
    public void addEngagement(ChampionRowViewModel row) {
        String note = row.newEntryNoteProperty().get() == null ? "" : row.newEntryNoteProperty().get();
        EngagementEntry candidate = new EngagementEntry(0, row.id(), row.newEntryDateProperty().get(), note.strip());
        List<Problem> problems = ChampionRules.check(candidate);
        if (!problems.isEmpty()) {
            row.setNewEntryError(messages.describe(problems.get(0)));
            return;
        }
        busy.set(true);
        tasks.run(() -> championService.addEngagement(candidate), added -> {
            busy.set(false);
            row.addToLog(added);
            row.newEntryNoteProperty().set("");
            String name = row.stakeholder().nameProperty().get().strip();
            undo.record(UndoManager.edit(messages.get("champions.undo.addEntry", name),
                    () -> deleteEntryNow(row, added), () -> restoreEntryNow(row, added)));
        }, this::failed);
    }

    /** Deletes one engagement-log entry after the user confirms; undoable. */
    public void deleteEngagement(ChampionRowViewModel row, EngagementEntry entry) {
        String name = row.stakeholder().nameProperty().get().strip();
        boolean confirmed = dialogs.ask(messages.get("champions.deleteEntry.title"),
                messages.get("champions.deleteEntry.question", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).format(entry.date()), name),
                messages.get("champions.delete"), messages.get("dialog.cancel"));
        if (!confirmed) {
            return;
        }
        deleteEntryNow(row, entry);
        undo.record(UndoManager.edit(messages.get("champions.undo.deleteEntry", name),
                () -> restoreEntryNow(row, entry), () -> deleteEntryNow(row, entry)));
    }

    private void deleteEntryNow(ChampionRowViewModel row, EngagementEntry entry) {
        busy.set(true);
        tasks.run(() -> championService.deleteEngagement(entry.id()), () -> {
            busy.set(false);
            row.removeFromLog(entry);
        }, this::failed);
    }

    private void restoreEntryNow(ChampionRowViewModel row, EngagementEntry entry) {
        busy.set(true);
        tasks.run(() -> championService.restoreEngagement(entry.id()), () -> {
            busy.set(false);
            row.addToLog(entry);
        }, this::failed);
    }

    // ---- gaps ----

    /** Recomputes the gaps from what the screen shows now (no database round trip). */
    private void refreshGaps() {
        List<Stakeholder> register = stakeholders.stream().map(StakeholderRowViewModel::toStakeholder).toList();
        List<Champion> current = champions.stream().map(ChampionRowViewModel::toChampion).toList();
        List<String> found = GapRules.find(strategy, register, current, currentDeliverables).stream()
                .map(this::describe).toList();
        if (!found.equals(gaps)) {
            gaps.setAll(found);
        }
        List<String> areas = new ArrayList<>(GapRules.businessAreasInScope(strategy, register));
        register.forEach(stakeholder -> areas.add(stakeholder.businessArea()));
        replaceIfChanged(businessAreaSuggestions, GapRules.distinct(areas));
        List<String> regions = new ArrayList<>(GapRules.regionsInScope(strategy));
        register.forEach(stakeholder -> regions.add(stakeholder.region()));
        replaceIfChanged(regionSuggestions, GapRules.distinct(regions));
    }

    /** Only when different: replacing a combo box's items while the user types in it would disturb the typing. */
    private static void replaceIfChanged(ObservableList<String> list, List<String> values) {
        if (!list.equals(values)) {
            list.setAll(values);
        }
    }

    private String describe(Gap gap) {
        return messages.get(gap.messageKey(), gap.arguments().toArray());
    }

    // ---- shared ----

    /** Each change of {@code property} becomes an undo step (typing in one field merges into one step). */
    private <T> void recordChanges(Property<T> property, Object field, Supplier<String> description) {
        property.addListener((observable, before, after) -> {
            if (!moving) {
                undo.recordChange(field, description.get(), before, after, property::setValue);
            }
        });
    }

    private void failed(Throwable failure) {
        busy.set(false);
        saveFailed(failure);
    }

    private void saveFailed(Throwable failure) {
        LOG.error("Could not save the Champions step", failure);
        dialogs.showError(messages.get("error.saveFailed.title"), messages.describe(failure));
    }

    // ---- properties ----

    /** The register, in the order stakeholders were added. */
    public ObservableList<StakeholderRowViewModel> stakeholders() {
        return stakeholdersView;
    }

    /** Champions whose stakeholder is in the register, in the order they were made champions. */
    public ObservableList<ChampionRowViewModel> champions() {
        return championsView;
    }

    /** The gap warnings, as sentences; refreshed after every change. */
    public ObservableList<String> gaps() {
        return gapsView;
    }

    /** "None" first, then the Scope step's activity areas. */
    public ObservableList<AreaChoice> activityAreas() {
        return activityAreasView;
    }

    /** Business areas to offer for a champion: the in-scope ones, then those in the register. */
    public ObservableList<String> businessAreaSuggestions() {
        return businessAreaSuggestionsView;
    }

    /** Regions to offer for a champion: the strategy's, then those in the register. */
    public ObservableList<String> regionSuggestions() {
        return regionSuggestionsView;
    }

    public StringProperty newStakeholderNameProperty() {
        return newStakeholderName;
    }

    public ReadOnlyStringProperty newStakeholderErrorProperty() {
        return newStakeholderError.getReadOnlyProperty();
    }

    /** Set when the stakeholder just added looks like a duplicate. */
    public ReadOnlyStringProperty newStakeholderWarningProperty() {
        return newStakeholderWarning.getReadOnlyProperty();
    }

    /** The stakeholder the register's form edits (and the grid highlights). */
    public ObjectProperty<StakeholderRowViewModel> selectedStakeholderProperty() {
        return selectedStakeholder;
    }

    /** Whom {@link #addChampion()} makes a champion. */
    public ObjectProperty<StakeholderRowViewModel> newChampionStakeholderProperty() {
        return newChampionStakeholder;
    }

    public ReadOnlyStringProperty newChampionErrorProperty() {
        return newChampionError.getReadOnlyProperty();
    }

    /** The champion the Champions tab's form edits. */
    public ObjectProperty<ChampionRowViewModel> selectedChampionProperty() {
        return selectedChampion;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
