package org.learnops.studio.app.governance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
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
import org.learnops.studio.app.common.Autosave;
import org.learnops.studio.app.common.DialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SaveTracker;
import org.learnops.studio.app.common.TaskRunner;
import org.learnops.studio.app.common.UndoManager;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.governance.GovernanceBody;
import org.learnops.studio.domain.governance.GovernanceModel;
import org.learnops.studio.domain.governance.GovernanceRules;
import org.learnops.studio.domain.governance.Raci;
import org.learnops.studio.domain.governance.RaciCell;
import org.learnops.studio.domain.governance.RaciMatrix;
import org.learnops.studio.domain.governance.RaciProcess;
import org.learnops.studio.domain.governance.RaciRole;
import org.learnops.studio.domain.governance.StarterProcess;
import org.learnops.studio.domain.governance.StarterRole;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.service.GovernanceService;
import org.learnops.studio.service.ScopeService;
import org.learnops.studio.service.StakeholderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Governance step (S5): the governance model, governance bodies, and the RACI matrix with its
 * rule checks. Every valid change is saved at once and can be undone.
 */
public final class GovernanceViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(GovernanceViewModel.class);

    private final GovernanceService service;
    private final StakeholderService stakeholderService;
    private final ScopeService scopeService;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveTracker saves;
    private final UndoManager undo;

    private final ObjectProperty<GovernanceModel> model = new SimpleObjectProperty<>();
    private final Autosave<Optional<GovernanceModel>> modelSave;
    private final ObservableList<BodyRowViewModel> bodies = FXCollections.observableArrayList();
    private final Map<BodyRowViewModel, Autosave<GovernanceBody>> bodySaves = new HashMap<>();
    private final ObjectProperty<BodyRowViewModel> selectedBody = new SimpleObjectProperty<>();
    private final StringProperty newBodyName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper newBodyError = new ReadOnlyStringWrapper("");
    private final ObservableList<Stakeholder> stakeholders = FXCollections.observableArrayList();

    private final ObservableList<AreaGroup> areas = FXCollections.observableArrayList();
    private final ObservableList<AreaGroup> inScopeAreas = FXCollections.observableArrayList();
    private final ObservableList<NamedRowViewModel> processes = FXCollections.observableArrayList();
    private final ObservableList<NamedRowViewModel> roles = FXCollections.observableArrayList();
    private final Map<NamedRowViewModel, Autosave<RaciProcess>> processSaves = new HashMap<>();
    private final Map<NamedRowViewModel, Autosave<RaciRole>> roleSaves = new HashMap<>();
    /** Cell letters by (process id, role id); kept for deleted rows and columns, so undo brings them back. */
    private final Map<List<Long>, ReadOnlyObjectWrapper<Raci>> cells = new HashMap<>();
    private final Map<List<Long>, Autosave<Optional<Raci>>> cellSaves = new HashMap<>();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<Problem>> problems = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<AreaGroup> newProcessArea = new SimpleObjectProperty<>();
    private final StringProperty newProcessName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper newProcessError = new ReadOnlyStringWrapper("");
    private final StringProperty newRoleName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper newRoleError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper starterMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    private final ObservableList<BodyRowViewModel> bodiesView = FXCollections.unmodifiableObservableList(bodies);
    private final ObservableList<Stakeholder> stakeholdersView = FXCollections.unmodifiableObservableList(stakeholders);
    private final ObservableList<AreaGroup> areasView = FXCollections.unmodifiableObservableList(areas);
    private final ObservableList<AreaGroup> inScopeAreasView = FXCollections.unmodifiableObservableList(inScopeAreas);
    private final ObservableList<NamedRowViewModel> processesView = FXCollections.unmodifiableObservableList(processes);
    private final ObservableList<NamedRowViewModel> rolesView = FXCollections.unmodifiableObservableList(roles);
    private final ObservableList<String> warningsView = FXCollections.unmodifiableObservableList(warnings);

    private List<ActivityArea> scopeAreas = List.of();
    private boolean loading;

    public GovernanceViewModel(GovernanceService service, StakeholderService stakeholderService, ScopeService scopeService,
                               TaskRunner tasks, DialogService dialogs, Messages messages, SaveTracker saves,
                               UndoManager undo) {
        this.service = service;
        this.stakeholderService = stakeholderService;
        this.scopeService = scopeService;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.saves = saves;
        this.undo = undo;
        this.modelSave = new Autosave<>(tasks, saves, service::saveModel, this::saveFailed);
        model.addListener((observable, before, after) -> {
            if (!loading) {
                modelSave.submit(Optional.ofNullable(after));
                undo.recordChange(model, messages.get("governance.undo.model"), before, after, model::set);
            }
        });
        newBodyName.addListener(changed -> newBodyError.set(""));
        newProcessName.addListener(changed -> newProcessError.set(""));
        newRoleName.addListener(changed -> newRoleError.set(""));
    }

    private record Loaded(Optional<GovernanceModel> model, List<GovernanceBody> bodies, RaciMatrix matrix,
                          List<ActivityArea> areas, List<Stakeholder> stakeholders) {
    }

    private record Context(List<ActivityArea> areas, List<Stakeholder> stakeholders) {
    }

    /** Reads the step and what it shows of the other steps (activity areas, stakeholders), in the background. */
    public void load() {
        busy.set(true);
        tasks.run(() -> new Loaded(service.loadModel(), service.bodies(), service.loadMatrix(),
                scopeService.load().areas(), stakeholderService.list()), this::show, failure -> {
                    busy.set(false);
                    LOG.error("Could not load the Governance step", failure);
                    dialogs.showError(messages.get("governance.loadFailed.title"), messages.describe(failure));
                });
    }

    private void show(Loaded data) {
        loading = true;
        try {
            model.set(data.model().orElse(null));
        } finally {
            loading = false;
        }
        useContext(new Context(data.areas(), data.stakeholders()));
        bodies.setAll(data.bodies().stream().map(this::newBodyRow).toList());
        cells.clear();
        for (RaciCell cell : data.matrix().cells()) {
            cellProperty(cell.processId(), cell.roleId()).set(cell.letter());
        }
        roles.setAll(data.matrix().roles().stream().map(this::newRoleRow).toList());
        processes.setAll(data.matrix().processes().stream().map(this::newProcessRow).toList());
        busy.set(false);
        check();
    }

    /** Rereads the activity areas and the stakeholder register, for when the user comes back from those steps. */
    public void refreshFromOtherSteps() {
        tasks.run(() -> new Context(scopeService.load().areas(), stakeholderService.list()), context -> {
            useContext(context);
            check();
        }, failure -> LOG.warn("Could not reread the other steps for the Governance step", failure));
    }

    private void useContext(Context context) {
        scopeAreas = List.copyOf(context.areas());
        List<AreaGroup> groups = scopeAreas.stream().map(area -> new AreaGroup(area.id(), areaName(area), area.inScope())).toList();
        areas.setAll(groups);
        inScopeAreas.setAll(groups.stream().filter(AreaGroup::inScope).toList());
        if (newProcessArea.get() == null || !inScopeAreas.contains(newProcessArea.get())) {
            newProcessArea.set(inScopeAreas.isEmpty() ? null : inScopeAreas.get(0));
        }
        stakeholders.setAll(context.stakeholders());
    }

    private String areaName(ActivityArea area) {
        return area.isCustom() ? area.customName().strip() : messages.get(area.builtIn().messageKey());
    }

    // ---- bodies ----

    private BodyRowViewModel newBodyRow(GovernanceBody body) {
        BodyRowViewModel row = new BodyRowViewModel(body);
        bodySaves.put(row, new Autosave<>(tasks, saves, service::saveBody, this::saveFailed));
        for (Property<?> property : row.editableProperties()) {
            property.addListener((observable, before, after) -> bodyChanged(row));
            recordChanges(property, List.of(row, property), () -> messages.get("governance.undo.bodyEdit", row.nameProperty().get().strip()));
        }
        return row;
    }

    private void bodyChanged(BodyRowViewModel row) {
        GovernanceBody body = row.toBody();
        List<Problem> found = GovernanceRules.check(body);
        row.showProblems(found, messages::describe);
        if (found.isEmpty()) {
            bodySaves.get(row).submit(body);
        }
    }

    /** Adds a body named {@link #newBodyNameProperty()} and selects it. */
    public void addBody() {
        GovernanceBody candidate = GovernanceBody.named(text(newBodyName.get()).strip());
        List<Problem> found = GovernanceRules.check(candidate);
        if (!found.isEmpty()) {
            newBodyError.set(messages.describe(found.get(0)));
            return;
        }
        busy.set(true);
        tasks.run(() -> service.addBody(candidate), added -> {
            busy.set(false);
            BodyRowViewModel row = newBodyRow(added);
            bodies.add(row);
            newBodyName.set("");
            selectedBody.set(row);
            undo.record(UndoManager.edit(messages.get("governance.undo.addBody", added.name()),
                    () -> deleteBodyNow(row), () -> restoreBodyNow(row, bodies.size())));
        }, this::failed);
    }

    /** Deletes a body after the user confirms; Edit → Undo brings it back. */
    public void deleteBody(BodyRowViewModel row) {
        String name = row.nameProperty().get().strip();
        if (!dialogs.ask(messages.get("governance.deleteBody.title"), messages.get("governance.deleteBody.question", name),
                messages.get("governance.delete"), messages.get("dialog.cancel"))) {
            return;
        }
        int index = bodies.indexOf(row);
        deleteBodyNow(row);
        undo.record(UndoManager.edit(messages.get("governance.undo.deleteBody", name),
                () -> restoreBodyNow(row, index), () -> deleteBodyNow(row)));
    }

    private void deleteBodyNow(BodyRowViewModel row) {
        busy.set(true);
        tasks.run(() -> service.deleteBody(row.id()), () -> {
            busy.set(false);
            bodies.remove(row);
            if (selectedBody.get() == row) {
                selectedBody.set(null);
            }
        }, this::failed);
    }

    private void restoreBodyNow(BodyRowViewModel row, int index) {
        busy.set(true);
        tasks.run(() -> service.restoreBody(row.id()), () -> {
            busy.set(false);
            bodies.add(Math.min(Math.max(index, 0), bodies.size()), row);
            selectedBody.set(row);
        }, this::failed);
    }

    // ---- the matrix: processes and roles ----

    private NamedRowViewModel newProcessRow(RaciProcess process) {
        NamedRowViewModel row = new NamedRowViewModel(process.id(), process.activityAreaId(), process.name());
        processSaves.put(row, new Autosave<>(tasks, saves, service::saveProcess, this::saveFailed));
        row.nameProperty().addListener((observable, before, after) -> {
            RaciProcess changed = new RaciProcess(row.id(), row.areaId(), text(after));
            List<Problem> found = GovernanceRules.check(changed);
            row.setError(found.isEmpty() ? "" : messages.describe(found.get(0)));
            if (found.isEmpty()) {
                processSaves.get(row).submit(changed);
                check();
            }
        });
        recordChanges(row.nameProperty(), List.of(row, "name"), () -> messages.get("governance.undo.renameProcess", text(row.nameProperty().get()).strip()));
        return row;
    }

    private NamedRowViewModel newRoleRow(RaciRole role) {
        NamedRowViewModel row = new NamedRowViewModel(role.id(), 0, role.name());
        roleSaves.put(row, new Autosave<>(tasks, saves, service::saveRole, this::saveFailed));
        row.nameProperty().addListener((observable, before, after) -> {
            RaciRole changed = new RaciRole(row.id(), text(after));
            List<Problem> found = GovernanceRules.check(changed, currentRoles());
            row.setError(found.isEmpty() ? "" : messages.describe(found.get(0)));
            if (found.isEmpty()) {
                roleSaves.get(row).submit(changed);
                check();
            }
        });
        recordChanges(row.nameProperty(), List.of(row, "name"), () -> messages.get("governance.undo.renameRole", text(row.nameProperty().get()).strip()));
        return row;
    }

    /** Adds a process named {@link #newProcessNameProperty()} to {@link #newProcessAreaProperty()}. */
    public void addProcess() {
        AreaGroup area = newProcessArea.get();
        RaciProcess candidate = new RaciProcess(0, area == null ? 0 : area.id(), text(newProcessName.get()).strip());
        List<Problem> found = GovernanceRules.check(candidate);
        if (!found.isEmpty()) {
            newProcessError.set(messages.describe(found.get(0)));
            return;
        }
        busy.set(true);
        tasks.run(() -> service.addProcess(candidate), added -> {
            busy.set(false);
            NamedRowViewModel row = newProcessRow(added);
            processes.add(row);
            newProcessName.set("");
            check();
            undo.record(UndoManager.edit(messages.get("governance.undo.addProcess", added.name()),
                    () -> removeNow(List.of(row), List.of()), () -> restoreNow(List.of(row), List.of())));
        }, this::failed);
    }

    /** Adds a role (a column) named {@link #newRoleNameProperty()}. */
    public void addRole() {
        RaciRole candidate = new RaciRole(0, text(newRoleName.get()).strip());
        List<Problem> found = GovernanceRules.check(candidate, currentRoles());
        if (!found.isEmpty()) {
            newRoleError.set(messages.describe(found.get(0)));
            return;
        }
        busy.set(true);
        tasks.run(() -> service.addRole(candidate), added -> {
            busy.set(false);
            NamedRowViewModel row = newRoleRow(added);
            roles.add(row);
            newRoleName.set("");
            check();
            undo.record(UndoManager.edit(messages.get("governance.undo.addRole", added.name()),
                    () -> removeNow(List.of(), List.of(row)), () -> restoreNow(List.of(), List.of(row))));
        }, this::failed);
    }

    /**
     * Adds the starter processes (for the in-scope built-in areas) and roles that are missing, as
     * one undo step. Tells the user when nothing was missing.
     */
    public void addStarter() {
        List<RaciProcess> wanted = new ArrayList<>();
        for (ActivityArea area : scopeAreas) {
            if (area.inScope() && !area.isCustom()) {
                for (StarterProcess starter : StarterProcess.values()) {
                    if (starter.area() == area.builtIn()) {
                        wanted.add(new RaciProcess(0, area.id(), messages.get(starter.messageKey())));
                    }
                }
            }
        }
        List<RaciRole> wantedRoles = new ArrayList<>();
        for (StarterRole role : StarterRole.values()) {
            wantedRoles.add(new RaciRole(0, messages.get(role.messageKey())));
        }
        busy.set(true);
        tasks.run(() -> service.addStarter(wanted, wantedRoles), added -> {
            busy.set(false);
            if (added.isEmpty()) {
                starterMessage.set(messages.get(wanted.isEmpty() ? "governance.starter.noAreas" : "governance.starter.nothingMissing"));
                return;
            }
            List<NamedRowViewModel> newProcesses = added.processes().stream().map(this::newProcessRow).toList();
            List<NamedRowViewModel> newRoles = added.roles().stream().map(this::newRoleRow).toList();
            processes.addAll(newProcesses);
            roles.addAll(newRoles);
            starterMessage.set(messages.get("governance.starter.added", newProcesses.size(), newRoles.size()));
            check();
            undo.record(UndoManager.edit(messages.get("governance.undo.starter"),
                    () -> removeNow(newProcesses, newRoles), () -> restoreNow(newProcesses, newRoles)));
        }, this::failed);
    }

    /** Deletes a process; asks first when it has letters in the matrix. Undoable, letters included. */
    public void deleteProcess(NamedRowViewModel row) {
        String name = text(row.nameProperty().get()).strip();
        if (usedCells(row.id(), true) > 0 && !dialogs.ask(messages.get("governance.deleteProcess.title"),
                messages.get("governance.deleteProcess.question", name), messages.get("governance.delete"),
                messages.get("dialog.cancel"))) {
            return;
        }
        removeNow(List.of(row), List.of());
        undo.record(UndoManager.edit(messages.get("governance.undo.deleteProcess", name),
                () -> restoreNow(List.of(row), List.of()), () -> removeNow(List.of(row), List.of())));
    }

    /** Deletes a role (a column); asks first when the matrix uses it. Undo brings it back with its letters. */
    public void deleteRole(NamedRowViewModel row) {
        String name = text(row.nameProperty().get()).strip();
        long used = usedCells(row.id(), false);
        if (used > 0 && !dialogs.ask(messages.get("governance.deleteRole.title"),
                messages.get("governance.deleteRole.question", name, used), messages.get("governance.delete"),
                messages.get("dialog.cancel"))) {
            return;
        }
        removeNow(List.of(), List.of(row));
        undo.record(UndoManager.edit(messages.get("governance.undo.deleteRole", name),
                () -> restoreNow(List.of(), List.of(row)), () -> removeNow(List.of(), List.of(row))));
    }

    private long usedCells(long id, boolean process) {
        List<NamedRowViewModel> others = process ? roles : processes;
        return others.stream().filter(other -> (process ? cellProperty(id, other.id()) : cellProperty(other.id(), id)).get() != null)
                .count();
    }

    private void removeNow(List<NamedRowViewModel> processRows, List<NamedRowViewModel> roleRows) {
        busy.set(true);
        tasks.run(() -> service.delete(ids(processRows), ids(roleRows)), () -> {
            busy.set(false);
            processes.removeAll(processRows);
            roles.removeAll(roleRows);
            check();
        }, this::failed);
    }

    private void restoreNow(List<NamedRowViewModel> processRows, List<NamedRowViewModel> roleRows) {
        busy.set(true);
        tasks.run(() -> service.restore(ids(processRows), ids(roleRows)), () -> {
            busy.set(false);
            processes.addAll(processRows);
            processes.sort(java.util.Comparator.comparingLong(NamedRowViewModel::id));
            roles.addAll(roleRows);
            roles.sort(java.util.Comparator.comparingLong(NamedRowViewModel::id));
            check();
        }, this::failed);
    }

    private static List<Long> ids(List<NamedRowViewModel> rows) {
        return rows.stream().map(NamedRowViewModel::id).toList();
    }

    // ---- the matrix: cells ----

    /** The letter of one cell (null when empty); set it with {@link #setCell} or {@link #cycleCell}. */
    public ReadOnlyObjectProperty<Raci> cellProperty(NamedRowViewModel process, NamedRowViewModel role) {
        return cellProperty(process.id(), role.id()).getReadOnlyProperty();
    }

    private ReadOnlyObjectWrapper<Raci> cellProperty(long processId, long roleId) {
        return cells.computeIfAbsent(List.of(processId, roleId), key -> new ReadOnlyObjectWrapper<>());
    }

    /** Sets one cell (null clears it): saved at once, one undo step. */
    public void setCell(NamedRowViewModel process, NamedRowViewModel role, Raci letter) {
        ReadOnlyObjectWrapper<Raci> cell = cellProperty(process.id(), role.id());
        Raci before = cell.get();
        if (before == letter) {
            return;
        }
        cell.set(letter);
        List<Long> key = List.of(process.id(), role.id());
        cellSaves.computeIfAbsent(key, k -> new Autosave<>(tasks, saves,
                value -> service.setCell(process.id(), role.id(), value), this::saveFailed)).submit(Optional.ofNullable(letter));
        check();
        undo.record(UndoManager.edit(messages.get("governance.undo.cell", text(process.nameProperty().get()).strip(),
                text(role.nameProperty().get()).strip()),
                () -> setCell(process, role, before), () -> setCell(process, role, letter)));
    }

    /** A click: empty → R → A → C → I → empty. */
    public void cycleCell(NamedRowViewModel process, NamedRowViewModel role) {
        setCell(process, role, Raci.next(Optional.ofNullable(cellProperty(process.id(), role.id()).get())).orElse(null));
    }

    // ---- rule checks ----

    /** The matrix as the screen shows it now. */
    public RaciMatrix matrix() {
        List<RaciCell> filled = new ArrayList<>();
        for (NamedRowViewModel process : processes) {
            for (NamedRowViewModel role : roles) {
                Raci letter = cellProperty(process.id(), role.id()).get();
                if (letter != null) {
                    filled.add(new RaciCell(process.id(), role.id(), letter));
                }
            }
        }
        return new RaciMatrix(processes.stream().map(p -> new RaciProcess(p.id(), p.areaId(), text(p.nameProperty().get()))).toList(),
                currentRoles(), filled);
    }

    private List<RaciRole> currentRoles() {
        return roles.stream().map(r -> new RaciRole(r.id(), text(r.nameProperty().get()))).toList();
    }

    /** Reruns the rule checks on what the screen shows (no database round trip). */
    private void check() {
        List<Problem> found = GovernanceRules.warnings(matrix(), scopeAreas);
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (Problem problem : found) {
            byField.computeIfAbsent(problem.field(), f -> new ArrayList<>()).add(messages.describe(problem));
        }
        processes.forEach(row -> row.setWarning(String.join("\n", byField.getOrDefault(GovernanceRules.PROCESS + row.id(), List.of()))));
        roles.forEach(row -> row.setWarning(String.join("\n", byField.getOrDefault(GovernanceRules.ROLE + row.id(), List.of()))));
        List<String> lines = found.stream().map(messages::describe).toList();
        if (!lines.equals(warnings)) {
            warnings.setAll(lines);
        }
        problems.set(List.copyOf(found));
    }

    // ---- shared ----

    private <T> void recordChanges(Property<T> property, Object field, Supplier<String> description) {
        property.addListener((observable, before, after) ->
                undo.recordChange(field, description.get(), before, after, property::setValue));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private void failed(Throwable failure) {
        busy.set(false);
        saveFailed(failure);
    }

    private void saveFailed(Throwable failure) {
        LOG.error("Could not save the Governance step", failure);
        dialogs.showError(messages.get("error.saveFailed.title"), messages.describe(failure));
    }

    // ---- properties ----

    /** The chosen governance model; null while none is chosen. */
    public ObjectProperty<GovernanceModel> modelProperty() {
        return model;
    }

    public ObservableList<BodyRowViewModel> bodies() {
        return bodiesView;
    }

    public ObjectProperty<BodyRowViewModel> selectedBodyProperty() {
        return selectedBody;
    }

    public StringProperty newBodyNameProperty() {
        return newBodyName;
    }

    public ReadOnlyStringProperty newBodyErrorProperty() {
        return newBodyError.getReadOnlyProperty();
    }

    /** The stakeholder register, to choose members from. */
    public ObservableList<Stakeholder> stakeholders() {
        return stakeholdersView;
    }

    /** Every activity area of the Scope step, in its order. */
    public ObservableList<AreaGroup> areas() {
        return areasView;
    }

    /** The areas new processes can go in. */
    public ObservableList<AreaGroup> inScopeAreas() {
        return inScopeAreasView;
    }

    /** The matrix's rows, in the order added (the screen groups them by area). */
    public ObservableList<NamedRowViewModel> processes() {
        return processesView;
    }

    /** The matrix's columns, in the order added. */
    public ObservableList<NamedRowViewModel> roles() {
        return rolesView;
    }

    /** The rule-check warnings as sentences, refreshed after every change. */
    public ObservableList<String> warnings() {
        return warningsView;
    }

    /** The rule-check warnings as problems (field "process:id" or "role:id"). */
    public ReadOnlyObjectProperty<List<Problem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ObjectProperty<AreaGroup> newProcessAreaProperty() {
        return newProcessArea;
    }

    public StringProperty newProcessNameProperty() {
        return newProcessName;
    }

    public ReadOnlyStringProperty newProcessErrorProperty() {
        return newProcessError.getReadOnlyProperty();
    }

    public StringProperty newRoleNameProperty() {
        return newRoleName;
    }

    public ReadOnlyStringProperty newRoleErrorProperty() {
        return newRoleError.getReadOnlyProperty();
    }

    /** What the last "Add starter processes and roles" did. */
    public ReadOnlyStringProperty starterMessageProperty() {
        return starterMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
