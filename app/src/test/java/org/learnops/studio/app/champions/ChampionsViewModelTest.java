package org.learnops.studio.app.champions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.learnops.studio.domain.champions.Champion;
import org.learnops.studio.domain.champions.EngagementEntry;
import org.learnops.studio.domain.expectations.Deliverable;
import org.learnops.studio.domain.expectations.DeliverableStatus;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.BuiltInArea;
import org.learnops.studio.domain.scope.Geography;
import org.learnops.studio.domain.scope.OrganisationalScope;
import org.learnops.studio.domain.scope.Strategy;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.domain.stakeholder.Stance;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.service.ChampionService;
import org.learnops.studio.service.ScopeService;
import org.learnops.studio.service.StakeholderService;
import org.learnops.studio.workspace.WorkspaceFile;

/** The Champions step's ViewModel on a real workspace file, without a window. */
class ChampionsViewModelTest {

    @TempDir
    Path folder;

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();
    private final Messages messages = Messages.load(Locale.ROOT);
    private final FakeDialogService dialogs = new FakeDialogService();
    private final SaveTracker saves = new SaveTracker();
    private final UndoManager undo = new UndoManager();
    private final List<Deliverable> deliverables = new ArrayList<>();
    private WorkspaceFile file;
    private Workspace workspace;
    private ChampionsViewModel viewModel;

    @BeforeEach
    void openNewWorkspace() {
        file = WorkspaceFile.of(folder.resolve("plan"));
        workspace = opener.create(file);
        viewModel = viewModelFor(workspace);
    }

    private ChampionsViewModel viewModelFor(Workspace open) {
        ChampionsViewModel loaded = new ChampionsViewModel(new StakeholderService(open.stakeholders()),
                new ChampionService(open.champions()), new ScopeService(open.scope()), () -> List.copyOf(deliverables),
                new SyncTaskRunner(), dialogs, messages, saves, undo);
        loaded.load();
        return loaded;
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** What a restart shows: the workspace closed, opened again, and a fresh ViewModel loaded from it. */
    private ChampionsViewModel restarted() {
        workspace.close();
        workspace = opener.open(file);
        return viewModelFor(workspace);
    }

    private List<Stakeholder> storedStakeholders() {
        workspace.close();
        workspace = opener.open(file);
        return workspace.stakeholders().list();
    }

    private StakeholderRowViewModel add(String name) {
        viewModel.newStakeholderNameProperty().set(name);
        viewModel.addStakeholder();
        return viewModel.stakeholders().get(viewModel.stakeholders().size() - 1);
    }

    private ChampionRowViewModel championOf(StakeholderRowViewModel stakeholder) {
        viewModel.newChampionStakeholderProperty().set(stakeholder);
        viewModel.addChampion();
        return viewModel.champions().get(viewModel.champions().size() - 1);
    }

    private StakeholderRowViewModel named(ChampionsViewModel in, String name) {
        return in.stakeholders().stream().filter(row -> row.nameProperty().get().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aNewWorkspaceHasAnEmptyRegisterAndNoGaps() {
        assertFalse(viewModel.busyProperty().get());
        assertEquals(List.of(), viewModel.stakeholders());
        assertEquals(List.of(), viewModel.gaps());
        assertEquals("(no activity area)", viewModel.activityAreas().get(0).name());
        assertEquals("Request fulfillment", viewModel.activityAreas().get(1).name(), "built-in areas by their display name");
        assertEquals(10, viewModel.activityAreas().size());
    }

    @Test
    void quickAddTakesANameAndEnterAndClearsTheFieldForTheNext() {
        StakeholderRowViewModel ana = add("  Ana Lima ");
        StakeholderRowViewModel bo = add("Bo Chen");

        assertEquals("Ana Lima", ana.nameProperty().get());
        assertEquals("", viewModel.newStakeholderNameProperty().get());
        assertSame(bo, viewModel.selectedStakeholderProperty().get(), "the new stakeholder is selected for editing");
        List<Stakeholder> stored = storedStakeholders();
        assertEquals(List.of("Ana Lima", "Bo Chen"), stored.stream().map(Stakeholder::name).toList());
        assertEquals(StakeholderGroup.OTHER, stored.get(0).group());
        assertEquals(Stance.NEUTRAL, stored.get(0).stance());
    }

    @Test
    void aBlankNameIsRefusedInlineAndNothingIsAdded() {
        viewModel.newStakeholderNameProperty().set("   ");
        viewModel.addStakeholder();

        assertEquals("Give the stakeholder’s name.", viewModel.newStakeholderErrorProperty().get());
        assertEquals(List.of(), viewModel.stakeholders());
        assertTrue(dialogs.shown.isEmpty(), "inline, not a dialog");
        viewModel.newStakeholderNameProperty().set("A");
        assertEquals("", viewModel.newStakeholderErrorProperty().get(), "typing clears the message");
    }

    @Test
    void everyFieldEditIsStoredAtOnce() {
        StakeholderRowViewModel ana = add("Ana");
        ana.nameProperty().set("Ana Lima");
        ana.roleProperty().set("CFO");
        ana.groupProperty().set(StakeholderGroup.SENIOR_LEADER);
        ana.businessAreaProperty().set("Retail");
        ana.regionProperty().set("EMEA");
        ana.influenceProperty().set(5);
        ana.interestProperty().set(2);
        ana.stanceProperty().set(Stance.SKEPTIC);
        ana.emailProperty().set("ana@example.com");

        assertEquals(SaveState.SAVED, saves.getState());
        assertEquals(List.of(new Stakeholder(ana.id(), "Ana Lima", "CFO", StakeholderGroup.SENIOR_LEADER, "Retail", "EMEA",
                5, 2, Stance.SKEPTIC, "ana@example.com")), storedStakeholders());
    }

    @Test
    void invalidEditsAreShownInlineAndTheLastValidValueStaysStored() {
        StakeholderRowViewModel ana = add("Ana");
        ana.nameProperty().set(" ");
        assertEquals("Give the stakeholder’s name.", ana.errorProperty("name").get());
        ana.nameProperty().set("Ana");
        ana.emailProperty().set("ana@");
        assertEquals("", ana.errorProperty("name").get());
        assertTrue(ana.errorProperty("email").get().startsWith("This does not look like an e-mail address"));

        assertEquals("", storedStakeholders().get(0).email());
        assertTrue(dialogs.shown.isEmpty());
    }

    @Test
    void aDuplicateNameInTheSameBusinessAreaWarnsButIsStored() {
        StakeholderRowViewModel ana = add("Ana Lima");
        ana.businessAreaProperty().set("Retail");
        StakeholderRowViewModel twin = add("ana lima");

        assertEquals("", viewModel.newStakeholderWarningProperty().get(), "different business area when added: no warning");
        twin.businessAreaProperty().set("retail");
        String warning = "There is already a stakeholder called “ana lima” in this business area. Is it the same person?";
        assertEquals(warning, twin.warningProperty().get());
        assertEquals("There is already a stakeholder called “Ana Lima” in this business area. Is it the same person?",
                ana.warningProperty().get(), "both are flagged");
        assertEquals("", twin.errorProperty("name").get(), "a warning, not an error");
        assertEquals("retail", workspace.stakeholders().list().get(1).businessArea(), "stored despite the warning");

        twin.businessAreaProperty().set("Wholesale");
        assertEquals("", twin.warningProperty().get());
        assertEquals("", ana.warningProperty().get());
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
    }

    @Test
    void quickAddingADuplicateSaysSo() {
        add("Ana Lima");
        add("Ana Lima");

        assertTrue(viewModel.newStakeholderWarningProperty().get().contains("already a stakeholder called “Ana Lima”"));
        assertEquals(2, viewModel.stakeholders().size());
    }

    @Test
    void movingOnTheGridStoresBothRatingsAsOneUndoStep() {
        StakeholderRowViewModel ana = add("Ana");

        viewModel.move(ana, 5, 2);

        assertEquals(5, ana.influenceProperty().get());
        assertEquals(2, ana.interestProperty().get());
        assertEquals("Move “Ana” on the grid", undo.undoDescriptionProperty().get());
        Stakeholder stored = storedStakeholders().get(0);
        assertEquals(5, stored.influence());
        assertEquals(2, stored.interest());

        viewModel = restarted();
        StakeholderRowViewModel again = named(viewModel, "Ana");
        assertEquals(5, again.influenceProperty().get());
        assertEquals(2, again.interestProperty().get());
    }

    @Test
    void undoingAMovePutsTheStakeholderBackAndStoresThat() {
        StakeholderRowViewModel ana = add("Ana");
        viewModel.move(ana, 5, 2);
        viewModel.move(ana, 4, 4);

        undo.undo();
        assertEquals(List.of(5, 2), List.of(ana.influenceProperty().get(), ana.interestProperty().get()));
        undo.undo();
        assertEquals(List.of(3, 3), List.of(ana.influenceProperty().get(), ana.interestProperty().get()));
        assertEquals("Add stakeholder “Ana”", undo.undoDescriptionProperty().get(), "one step per move");
        undo.redo();

        Stakeholder stored = storedStakeholders().get(0);
        assertEquals(List.of(5, 2), List.of(stored.influence(), stored.interest()));
    }

    @Test
    void movesOffTheGridOrToTheSameCellDoNothing() {
        StakeholderRowViewModel ana = add("Ana");
        viewModel.move(ana, 5, 5);

        viewModel.move(ana, 6, 5);
        viewModel.move(ana, 5, 0);
        viewModel.move(ana, 5, 5);

        assertEquals(List.of(5, 5), List.of(ana.influenceProperty().get(), ana.interestProperty().get()));
        undo.undo();
        assertEquals(List.of(3, 3), List.of(ana.influenceProperty().get(), ana.interestProperty().get()),
                "the refused moves left no undo steps");
    }

    @Test
    void aFieldEditIsUndoneAsAWholeWord() {
        StakeholderRowViewModel ana = add("Ana");
        ana.roleProperty().set("C");
        ana.roleProperty().set("CF");
        ana.roleProperty().set("CFO");

        assertEquals("Change to Ana", undo.undoDescriptionProperty().get());
        undo.undo();

        assertEquals("", ana.roleProperty().get());
        assertEquals("", storedStakeholders().get(0).role());
    }

    @Test
    void deleteAsksFirstAndKeepsTheStakeholderWhenTheAnswerIsNo() {
        StakeholderRowViewModel ana = add("Ana");
        dialogs.answers.add(false);

        viewModel.deleteStakeholder(ana);

        assertEquals(1, dialogs.ofKind("ask").size());
        assertEquals("Delete “Ana” from the register? You can undo this with Edit → Undo.", dialogs.ofKind("ask").get(0).message());
        assertEquals(List.of(ana), viewModel.stakeholders());
        assertEquals(1, storedStakeholders().size());
    }

    @Test
    void aDeletedStakeholderComesBackWithUndoWithTheSameIdAndPlace() {
        StakeholderRowViewModel ana = add("Ana");
        StakeholderRowViewModel bo = add("Bo");
        add("Cy");
        bo.roleProperty().set("LMS admin");
        viewModel.selectedStakeholderProperty().set(bo);
        dialogs.answers.add(true);

        viewModel.deleteStakeholder(bo);
        assertEquals(List.of("Ana", "Cy"), viewModel.stakeholders().stream().map(r -> r.nameProperty().get()).toList());
        assertNull(viewModel.selectedStakeholderProperty().get(), "the deleted row is no longer selected");
        assertEquals("Delete stakeholder “Bo”", undo.undoDescriptionProperty().get());

        undo.undo();
        assertEquals(List.of(ana, bo), viewModel.stakeholders().subList(0, 2), "the same row, in its old place");
        undo.undo();
        assertEquals("", bo.roleProperty().get(), "earlier steps for the row still apply");

        List<Stakeholder> stored = storedStakeholders();
        assertEquals(List.of("Ana", "Bo", "Cy"), stored.stream().map(Stakeholder::name).toList());
        assertEquals(bo.id(), stored.get(1).id());
        assertEquals("", stored.get(1).role());
        assertTrue(dialogs.ofKind("error").isEmpty(), dialogs.shown.toString());
    }

    @Test
    void redoDeletesAgainAndUndoOfAnAddDeletes() {
        StakeholderRowViewModel ana = add("Ana");
        dialogs.answers.add(true);
        viewModel.deleteStakeholder(ana);
        undo.undo();
        undo.redo();
        assertEquals(List.of(), viewModel.stakeholders());
        undo.undo();
        undo.undo();
        assertEquals(List.of(), viewModel.stakeholders(), "undoing the add removes it");
        assertEquals(List.of(), storedStakeholders());
    }

    @Test
    void aChampionStartsWithTheStakeholdersBusinessAreaAndRegionAndIsStored() {
        StakeholderRowViewModel ana = add("Ana");
        ana.businessAreaProperty().set("Retail");
        ana.regionProperty().set("EMEA");

        ChampionRowViewModel champion = championOf(ana);

        assertEquals("Retail", champion.businessAreaProperty().get());
        assertEquals("EMEA", champion.regionProperty().get());
        assertEquals("Ana — Retail · EMEA", champion.summaryProperty().get());
        assertEquals("", champion.unassignedHintProperty().get());
        assertSame(champion, viewModel.selectedChampionProperty().get());
        assertNull(viewModel.newChampionStakeholderProperty().get(), "cleared for the next one");

        AreaChoice compliance = viewModel.activityAreas().get(BuiltInArea.COMPLIANCE.ordinal() + 1);
        champion.activityAreaProperty().set(compliance);
        champion.commitmentProperty().set("Opens the branch network");
        champion.regionProperty().set("");

        viewModel = restarted();
        ChampionRowViewModel again = viewModel.champions().get(0);
        assertEquals("Retail", again.businessAreaProperty().get());
        assertEquals("", again.regionProperty().get());
        assertEquals(compliance, again.activityAreaProperty().get());
        assertEquals("Compliance", again.activityAreaProperty().get().name());
        assertEquals("Opens the branch network", again.commitmentProperty().get());
        assertEquals("Ana — Retail · Compliance", again.summaryProperty().get());
    }

    @Test
    void aChampionNeedsAStakeholderChosen() {
        viewModel.addChampion();

        assertEquals("Choose a stakeholder.", viewModel.newChampionErrorProperty().get());
        assertEquals(List.of(), viewModel.champions());
    }

    @Test
    void aChampionAssignedToNothingGetsAReminder() {
        ChampionRowViewModel champion = championOf(add("Ana"));

        assertEquals("Ana — not assigned yet", champion.summaryProperty().get());
        assertTrue(champion.unassignedHintProperty().get().startsWith("Not assigned yet"));
        champion.regionProperty().set("APAC");
        assertEquals("", champion.unassignedHintProperty().get());
    }

    @Test
    void aTenThousandCharacterCommitmentIsKeptAndOneMoreIsRefusedInline() {
        ChampionRowViewModel champion = championOf(add("Ana"));
        String longest = "Commitment ".repeat(1000).substring(0, 10_000);

        champion.commitmentProperty().set(longest);
        champion.commitmentProperty().set(longest + "!");

        assertEquals("Too long: at most 10,000 characters.", champion.errorProperty("commitment").get());
        assertEquals(longest, restarted().champions().get(0).commitmentProperty().get());
    }

    @Test
    void theEngagementLogIsKeptOldestFirstAndABlankNoteIsRefused() {
        ChampionRowViewModel champion = championOf(add("Ana"));
        champion.newEntryNoteProperty().set("   ");
        viewModel.addEngagement(champion);
        assertEquals("Write what happened.", champion.newEntryErrorProperty().get());

        champion.newEntryDateProperty().set(LocalDate.of(2026, 5, 8));
        champion.newEntryNoteProperty().set("Workshop with branch managers");
        viewModel.addEngagement(champion);
        champion.newEntryDateProperty().set(LocalDate.of(2026, 5, 4));
        champion.newEntryNoteProperty().set("Kick-off call");
        viewModel.addEngagement(champion);

        assertEquals("", champion.newEntryNoteProperty().get(), "cleared for the next entry");
        assertEquals(List.of("Kick-off call", "Workshop with branch managers"),
                champion.log().stream().map(EngagementEntry::note).toList());
        assertEquals(List.of("Kick-off call", "Workshop with branch managers"),
                restarted().champions().get(0).log().stream().map(EngagementEntry::note).toList());
    }

    @Test
    void aDeletedLogEntryComesBackWithUndo() {
        ChampionRowViewModel champion = championOf(add("Ana"));
        champion.newEntryNoteProperty().set("Kick-off call");
        viewModel.addEngagement(champion);
        EngagementEntry entry = champion.log().get(0);
        dialogs.answers.add(true);

        viewModel.deleteEngagement(champion, entry);
        assertEquals(List.of(), champion.log());
        assertEquals(List.of(), workspace.champions().engagements(), "stored as deleted");

        undo.undo();
        assertEquals(List.of(entry), champion.log());
        assertEquals(List.of(entry), restarted().champions().get(0).log());
    }

    @Test
    void aRemovedChampionComesBackWithUndoAndTheirLog() {
        ChampionRowViewModel champion = championOf(add("Ana"));
        champion.newEntryNoteProperty().set("Kick-off call");
        viewModel.addEngagement(champion);
        dialogs.answers.add(true);

        viewModel.deleteChampion(champion);
        assertEquals(List.of(), viewModel.champions());
        assertNull(viewModel.selectedChampionProperty().get());
        assertEquals(1, viewModel.stakeholders().size(), "the stakeholder stays in the register");

        undo.undo();
        assertEquals(List.of(champion), viewModel.champions());
        ChampionsViewModel again = restarted();
        assertEquals(1, again.champions().size());
        assertEquals(1, again.champions().get(0).log().size());
    }

    @Test
    void deletingAChampionsStakeholderHidesTheChampionAndUndoBringsBoth() {
        StakeholderRowViewModel ana = add("Ana");
        ChampionRowViewModel champion = championOf(ana);
        dialogs.answers.add(true);

        viewModel.deleteStakeholder(ana);
        assertTrue(dialogs.ofKind("ask").get(0).message().contains("Their champion role and engagement log go with them"));
        assertEquals(List.of(), viewModel.champions());

        undo.undo();
        assertEquals(List.of(champion), viewModel.champions());
        assertEquals(1, restarted().champions().size());
    }

    @Test
    void gapsFollowEveryChange() {
        workspace.scope().saveStrategy(new Strategy("Plan", "", "", OrganisationalScope.ENTERPRISE_WIDE, "",
                Geography.REGIONAL, List.of("EMEA", "APAC"), ""));
        viewModel = restarted();
        assertEquals(List.of("No champion for the region “EMEA”.", "No champion for the region “APAC”."), viewModel.gaps());

        StakeholderRowViewModel ana = add("Ana");
        ana.businessAreaProperty().set("Retail");
        assertEquals("No champion for the business area “Retail”.", viewModel.gaps().get(0));

        ana.stanceProperty().set(Stance.BLOCKER);
        viewModel.move(ana, 4, 1);
        assertTrue(viewModel.gaps().contains("Ana is a Blocker with influence 4: plan how to win them over."), viewModel.gaps().toString());

        ChampionRowViewModel champion = championOf(ana);
        champion.regionProperty().set("emea");
        assertEquals(List.of("No champion for the region “APAC”.",
                "Ana is a Blocker with influence 4: plan how to win them over."), viewModel.gaps());

        undo.undo();
        assertTrue(viewModel.gaps().contains("No champion for the region “EMEA”."), "undo refreshes the gaps too");
    }

    @Test
    void theScopeStepsBusinessAreaAndNewDeliverablesAreReadWhenComingBack() {
        StakeholderRowViewModel ana = add("Ana");
        ana.businessAreaProperty().set("Retail");
        workspace.scope().saveStrategy(new Strategy("Plan", "", "", OrganisationalScope.BUSINESS_AREA, "Wholesale",
                Geography.GLOBAL, List.of(), ""));
        deliverables.add(new Deliverable(1, null, "Vendor scorecard", true, "", "", Optional.empty(), Optional.empty(),
                DeliverableStatus.NOT_STARTED, ""));
        deliverables.add(new Deliverable(2, null, "Owned one", true, "", "", Optional.of(ana.id()), Optional.empty(),
                DeliverableStatus.NOT_STARTED, ""));

        viewModel.refreshFromOtherSteps();

        assertEquals(List.of("No champion for the business area “Wholesale”.",
                "The deliverable “Vendor scorecard” has no owner."), viewModel.gaps());
        assertEquals(List.of("Wholesale", "Retail"), viewModel.businessAreaSuggestions());
    }

    @Test
    void aRenamedActivityAreaKeepsItsChampionsAssignment() {
        workspace.scope().addCustomArea(new ActivityArea(0, null, "Coaching", true, "", 3, 3));
        viewModel = restarted();
        ChampionRowViewModel champion = championOf(add("Ana"));
        AreaChoice coaching = viewModel.activityAreas().get(10);
        champion.activityAreaProperty().set(coaching);
        undo.clear();
        ActivityArea area = workspace.scope().loadAreas().get(9);
        workspace.scope().updateArea(area.withCustomName("Coaching circles"));

        viewModel.refreshFromOtherSteps();

        assertEquals("Coaching circles", champion.activityAreaProperty().get().name());
        assertFalse(undo.canUndoProperty().get(), "a rename elsewhere is not an edit here");
        assertEquals(Optional.of(area.id()), workspace.champions().list().get(0).activityAreaId());
    }

    @Test
    void aFailedSaveTellsTheUserAndTheStatusBar() {
        StakeholderRowViewModel ana = add("Ana");
        workspace.close();

        ana.roleProperty().set("CFO");

        assertEquals(SaveState.FAILED, saves.getState());
        assertEquals(1, dialogs.ofKind("error").size());
        assertEquals("Change not saved", dialogs.ofKind("error").get(0).title());
        workspace = opener.open(file);
    }

    @Test
    void championsOfAStakeholderLoadedFromAnEarlierSessionAreShown() {
        Stakeholder bo = workspace.stakeholders().add(Stakeholder.named("Bo", StakeholderGroup.HR));
        workspace.champions().add(Champion.of(bo.id(), "", "LATAM"));

        viewModel = restarted();

        assertEquals(1, viewModel.champions().size());
        assertSame(named(viewModel, "Bo"), viewModel.champions().get(0).stakeholder());
        assertEquals("Bo — LATAM", viewModel.champions().get(0).summaryProperty().get());
    }
}
