package org.learnops.studio.app.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.app.common.FakeDialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SaveState;
import org.learnops.studio.app.common.SaveTracker;
import org.learnops.studio.app.common.SyncTaskRunner;
import org.learnops.studio.app.common.UndoManager;
import org.learnops.studio.domain.governance.GovernanceModel;
import org.learnops.studio.domain.governance.Raci;
import org.learnops.studio.domain.governance.RaciMatrix;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.BuiltInArea;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.service.GovernanceService;
import org.learnops.studio.service.ScopeService;
import org.learnops.studio.service.StakeholderService;
import org.learnops.studio.workspace.WorkspaceFile;

/** The Governance step's ViewModel on a real workspace file, without a window. */
class GovernanceViewModelTest {

    @TempDir
    Path folder;

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();
    private final Messages messages = Messages.load(Locale.ROOT);
    private final FakeDialogService dialogs = new FakeDialogService();
    private final SaveTracker saves = new SaveTracker();
    private final UndoManager undo = new UndoManager();
    private WorkspaceFile file;
    private Workspace workspace;
    private GovernanceViewModel viewModel;

    @BeforeEach
    void openNewWorkspace() {
        file = WorkspaceFile.of(folder.resolve("plan"));
        workspace = opener.create(file);
        putInScope(BuiltInArea.EVENT_MANAGEMENT, BuiltInArea.VENDOR_MANAGEMENT);
        viewModel = viewModelFor(workspace);
    }

    private void putInScope(BuiltInArea... builtIns) {
        ScopeService scope = new ScopeService(workspace.scope());
        for (ActivityArea area : scope.load().areas()) {
            if (List.of(builtIns).contains(area.builtIn())) {
                scope.saveArea(area.withInScope(true));
            }
        }
    }

    private GovernanceViewModel viewModelFor(Workspace open) {
        GovernanceViewModel loaded = new GovernanceViewModel(new GovernanceService(open.governance()),
                new StakeholderService(open.stakeholders()), new ScopeService(open.scope()), new SyncTaskRunner(),
                dialogs, messages, saves, undo);
        loaded.load();
        return loaded;
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private GovernanceViewModel restart() {
        workspace.close();
        workspace = opener.open(file);
        viewModel = viewModelFor(workspace);
        return viewModel;
    }

    private NamedRowViewModel process(String name) {
        return viewModel.processes().stream().filter(p -> p.nameProperty().get().equals(name)).findFirst().orElseThrow();
    }

    private NamedRowViewModel role(String name) {
        return viewModel.roles().stream().filter(r -> r.nameProperty().get().equals(name)).findFirst().orElseThrow();
    }

    private List<String> names(List<NamedRowViewModel> rows) {
        return rows.stream().map(r -> r.nameProperty().get()).toList();
    }

    @Test
    void theStarterSetAddsProcessesForInScopeAreasAndTheRolesAsOneUndoStep() {
        viewModel.addStarter();
        assertEquals(List.of("Schedule an event", "Cancel or reschedule an event", "Renew a vendor contract",
                "Select a new vendor"), names(viewModel.processes()));
        assertEquals(List.of("Central LearnOps", "Business-area L&D partner", "HR", "IT", "Legal",
                "Corporate communications", "Finance"), names(viewModel.roles()));
        assertEquals("Added 4 processes and 7 roles. Edit → Undo takes them away again.", viewModel.starterMessageProperty().get());

        viewModel.addStarter();
        assertEquals(4, viewModel.processes().size(), "nothing twice");
        assertEquals("Every starter process and role is already in the matrix.", viewModel.starterMessageProperty().get());

        undo.undo();
        assertEquals(List.of(), viewModel.processes());
        assertEquals(List.of(), viewModel.roles());
        assertEquals(RaciMatrix.empty(), workspace.governance().loadMatrix());
        undo.redo();
        assertEquals(4, restart().processes().size());
        assertEquals(7, viewModel.roles().size());
    }

    @Test
    void theStarterSetFillsOnlyTheGaps() {
        viewModel.newRoleNameProperty().set("hr");
        viewModel.addRole();
        viewModel.addStarter();
        assertEquals(List.of("hr", "Central LearnOps", "Business-area L&D partner", "IT", "Legal",
                "Corporate communications", "Finance"), names(viewModel.roles()));
    }

    @Test
    void cellsSetByIntentsAreSavedCheckedAndUndoable() {
        viewModel.addStarter();
        NamedRowViewModel schedule = process("Schedule an event");
        NamedRowViewModel central = role("Central LearnOps");
        NamedRowViewModel partner = role("Business-area L&D partner");
        assertTrue(schedule.warningProperty().get().contains("has no Accountable"));
        assertTrue(schedule.warningProperty().get().contains("has no Responsible"));

        viewModel.setCell(schedule, central, Raci.A);
        viewModel.cycleCell(schedule, partner);
        assertEquals(Raci.R, viewModel.cellProperty(schedule, partner).get(), "a click on an empty cell gives R");
        assertEquals("", schedule.warningProperty().get());
        assertFalse(viewModel.warnings().stream().anyMatch(w -> w.startsWith("“Schedule an event”")));
        assertEquals(SaveState.SAVED, saves.getState());

        viewModel.setCell(schedule, partner, Raci.A);
        assertEquals("“Schedule an event” has 2 Accountables: exactly one role may have the A.\n"
                + "“Schedule an event” has no Responsible: give at least one role an R.", schedule.warningProperty().get());

        undo.undo();
        assertEquals(Raci.R, viewModel.cellProperty(schedule, partner).get());
        assertEquals("", schedule.warningProperty().get());

        viewModel.setCell(schedule, central, null);
        assertNull(viewModel.cellProperty(schedule, central).get());
        restart();
        assertNull(viewModel.cellProperty(process("Schedule an event"), role("Central LearnOps")).get());
        assertEquals(Raci.R, viewModel.cellProperty(process("Schedule an event"), role("Business-area L&D partner")).get());
    }

    @Test
    void aRoleUsedInTheMatrixIsDeletedOnlyAfterAskingAndUndoBringsItsCellsBack() {
        viewModel.addStarter();
        NamedRowViewModel schedule = process("Schedule an event");
        NamedRowViewModel renew = process("Renew a vendor contract");
        NamedRowViewModel legal = role("Legal");
        viewModel.setCell(schedule, legal, Raci.C);
        viewModel.setCell(renew, legal, Raci.A);

        dialogs.answers.add(false);
        viewModel.deleteRole(legal);
        assertTrue(viewModel.roles().contains(legal), "cancelled");
        assertEquals("The role “Legal” has 2 letters in the matrix. Delete it? Edit → Undo brings it back with its letters.",
                dialogs.ofKind("ask").get(0).message());

        dialogs.answers.add(true);
        viewModel.deleteRole(legal);
        assertFalse(viewModel.roles().contains(legal));
        assertTrue(renew.warningProperty().get().contains("has no Accountable"));
        assertEquals(0, workspace.governance().loadMatrix().cells().size());

        undo.undo();
        assertEquals(List.of("Central LearnOps", "Business-area L&D partner", "HR", "IT", "Legal",
                "Corporate communications", "Finance"), names(viewModel.roles()), "back in its place");
        assertEquals(Raci.A, viewModel.cellProperty(renew, legal).get());
        assertFalse(renew.warningProperty().get().contains("has no Accountable"));
        restart();
        assertEquals(Raci.C, viewModel.cellProperty(process("Schedule an event"), role("Legal")).get());
        assertEquals(Raci.A, viewModel.cellProperty(process("Renew a vendor contract"), role("Legal")).get());
    }

    @Test
    void anUnusedRoleIsDeletedWithoutAskingAndWarnedAboutWhileItStays() {
        viewModel.newRoleNameProperty().set("Finance");
        viewModel.addRole();
        assertEquals(List.of("The role “Finance” is not involved in any process."), viewModel.warnings());
        assertEquals("The role “Finance” is not involved in any process.", role("Finance").warningProperty().get());
        viewModel.deleteRole(role("Finance"));
        assertEquals(List.of(), dialogs.ofKind("ask"));
        assertEquals(List.of(), viewModel.roles());
        assertEquals(List.of(), viewModel.warnings());
    }

    @Test
    void blankOrDuplicateNamesAreRefusedInline() {
        viewModel.newRoleNameProperty().set("HR");
        viewModel.addRole();
        viewModel.newRoleNameProperty().set(" hr ");
        viewModel.addRole();
        assertEquals("There is already a role called “hr”.", viewModel.newRoleErrorProperty().get());
        viewModel.newProcessNameProperty().set("   ");
        viewModel.addProcess();
        assertEquals("Give the process a name.", viewModel.newProcessErrorProperty().get());
        assertEquals(List.of(), viewModel.processes());

        viewModel.newProcessNameProperty().set("Book a venue");
        viewModel.addProcess();
        NamedRowViewModel book = process("Book a venue");
        assertEquals("Event management", viewModel.newProcessAreaProperty().get().name(), "the first in-scope area");
        book.nameProperty().set(" ");
        assertEquals("Give the process a name.", book.errorProperty().get());
        book.nameProperty().set("Book a room");
        assertEquals("", book.errorProperty().get());
        restart();
        assertEquals(List.of("Book a room"), names(viewModel.processes()));
    }

    @Test
    void aProcessInAnAreaTakenOutOfScopeIsWarnedAboutAfterARefresh() {
        viewModel.addStarter();
        ScopeService scope = new ScopeService(workspace.scope());
        ActivityArea vendors = scope.load().areas().stream().filter(a -> a.builtIn() == BuiltInArea.VENDOR_MANAGEMENT)
                .findFirst().orElseThrow();
        scope.saveArea(vendors.withInScope(false));
        viewModel.refreshFromOtherSteps();
        assertTrue(process("Renew a vendor contract").warningProperty().get()
                .contains("“Renew a vendor contract” belongs to an activity area that is not in scope."));
        assertEquals(List.of("Event management"), viewModel.inScopeAreas().stream().map(AreaGroup::name).toList());
    }

    @Test
    void bodiesWithMembersAreKeptAndADeletedBodyComesBackWithUndo() {
        Stakeholder ana = workspace.stakeholders().add(Stakeholder.named("Ana Lima", StakeholderGroup.HR));
        restart();
        viewModel.newBodyNameProperty().set("  ");
        viewModel.addBody();
        assertEquals("Give the body a name.", viewModel.newBodyErrorProperty().get());
        viewModel.newBodyNameProperty().set("LearnOps council");
        viewModel.addBody();
        BodyRowViewModel council = viewModel.selectedBodyProperty().get();
        council.cadenceProperty().set("Monthly");
        council.setMember(ana.id(), true);
        council.decisionRightsProperty().set("Approves the learning budget");
        council.nameProperty().set("");
        assertEquals("Give the body a name.", council.errorProperty("name").get());
        council.nameProperty().set("LearnOps council");
        restart();
        BodyRowViewModel stored = viewModel.bodies().get(0);
        assertEquals("Monthly", stored.cadenceProperty().get());
        assertEquals(List.of(ana.id()), stored.membersProperty().get());
        assertEquals("Approves the learning budget", stored.decisionRightsProperty().get());

        dialogs.answers.add(true);
        viewModel.deleteBody(stored);
        assertEquals(List.of(), viewModel.bodies());
        undo.undo();
        assertEquals(List.of(stored), viewModel.bodies());
        assertEquals(1, restart().bodies().size());
    }

    @Test
    void theModelChoiceIsSavedAndUndoable() {
        viewModel.modelProperty().set(GovernanceModel.FEDERATED);
        viewModel.modelProperty().set(GovernanceModel.CENTRALISED);
        assertEquals(GovernanceModel.CENTRALISED, restart().modelProperty().get());
        viewModel.modelProperty().set(GovernanceModel.FEDERATED);
        undo.undo();
        assertEquals(GovernanceModel.CENTRALISED, viewModel.modelProperty().get());
        assertEquals(Optional.of(GovernanceModel.CENTRALISED), workspace.governance().loadModel());
    }
}
