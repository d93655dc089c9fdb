package org.learnops.studio.app.artefacts;

import org.learnops.studio.app.common.Choice;
import java.awt.image.RenderedImage;
import java.nio.file.Path;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.learnops.studio.domain.artefacts.ArtefactRules;
import org.learnops.studio.domain.artefacts.Artefacts;
import org.learnops.studio.domain.artefacts.Communication;
import org.learnops.studio.domain.artefacts.Direction;
import org.learnops.studio.domain.artefacts.GlossaryTerm;
import org.learnops.studio.domain.artefacts.Integration;
import org.learnops.studio.domain.artefacts.LearningSystem;
import org.learnops.studio.domain.artefacts.Policy;
import org.learnops.studio.domain.artefacts.SystemType;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.service.ArtefactsService;
import org.learnops.studio.service.ScopeService;
import org.learnops.studio.service.StakeholderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Supporting artefacts step (S7): glossary, policies and procedures, the communication plan
 * and the learning ecosystem map. Every valid change is saved at once and undoable; an invalid one
 * shows next to its field and is not stored. Deleting asks first and can be undone. Moving a
 * system on the map is one undo step.
 */
public final class ArtefactsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ArtefactsViewModel.class);

    private final ArtefactsService service;
    private final StakeholderService stakeholders;
    private final ScopeService scope;
    private final Clock clock;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveTracker saves;
    private final UndoManager undo;

    private final Choice nobody;
    private final Choice noArea;
    private final Map<Long, Choice> owners = new LinkedHashMap<>();
    private final Map<Long, Choice> areas = new LinkedHashMap<>();
    private final ObservableList<Choice> ownerChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> areaChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> systemChoices = FXCollections.observableArrayList();
    /** The last known name of every system, so an integration to a deleted one still names it. */
    private final Map<Long, String> knownSystemNames = new HashMap<>();

    private final Section<GlossaryTerm, TermRow> glossary;
    private final Section<Policy, PolicyRow> policies;
    private final Section<Communication, CommunicationRow> communications;
    private final Section<LearningSystem, SystemRow> systems;
    private final Section<Integration, IntegrationRow> integrations;

    private final StringProperty search = new SimpleStringProperty("");
    private final FilteredList<TermRow> foundTerms;
    private final SortedList<TermRow> sortedTerms;

    private final StringProperty newTerm = new SimpleStringProperty("");
    private final StringProperty newPolicy = new SimpleStringProperty("");
    private final StringProperty newAudience = new SimpleStringProperty("");
    private final StringProperty newSystem = new SimpleStringProperty("");
    private final ObjectProperty<SystemType> newSystemType = new SimpleObjectProperty<>(SystemType.LMS);
    private final ReadOnlyStringWrapper addError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper integrationError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    public ArtefactsViewModel(ArtefactsService service, StakeholderService stakeholders, ScopeService scope, Clock clock,
                              TaskRunner tasks, DialogService dialogs, Messages messages, SaveTracker saves,
                              UndoManager undo) {
        this.service = service;
        this.stakeholders = stakeholders;
        this.scope = scope;
        this.clock = clock;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.saves = saves;
        this.undo = undo;
        this.nobody = new Choice(0, messages.get("artefacts.owner.nobody"));
        this.noArea = new Choice(0, messages.get("artefacts.area.none"));

        glossary = new Section<>("artefacts.delete.question.term", row -> ArtefactRules.check(row.toRecord(), glossaryRecords()), service::saveTerm,
                service::deleteTerm, service::restoreTerm, row -> new Observable[] {row.termProperty(),
                        row.synonymsProperty(), row.definitionProperty(), row.ownerProperty()});
        policies = new Section<>("artefacts.delete.question.policy", row -> ArtefactRules.check(row.toRecord()), service::savePolicy,
                service::deletePolicy, service::restorePolicy, row -> new Observable[] {row.titleProperty(),
                        row.statusProperty(), row.reviewDateProperty(), row.reviewOverdueProperty()});
        communications = new Section<>("artefacts.delete.question.communication", row -> ArtefactRules.check(row.toRecord()),
                service::saveCommunication, service::deleteCommunication, service::restoreCommunication,
                row -> new Observable[] {row.audienceProperty(), row.channelProperty(), row.dateProperty(),
                        row.statusProperty()});
        systems = new Section<>("artefacts.delete.question.system", row -> ArtefactRules.check(row.toRecord()), service::saveSystem,
                service::deleteSystem, service::restoreSystem, row -> new Observable[] {row.nameProperty(),
                        row.typeProperty()});
        integrations = new Section<>("artefacts.delete.question.integration",
                row -> ArtefactRules.check(row.toRecord(), systems.rows.stream().map(SystemRow::toRecord).toList()),
                service::saveIntegration, service::deleteIntegration, service::restoreIntegration,
                row -> new Observable[] {row.fromProperty(), row.toProperty(), row.dataProperty(), row.directionProperty()});

        foundTerms = new FilteredList<>(glossary.rows);
        foundTerms.predicateProperty().bind(Bindings.createObjectBinding(
                () -> row -> row.toRecord().matches(search.get()), search));
        Collator collator = Collator.getInstance(messages.bundle().getLocale());
        sortedTerms = new SortedList<>(foundTerms, Comparator.comparing((TermRow row) -> row.termProperty().get().strip(),
                collator).thenComparingLong(TermRow::id));
        // A system renamed or removed: integrations show its new name, the choices follow.
        systems.rows.addListener((javafx.collections.ListChangeListener<SystemRow>) change -> refreshSystemChoices());
        for (StringProperty field : List.of(newTerm, newPolicy, newAudience, newSystem)) {
            field.addListener(changed -> addError.set(""));
        }
    }

    /**
     * One kind of artefact on screen: its rows, the selected one, and how a row is checked,
     * saved, deleted and restored. Every section works the same way.
     */
    private final class Section<T, R extends RecordRow<T>> {
        final String questionKey;
        final ObservableList<R> rows;
        /** Read-only view for the screen; kept, because listeners on a throw-away view would be lost with it. */
        final ObservableList<R> view;
        final ObjectProperty<R> selected = new SimpleObjectProperty<>();
        final Function<R, List<Problem>> check;
        final Consumer<T> save;
        final Consumer<T> delete;
        final Consumer<T> restore;
        final Map<R, Autosave<T>> rowSaves = new HashMap<>();

        Section(String questionKey, Function<R, List<Problem>> check, Consumer<T> save, Consumer<T> delete,
                Consumer<T> restore, javafx.util.Callback<R, Observable[]> extractor) {
            this.questionKey = questionKey;
            this.rows = FXCollections.observableArrayList(extractor);
            this.view = FXCollections.unmodifiableObservableList(rows);
            this.check = check;
            this.save = save;
            this.delete = delete;
            this.restore = restore;
        }

        /** Shows a stored record; each change of its editable properties is checked, saved and undoable. */
        R show(R row) {
            rowSaves.put(row, new Autosave<>(tasks, saves, save, ArtefactsViewModel.this::saveFailed));
            for (Property<?> property : row.editable()) {
                watch(row, property);
            }
            rows.add(row);
            return row;
        }

        private <V> void watch(R row, Property<V> property) {
            property.addListener((observable, before, after) -> {
                if (Objects.equals(before, after)) {
                    return;
                }
                changed(row);
                undo.recordChange(List.of(row, property), messages.get("undo.artefacts.change", row.label()),
                        before, after, property::setValue);
            });
        }

        void changed(R row) {
            List<Problem> problems = check.apply(row);
            row.showProblems(problems, messages);
            if (problems.isEmpty()) {
                rowSaves.get(row).submit(row.toRecord());
            }
        }

        /** A row just added by the user: shown, selected, and undoable. */
        void added(R row) {
            show(row);
            selected.set(row);
            undo.record(UndoManager.addOrRemove(messages.get("undo.artefacts.add", row.label()), false, () -> remove(row), () -> restore(row)));
        }

        void askAndDelete(R row) {
            if (row == null) {
                return;
            }
            boolean confirmed = dialogs.ask(messages.get("artefacts.delete.title"),
                    messages.get(questionKey, row.label()),
                    messages.get("artefacts.delete.yes"), messages.get("dialog.cancel"));
            if (confirmed) {
                remove(row);
                undo.record(UndoManager.addOrRemove(messages.get("undo.artefacts.delete", row.label()), true, () -> remove(row), () -> restore(row)));
            }
        }

        void remove(R row) {
            T record = row.toRecord();
            background(() -> delete.accept(record), () -> {
                if (selected.get() == row) {
                    selected.set(null);
                }
                rows.remove(row);
            });
        }

        void restore(R row) {
            T record = row.toRecord();
            background(() -> restore.accept(record), () -> {
                rows.add(row);
                selected.set(row);
            });
        }
    }

    private record Loaded(Artefacts artefacts, List<Stakeholder> stakeholders, List<ActivityArea> areas,
                          Map<Long, String> removedSystems) {
    }

    /** Reads every artefact and the stakeholders and activity areas they may point at, in the background. */
    public void load() {
        busy.set(true);
        tasks.run(() -> new Loaded(service.load(), stakeholders.list(), scope.load().areas(), service.removedSystemNames()),
                data -> {
                    busy.set(false);
                    setChoices(data.stakeholders(), data.areas());
                    knownSystemNames.putAll(data.removedSystems());
                    Artefacts artefacts = data.artefacts();
                    artefacts.glossary().forEach(term -> glossary.show(new TermRow(term, owner(term.ownerId()))));
                    artefacts.policies().forEach(policy -> policies.show(new PolicyRow(policy,
                            Choice.of(policy.areaId(), this::area, noArea), owner(policy.ownerId()), this::today)));
                    artefacts.communications().forEach(item -> communications.show(
                            new CommunicationRow(item, owner(item.ownerId()))));
                    artefacts.systems().forEach(system -> showSystem(new SystemRow(system, owner(system.ownerId()))));
                    refreshSystemChoices();
                    artefacts.integrations().forEach(integration -> integrations.show(new IntegrationRow(integration,
                            system(integration.fromSystemId()), system(integration.toSystemId()))));
                    loaded.set(true);
                }, failure -> {
                    busy.set(false);
                    LOG.error("Could not load the supporting artefacts", failure);
                    dialogs.showError(messages.get("artefacts.loadFailed.title"), messages.describe(failure));
                });
    }

    private record Others(List<Stakeholder> stakeholders, List<ActivityArea> areas) {
    }

    /** Reads the stakeholders and activity areas again (other steps change them); records keep what they point at. */
    public void refreshFromOtherSteps() {
        if (!loaded.get()) {
            return;
        }
        tasks.run(() -> new Others(stakeholders.list(), scope.load().areas()), data -> {
            setChoices(data.stakeholders(), data.areas());
            glossary.rows.forEach(row -> row.ownerProperty().set(owner(row.ownerProperty().get().optionalId())));
            policies.rows.forEach(row -> {
                row.ownerProperty().set(owner(row.ownerProperty().get().optionalId()));
                row.areaProperty().set(Choice.of(row.areaProperty().get().optionalId(), this::area, noArea));
            });
            communications.rows.forEach(row -> row.ownerProperty().set(owner(row.ownerProperty().get().optionalId())));
            systems.rows.forEach(row -> row.ownerProperty().set(owner(row.ownerProperty().get().optionalId())));
        }, failure -> LOG.warn("Could not refresh the stakeholders and activity areas", failure));
    }

    private void setChoices(List<Stakeholder> people, List<ActivityArea> activityAreas) {
        owners.clear();
        people.forEach(person -> owners.put(person.id(), new Choice(person.id(), person.name())));
        ownerChoices.setAll(nobody);
        ownerChoices.addAll(owners.values());
        areas.clear();
        for (ActivityArea area : activityAreas) {
            areas.put(area.id(), new Choice(area.id(),
                    area.isCustom() ? area.customName() : messages.get(area.builtIn().messageKey())));
        }
        areaChoices.setAll(noArea);
        areaChoices.addAll(areas.values());
    }

    /** A stakeholder removed from the register after being chosen keeps showing, marked removed. */
    private Choice owner(Optional<Long> id) {
        return Choice.of(id, key -> owners.getOrDefault(key, new Choice(key, messages.get("artefacts.owner.removed"))), nobody);
    }

    private Choice area(long id) {
        return areas.getOrDefault(id, new Choice(id, messages.get("artefacts.area.removed")));
    }

    private Choice system(long id) {
        return systems.rows.stream().filter(row -> row.id() == id).findFirst()
                .map(row -> new Choice(id, row.nameProperty().get()))
                .orElseGet(() -> new Choice(id, messages.get("artefacts.system.removed",
                        knownSystemNames.getOrDefault(id, "#" + id))));
    }

    private void refreshSystemChoices() {
        systems.rows.forEach(row -> knownSystemNames.put(row.id(), row.nameProperty().get()));
        systemChoices.setAll(systems.rows.stream().map(row -> new Choice(row.id(), row.nameProperty().get())).toList());
        for (IntegrationRow row : integrations.rows) {
            // Same id, fresh label: equal choices, so no save and no undo step.
            relabel(row.fromProperty());
            relabel(row.toProperty());
        }
    }

    private void relabel(ObjectProperty<Choice> end) {
        Choice fresh = system(end.get().id());
        if (!fresh.label().equals(end.get().label())) {
            end.set(fresh);
        }
    }

    private void showSystem(SystemRow row) {
        systems.show(row);
        row.nameProperty().addListener(changed -> refreshSystemChoices());
        // A move is saved like any edit; its undo step is recorded by moveSystem, once per move.
        row.xProperty().addListener(changed -> systems.changed(row));
        row.yProperty().addListener(changed -> systems.changed(row));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- adding ---

    public void addTerm() {
        String term = strip(newTerm.get());
        if (refused(ArtefactRules.check(GlossaryTerm.named(term), glossaryRecords()))) {
            return;
        }
        background(() -> service.addTerm(term), added -> {
            newTerm.set("");
            search.set("");
            glossary.added(new TermRow(added, nobody));
        });
    }

    public void addPolicy() {
        String title = strip(newPolicy.get());
        if (refused(ArtefactRules.check(Policy.titled(title)))) {
            return;
        }
        background(() -> service.addPolicy(title), added -> {
            newPolicy.set("");
            policies.added(new PolicyRow(added, noArea, nobody, this::today));
        });
    }

    public void addCommunication() {
        String audience = strip(newAudience.get());
        if (refused(ArtefactRules.check(Communication.forAudience(audience)))) {
            return;
        }
        background(() -> service.addCommunication(audience), added -> {
            newAudience.set("");
            communications.added(new CommunicationRow(added, nobody));
        });
    }

    /** Adds the system named in {@link #newSystemProperty()} in a free place of the map. */
    public void addSystem() {
        String name = strip(newSystem.get());
        SystemType type = newSystemType.get() == null ? SystemType.OTHER : newSystemType.get();
        if (refused(ArtefactRules.check(LearningSystem.named(name, type)))) {
            return;
        }
        background(() -> service.addSystem(name, type), added -> {
            newSystem.set("");
            SystemRow row = new SystemRow(added, nobody);
            showSystem(row);
            systems.selected.set(row);
            undo.record(UndoManager.addOrRemove(messages.get("undo.artefacts.add", row.label()), false, () -> systems.remove(row), () -> systems.restore(row)));
        });
    }

    /**
     * Adds an integration from the selected system (or the first) to another one, one-way; the
     * user then corrects its ends and names the data.
     */
    public void addIntegration() {
        integrationError.set("");
        if (systems.rows.size() < 2) {
            integrationError.set(messages.get("artefacts.integration.needTwo"));
            return;
        }
        SystemRow from = systems.selected.get() == null ? systems.rows.get(0) : systems.selected.get();
        SystemRow to = systems.rows.stream().filter(row -> row != from).findFirst().orElseThrow();
        addIntegration(from, to, "", Direction.ONE_WAY);
    }

    /** Adds an integration between two systems of the map. */
    public void addIntegration(SystemRow from, SystemRow to, String data, Direction direction) {
        integrationError.set("");
        List<Problem> problems = ArtefactRules.check(new Integration(0, from.id(), to.id(), data, direction),
                systems.rows.stream().map(SystemRow::toRecord).toList());
        if (!problems.isEmpty()) {
            integrationError.set(messages.describe(problems.get(0)));
            return;
        }
        background(() -> service.addIntegration(from.id(), to.id(), data, direction),
                added -> integrations.added(new IntegrationRow(added, system(from.id()), system(to.id()))));
    }

    // --- the map ---

    /**
     * Moves a system's box to where the user dropped it (never off the top or left edge): saved at
     * once and one undo step. Nothing happens when it lands where it was.
     */
    public void moveSystem(SystemRow row, double x, double y) {
        int newX = (int) Math.round(Math.max(0, x));
        int newY = (int) Math.round(Math.max(0, y));
        int oldX = row.xProperty().get();
        int oldY = row.yProperty().get();
        if (newX == oldX && newY == oldY) {
            return;
        }
        place(row, newX, newY);
        undo.record(new UndoManager.Edit() {
            @Override
            public String description() {
                return messages.get("undo.artefacts.move", row.label());
            }

            @Override
            public void undo() {
                place(row, oldX, oldY);
            }

            @Override
            public void redo() {
                place(row, newX, newY);
            }
        });
    }

    private void place(SystemRow row, int x, int y) {
        row.xProperty().set(x);
        row.yProperty().set(y);
    }

    /**
     * Saves the map as a PNG file the user chooses. {@code picture} takes the snapshot (on the FX
     * thread, now); the file is written in the background, first to a temporary file beside the
     * target, then moved over it, so a failed write never leaves half a picture.
     */
    public void savePicture(Supplier<RenderedImage> picture) {
        Optional<Path> target = dialogs.choosePictureFile(messages.get("artefacts.map.fileName"));
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get().getFileName().toString().toLowerCase().endsWith(".png") ? target.get()
                : target.get().resolveSibling(target.get().getFileName() + ".png");
        RenderedImage image = picture.get();
        background(() -> PngFile.write(image, file),
                () -> dialogs.showInformation(messages.get("artefacts.map.saved.title"),
                        messages.get("artefacts.map.saved", file.toString())));
    }

    // --- deleting ---

    public void deleteTerm(TermRow row) {
        glossary.askAndDelete(row);
    }

    public void deletePolicy(PolicyRow row) {
        policies.askAndDelete(row);
    }

    public void deleteCommunication(CommunicationRow row) {
        communications.askAndDelete(row);
    }

    /** Deletes a system; its integrations stay listed (marked) and come back on the map with undo. */
    public void deleteSystem(SystemRow row) {
        systems.askAndDelete(row);
    }

    public void deleteIntegration(IntegrationRow row) {
        integrations.askAndDelete(row);
    }

    // --- plumbing ---

    private List<GlossaryTerm> glossaryRecords() {
        return glossary.rows.stream().map(TermRow::toRecord).toList();
    }

    private boolean refused(List<Problem> problems) {
        addError.set(problems.isEmpty() ? "" : messages.describe(problems.get(0)));
        return !problems.isEmpty();
    }

    private <V> void background(java.util.concurrent.Callable<V> work, Consumer<V> done) {
        busy.set(true);
        tasks.run(work, result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            saveFailed(failure);
        });
    }

    private void background(Runnable work, Runnable done) {
        background(() -> {
            work.run();
            return null;
        }, ignored -> done.run());
    }

    private void saveFailed(Throwable failure) {
        LOG.error("Could not save the supporting artefacts", failure);
        dialogs.showError(messages.get("error.saveFailed.title"), messages.describe(failure));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    // --- what the view binds to ---

    /** Glossary terms matching the search, alphabetical (locale-aware, ignoring case). */
    public ObservableList<TermRow> visibleTerms() {
        return sortedTerms;
    }

    public ObservableList<TermRow> terms() {
        return glossary.view;
    }

    public ObservableList<PolicyRow> policies() {
        return policies.view;
    }

    public ObservableList<CommunicationRow> communications() {
        return communications.view;
    }

    public ObservableList<SystemRow> systems() {
        return systems.view;
    }

    public ObservableList<IntegrationRow> integrations() {
        return integrations.view;
    }

    public ObjectProperty<TermRow> selectedTermProperty() {
        return glossary.selected;
    }

    public ObjectProperty<PolicyRow> selectedPolicyProperty() {
        return policies.selected;
    }

    public ObjectProperty<CommunicationRow> selectedCommunicationProperty() {
        return communications.selected;
    }

    public ObjectProperty<SystemRow> selectedSystemProperty() {
        return systems.selected;
    }

    public ObjectProperty<IntegrationRow> selectedIntegrationProperty() {
        return integrations.selected;
    }

    /** Nobody, then the stakeholder register. */
    public ObservableList<Choice> ownerChoices() {
        return ownerChoices;
    }

    /** No area, then the Scope step's activity areas. */
    public ObservableList<Choice> areaChoices() {
        return areaChoices;
    }

    /** The systems on the map, as ends of an integration. */
    public ObservableList<Choice> systemChoices() {
        return systemChoices;
    }

    /** True when an end of the integration is a deleted system. */
    public boolean isBroken(IntegrationRow row) {
        return systems.rows.stream().noneMatch(s -> s.id() == row.fromProperty().get().id())
                || systems.rows.stream().noneMatch(s -> s.id() == row.toProperty().get().id());
    }

    public StringProperty searchProperty() {
        return search;
    }

    public StringProperty newTermProperty() {
        return newTerm;
    }

    public StringProperty newPolicyProperty() {
        return newPolicy;
    }

    public StringProperty newAudienceProperty() {
        return newAudience;
    }

    public StringProperty newSystemProperty() {
        return newSystem;
    }

    public ObjectProperty<SystemType> newSystemTypeProperty() {
        return newSystemType;
    }

    /** Why the last add was refused (a blank or taken name); empty otherwise. */
    public ReadOnlyStringProperty addErrorProperty() {
        return addError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty integrationErrorProperty() {
        return integrationError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
