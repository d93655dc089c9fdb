package org.learnops.studio.app.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.BuiltInArea;
import org.learnops.studio.domain.scope.Geography;
import org.learnops.studio.domain.scope.OrganisationalScope;
import org.learnops.studio.domain.scope.Scope;
import org.learnops.studio.domain.scope.Strategy;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.service.ScopeService;
import org.learnops.studio.workspace.WorkspaceFile;

/** The Scope step's ViewModel on a real workspace file, without a window. */
class ScopeViewModelTest {

    @TempDir
    Path folder;

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();
    private final Messages messages = Messages.load(Locale.ROOT);
    private final FakeDialogService dialogs = new FakeDialogService();
    private final SaveTracker saves = new SaveTracker();
    private final UndoManager undo = new UndoManager();
    private WorkspaceFile file;
    private Workspace workspace;
    private ScopeViewModel viewModel;

    @BeforeEach
    void openNewWorkspace() {
        file = WorkspaceFile.of(folder.resolve("plan"));
        workspace = opener.create(file);
        viewModel = viewModelFor(workspace);
    }

    private ScopeViewModel viewModelFor(Workspace open) {
        ScopeService service = new ScopeService(open.scope());
        return new ScopeViewModel(service, service.load(), new SyncTaskRunner(), dialogs, messages, saves, undo);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** What a restart would show: close the workspace and read it again. */
    private Scope stored() {
        workspace.close();
        workspace = opener.open(file);
        return new ScopeService(workspace.scope()).load();
    }

    private AreaRowViewModel row(BuiltInArea area) {
        return viewModel.areas().stream().filter(r -> r.key().equals(area.name())).findFirst().orElseThrow();
    }

    @Test
    void aNewWorkspaceShowsTheNineAreasAndAsksForAName() {
        assertEquals(9, viewModel.areas().size());
        assertEquals("Request fulfillment", viewModel.areas().get(0).displayNameProperty().get());
        assertEquals("Give the strategy a name.", viewModel.errorProperty("name").get());
    }

    @Test
    void everyChangeToTheFormIsStoredAtOnce() {
        viewModel.nameProperty().set("LearnOps 2027");
        viewModel.sponsorProperty().set("Chief People Officer");
        viewModel.ownerProperty().set("Head of LearnOps");
        viewModel.organisationProperty().set(OrganisationalScope.BUSINESS_AREA);
        viewModel.businessAreaProperty().set("Retail banking");
        viewModel.geographyProperty().set(Geography.REGIONAL);
        viewModel.regionsProperty().set("EMEA,  APAC , ");
        viewModel.authorityNotesProperty().set("Owns the LMS budget.");

        assertEquals(SaveState.SAVED, saves.getState());
        assertEquals(new Strategy("LearnOps 2027", "Chief People Officer", "Head of LearnOps",
                OrganisationalScope.BUSINESS_AREA, "Retail banking", Geography.REGIONAL, List.of("EMEA", "APAC"),
                "Owns the LMS budget."), stored().strategy());
        assertTrue(dialogs.shown.isEmpty());
    }

    @Test
    void anInvalidFormIsShownInlineAndTheLastValidValueStaysStored() {
        viewModel.nameProperty().set("LearnOps 2027");
        viewModel.nameProperty().set("   ");
        assertEquals("Give the strategy a name.", viewModel.errorProperty("name").get());

        viewModel.nameProperty().set("LearnOps 2027");
        viewModel.organisationProperty().set(OrganisationalScope.BUSINESS_AREA);
        assertEquals("Name the business area, or choose Enterprise-wide.", viewModel.errorProperty("businessArea").get());
        viewModel.geographyProperty().set(Geography.REGIONAL);
        viewModel.regionsProperty().set("EMEA, emea");
        assertEquals("“emea” is listed twice.", viewModel.errorProperty("regions").get());

        Strategy stored = stored().strategy();
        assertEquals("LearnOps 2027", stored.name());
        assertEquals(OrganisationalScope.ENTERPRISE_WIDE, stored.organisation(), "the invalid choice was not stored");
        assertTrue(dialogs.shown.isEmpty(), "validation is inline, not a dialog");
    }

    @Test
    void togglingAndRatingAreasIsStoredAndFlagsDrains() {
        AreaRowViewModel events = row(BuiltInArea.EVENT_MANAGEMENT);
        AreaRowViewModel vendors = row(BuiltInArea.VENDOR_MANAGEMENT);
        events.inScopeProperty().set(true);
        events.rationaleProperty().set("Most of our spend");
        vendors.inScopeProperty().set(true);
        vendors.effortProperty().set(5);
        vendors.impactProperty().set(1);

        assertTrue(vendors.drainProperty().get());
        assertFalse(events.drainProperty().get());
        vendors.inScopeProperty().set(false);
        assertFalse(vendors.drainProperty().get(), "only in-scope areas are flagged");

        List<ActivityArea> areas = stored().areas();
        ActivityArea storedEvents = areas.get(BuiltInArea.EVENT_MANAGEMENT.ordinal());
        assertTrue(storedEvents.inScope());
        assertEquals("Most of our spend", storedEvents.rationale());
        ActivityArea storedVendors = areas.get(BuiltInArea.VENDOR_MANAGEMENT.ordinal());
        assertFalse(storedVendors.inScope());
        assertEquals(1, storedVendors.impact());
        assertEquals(5, storedVendors.effort());
    }

    @Test
    void customAreasAreAddedRenamedAndRemoved() {
        viewModel.newAreaNameProperty().set("  Onboarding logistics ");
        viewModel.addCustomArea();
        assertEquals(10, viewModel.areas().size());
        assertEquals("", viewModel.newAreaNameProperty().get(), "the field is cleared for the next one");
        AreaRowViewModel custom = viewModel.areas().get(9);
        assertEquals("Onboarding logistics", custom.displayNameProperty().get());
        assertTrue(custom.inScopeProperty().get());

        custom.customNameProperty().set("Onboarding");
        assertEquals("Onboarding", stored().areas().get(9).customName());

        viewModel = viewModelFor(workspace);
        AreaRowViewModel reloaded = viewModel.areas().get(9);
        dialogs.answers.add(false);
        viewModel.removeCustomArea(reloaded);
        assertEquals(10, viewModel.areas().size(), "kept when the user says no");
        dialogs.answers.add(true);
        viewModel.removeCustomArea(reloaded);
        assertEquals(9, viewModel.areas().size());
        assertEquals(9, stored().areas().size());
    }

    @Test
    void duplicateAndBuiltInNamesAreRefusedInline() {
        viewModel.newAreaNameProperty().set("Compliance");
        viewModel.addCustomArea();
        assertEquals("There is already an area called “Compliance”.", viewModel.newAreaErrorProperty().get());
        viewModel.newAreaNameProperty().set("   ");
        viewModel.addCustomArea();
        assertEquals("Give the area a name.", viewModel.newAreaErrorProperty().get());
        assertEquals(9, viewModel.areas().size());

        viewModel.newAreaNameProperty().set("Onboarding");
        viewModel.addCustomArea();
        viewModel.newAreaNameProperty().set("Coaching");
        viewModel.addCustomArea();
        AreaRowViewModel coaching = viewModel.areas().get(10);
        coaching.customNameProperty().set("onboarding ");
        assertEquals("There is already an area called “onboarding”.", coaching.nameErrorProperty().get());

        assertEquals("Coaching", stored().areas().get(10).customName(), "the clash was not stored");
    }

    @Test
    void aFailedSaveTellsTheUserAndTheStatusBar() {
        workspace.close();
        viewModel.nameProperty().set("After close");

        assertEquals(SaveState.FAILED, saves.getState());
        assertEquals(1, dialogs.ofKind("error").size());
        assertEquals("Change not saved", dialogs.ofKind("error").get(0).title());
        workspace = opener.open(file);
    }

    @Test
    void undoTakesBackAFieldEditAndTheStoredValueFollows() {
        viewModel.nameProperty().set("L");
        viewModel.nameProperty().set("LearnOps");
        row(BuiltInArea.COMPLIANCE).inScopeProperty().set(true);

        assertEquals("Change to Compliance", undo.undoDescriptionProperty().get());
        undo.undo();
        assertFalse(row(BuiltInArea.COMPLIANCE).inScopeProperty().get());
        assertEquals("Scope form edit", undo.undoDescriptionProperty().get());
        undo.undo();
        assertEquals("", viewModel.nameProperty().get(), "the whole word goes in one step");
        undo.redo();

        Scope stored = stored();
        assertEquals("LearnOps", stored.strategy().name());
        assertFalse(stored.areas().get(BuiltInArea.COMPLIANCE.ordinal()).inScope());
    }

    @Test
    void aRemovedCustomAreaComesBackWithUndoAndItsLaterEditsStillSave() {
        viewModel.newAreaNameProperty().set("Coaching");
        viewModel.addCustomArea();
        AreaRowViewModel coaching = viewModel.areas().get(9);
        coaching.rationaleProperty().set("Managers ask for it");
        dialogs.answers.add(true);
        viewModel.removeCustomArea(coaching);
        assertEquals(9, viewModel.areas().size());

        undo.undo();
        assertEquals(10, viewModel.areas().size());
        assertEquals(coaching, viewModel.areas().get(9), "the same row, so earlier undo steps still apply");
        undo.undo();
        assertEquals("", coaching.rationaleProperty().get());

        ActivityArea stored = stored().areas().get(9);
        assertEquals("Coaching", stored.customName());
        assertEquals("", stored.rationale());
        assertTrue(dialogs.ofKind("error").isEmpty(), dialogs.shown.toString());
    }
}
