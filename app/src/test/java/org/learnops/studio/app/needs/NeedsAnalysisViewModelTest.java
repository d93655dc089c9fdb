package org.learnops.studio.app.needs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import org.learnops.studio.domain.needs.Finding;
import org.learnops.studio.domain.needs.FindingStatus;
import org.learnops.studio.domain.needs.HeatMap;
import org.learnops.studio.domain.needs.NeedsAnalysis;
import org.learnops.studio.domain.needs.NeedsGroup;
import org.learnops.studio.domain.needs.Ranking;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.BuiltInArea;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.service.NeedsAnalysisService;
import org.learnops.studio.service.ScopeService;
import org.learnops.studio.service.StakeholderService;
import org.learnops.studio.workspace.WorkspaceFile;

/** The Needs analysis step's findings side on a real workspace file, without a window. */
class NeedsAnalysisViewModelTest {

    @TempDir
    Path folder;

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();
    private final Messages messages = Messages.load(Locale.ROOT);
    private final FakeDialogService dialogs = new FakeDialogService();
    private final SaveTracker saves = new SaveTracker();
    private final UndoManager undo = new UndoManager();
    private WorkspaceFile file;
    private Workspace workspace;
    private NeedsAnalysisViewModel viewModel;

    @BeforeEach
    void openNewWorkspace() {
        file = WorkspaceFile.of(folder.resolve("plan"));
        workspace = opener.create(file);
        viewModel = loadedViewModel();
    }

    private NeedsAnalysisViewModel loadedViewModel() {
        NeedsAnalysisViewModel loaded = new NeedsAnalysisViewModel(
                new NeedsAnalysisService(workspace.needsAnalysis(), workspace.scope()),
                new StakeholderService(workspace.stakeholders()), new SyncTaskRunner(), dialogs, messages, saves, undo);
        loaded.load();
        return loaded;
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** What a restart would show: close the workspace and read it again. */
    private NeedsAnalysis stored() {
        workspace.close();
        workspace = opener.open(file);
        return new NeedsAnalysisService(workspace.needsAnalysis(), workspace.scope()).load();
    }

    private ActivityArea area(BuiltInArea builtIn) {
        return workspace.scope().loadAreas().stream().filter(a -> a.builtIn() == builtIn).findFirst().orElseThrow();
    }

    private void putInScope(BuiltInArea... builtIns) {
        ScopeService scope = new ScopeService(workspace.scope());
        for (BuiltInArea builtIn : builtIns) {
            scope.saveArea(area(builtIn).withInScope(true));
        }
    }

    private FindingRowViewModel capture(String text) {
        viewModel.captureTextProperty().set(text);
        viewModel.capture();
        return viewModel.selectedProperty().get();
    }

    private List<String> rankedTexts() {
        return viewModel.rankedFindings().stream().map(row -> row.textProperty().get()).toList();
    }

    @Test
    void quickCaptureAddsWithTheStickyValuesSetByShortcutsAndClearsTheField() {
        putInScope(BuiltInArea.EVENT_MANAGEMENT, BuiltInArea.COMPLIANCE, BuiltInArea.ANALYTICS);
        viewModel = loadedViewModel();
        long compliance = area(BuiltInArea.COMPLIANCE).id();

        viewModel.stickArea(2);
        viewModel.stickSeverity(5);
        viewModel.stickFrequency(4);
        viewModel.stickGroup(NeedsGroup.SENIOR_LEADERS);
        FindingRowViewModel first = capture("  Mandatory training expires unnoticed ");

        assertEquals("", viewModel.captureTextProperty().get(), "the field is cleared for the next one");
        assertSame(viewModel.rankedFindings().get(0), first, "the new finding is selected");
        assertEquals(compliance, first.areaProperty().get());
        FindingRowViewModel second = capture("Certificates live in e-mails");
        assertEquals(compliance, second.areaProperty().get(), "sticky: the next one gets the same area");
        assertEquals(5, second.severityProperty().get());
        viewModel.stickArea(0);
        viewModel.stickArea(9); // only three areas are in scope: Ctrl+9 does nothing
        FindingRowViewModel third = capture("Nobody owns the catalogue");
        assertEquals(NeedsAnalysisViewModel.NONE, third.areaProperty().get());

        List<Finding> stored = stored().findings();
        assertEquals(3, stored.size());
        assertEquals(new Finding(first.id(), "Mandatory training expires unnoticed", Optional.of(compliance),
                NeedsGroup.SENIOR_LEADERS, 5, 4, Optional.empty(), FindingStatus.OPEN, 0), stored.get(0));
        assertEquals(Optional.empty(), stored.get(2).areaId());
        assertTrue(dialogs.shown.isEmpty());
    }

    @Test
    void shortcutsOfferEveryAreaUntilTheScopeHasSomeInScope() {
        assertEquals(9, viewModel.shortcutAreas().size());
        assertEquals(10, viewModel.areaChoices().size(), "no area, then the nine areas");
        viewModel.stickArea(9);
        assertEquals(area(BuiltInArea.ANALYTICS).id(), viewModel.captureAreaProperty().get());

        putInScope(BuiltInArea.VENDOR_MANAGEMENT);
        viewModel.refreshChoices();
        assertEquals(List.of(area(BuiltInArea.VENDOR_MANAGEMENT).id()), viewModel.shortcutAreas());
        viewModel.stickArea(1);
        assertEquals(area(BuiltInArea.VENDOR_MANAGEMENT).id(), viewModel.captureAreaProperty().get());
        assertEquals(1, viewModel.shortcutNumber(area(BuiltInArea.VENDOR_MANAGEMENT).id()));
        assertEquals("Vendor management", viewModel.areaName(area(BuiltInArea.VENDOR_MANAGEMENT).id()));
    }

    @Test
    void blankTextIsRefusedInlineAndNothingIsStored() {
        viewModel.captureTextProperty().set("   \t");
        viewModel.capture();

        assertEquals("Write what the pain point is.", viewModel.captureErrorProperty().get());
        assertEquals("   \t", viewModel.captureTextProperty().get(), "left as typed");
        assertTrue(viewModel.findings().isEmpty());
        viewModel.captureTextProperty().set("R");
        assertEquals("", viewModel.captureErrorProperty().get(), "the message goes once the user types");
        assertTrue(dialogs.shown.isEmpty(), "inline, never a dialog");
        assertEquals(List.of(), stored().findings());
    }

    @Test
    void thirtyCapturesInARowAreAllStoredInOrder() {
        for (int i = 1; i <= 30; i++) {
            viewModel.stickSeverity(1 + i % 5);
            capture("Pain point " + i);
        }

        assertEquals(30, viewModel.findings().size());
        assertEquals("Pain point 30", viewModel.selectedProperty().get().textProperty().get());
        List<Finding> stored = stored().findings();
        assertEquals(30, stored.size());
        assertEquals("Pain point 1", stored.get(0).text());
        assertEquals(2, stored.get(0).severity());
        assertEquals(SaveState.SAVED, saves.getState());
    }

    @Test
    void votesRankTheListNeverGoBelowZeroAndAreStored() {
        FindingRowViewModel a = capture("A");
        FindingRowViewModel b = capture("B");
        FindingRowViewModel c = capture("C");
        assertEquals(List.of("A", "B", "C"), rankedTexts(), "no votes yet: capture order");

        viewModel.vote(c, +1);
        viewModel.vote(c, +1);
        viewModel.selectedProperty().set(b);
        viewModel.voteOnSelected(+1);
        viewModel.vote(a, -1);

        assertEquals(List.of("C", "B", "A"), rankedTexts());
        assertEquals(0, a.votesProperty().get(), "never below 0");
        assertSame(a, viewModel.selectedProperty().get(), "voting selects the finding");
        assertEquals(List.of(0, 1, 2), stored().findings().stream().map(Finding::votes).toList());
    }

    @Test
    void theRankingTogglesBetweenVotesAndSeverityTimesFrequency() {
        viewModel.stickSeverity(1);
        FindingRowViewModel popular = capture("Popular but mild");
        viewModel.stickSeverity(5);
        viewModel.stickFrequency(5);
        capture("Severe and frequent");
        viewModel.vote(popular, +1);
        assertEquals(List.of("Popular but mild", "Severe and frequent"), rankedTexts());

        viewModel.toggleRanking();
        assertEquals(Ranking.BY_SCORE, viewModel.rankingProperty().get());
        assertEquals(List.of("Severe and frequent", "Popular but mild"), rankedTexts());
        assertEquals(25, viewModel.rankedFindings().get(0).scoreProperty().get());

        viewModel.toggleRanking();
        assertEquals(List.of("Popular but mild", "Severe and frequent"), rankedTexts());
    }

    @Test
    void addressedFindingsSinkAndLeaveTheHeatMap() {
        FindingRowViewModel solved = capture("Solved already");
        capture("Still open");
        viewModel.vote(solved, +1);
        assertEquals(List.of("Solved already", "Still open"), rankedTexts());

        solved.statusProperty().set(FindingStatus.ADDRESSED);

        assertEquals(List.of("Still open", "Solved already"), rankedTexts());
        assertEquals(1, viewModel.heatMapProperty().get().max(HeatMap.Measure.COUNT));
        assertEquals("2 findings, 1 open", viewModel.summaryProperty().get());
        assertEquals(FindingStatus.ADDRESSED, stored().findings().get(0).status());
    }

    @Test
    void clickingAHeatMapCellFiltersTheListAndClickingAgainShowsAll() {
        putInScope(BuiltInArea.EVENT_MANAGEMENT, BuiltInArea.COMPLIANCE);
        viewModel = loadedViewModel();
        viewModel.stickArea(1);
        viewModel.stickGroup(NeedsGroup.SENIOR_LEADERS);
        viewModel.stickSeverity(4);
        capture("Rooms double-booked");
        capture("Trainers cancel late");
        viewModel.stickGroup(NeedsGroup.OTHER);
        capture("No-shows");
        viewModel.stickArea(0);
        capture("Unclear ownership");

        HeatMap map = viewModel.heatMapProperty().get();
        HeatMap.Key events = new HeatMap.Key(Optional.of(area(BuiltInArea.EVENT_MANAGEMENT).id()), NeedsGroup.SENIOR_LEADERS);
        assertEquals(2, map.cell(events).orElseThrow().count());
        assertEquals(8, map.cell(events).orElseThrow().totalSeverity());
        assertEquals(3, map.rows().size(), "two areas in scope and No area");

        viewModel.filterBy(events);
        assertEquals(List.of("Rooms double-booked", "Trainers cancel late"), rankedTexts());
        assertEquals("Only Event management × Senior leaders: 2 open findings", viewModel.filterDescriptionProperty().get());
        viewModel.filterBy(new HeatMap.Key(Optional.empty(), NeedsGroup.OTHER));
        assertEquals(List.of("Unclear ownership"), rankedTexts(), "the No area row");
        viewModel.filterBy(new HeatMap.Key(Optional.empty(), NeedsGroup.OTHER));
        assertNull(viewModel.filterProperty().get(), "the same cell again clears the filter");
        assertEquals(4, viewModel.rankedFindings().size());

        viewModel.filterBy(events);
        viewModel.clearFilter();
        assertEquals(4, viewModel.rankedFindings().size());
    }

    @Test
    void aCaptureThatTheFilterWouldHideClearsTheFilterSoTheNewFindingShows() {
        capture("First");
        viewModel.filterBy(new HeatMap.Key(Optional.empty(), NeedsGroup.OTHER));
        viewModel.stickGroup(NeedsGroup.SENIOR_LEADERS);

        FindingRowViewModel added = capture("Second, for senior leaders");

        assertNull(viewModel.filterProperty().get());
        assertTrue(viewModel.rankedFindings().contains(added));
    }

    @Test
    void undoTakesBackCapturesVotesAndEditsAndTheStoredStateFollows() {
        FindingRowViewModel first = capture("First");
        capture("Second");
        viewModel.vote(first, +1);
        first.textProperty().set("First, reworded");
        assertEquals("Change to “First, reworded”", undo.undoDescriptionProperty().get());

        undo.undo();
        assertEquals("First", first.textProperty().get());
        assertEquals("Vote for “First”", undo.undoDescriptionProperty().get());
        undo.undo();
        assertEquals(0, first.votesProperty().get());
        assertEquals("Capture “Second”", undo.undoDescriptionProperty().get());
        undo.undo();
        assertEquals(List.of("First"), rankedTexts(), "undoing a capture removes the finding");
        assertEquals(List.of("First"), stored().findings().stream().map(Finding::text).toList());

        viewModel = loadedViewModel();
        undo.clear();
        FindingRowViewModel again = capture("Third");
        undo.undo();
        undo.redo();
        assertEquals(List.of("First", "Third"), rankedTexts());
        assertEquals(again.id(), stored().findings().get(1).id(), "redo brings back the same finding");
    }

    @Test
    void deleteAsksFirstAndUndoBringsTheFindingBackWithItsVotes() {
        FindingRowViewModel doomed = capture("Doomed");
        capture("Kept");
        viewModel.vote(doomed, +1);
        viewModel.vote(doomed, +1);

        dialogs.answers.add(false);
        viewModel.deleteFinding(doomed);
        assertEquals(2, viewModel.findings().size(), "kept when the user says no");
        dialogs.answers.add(true);
        viewModel.deleteFinding(doomed);
        assertEquals("Delete the finding “Doomed” and its 2 votes? Edit → Undo brings it back.",
                dialogs.ofKind("ask").get(1).message());
        assertEquals(List.of("Kept"), rankedTexts());
        assertEquals(List.of("Kept"), stored().findings().stream().map(Finding::text).toList());

        viewModel = loadedViewModel();
        // The undo step belongs to the old screen's rows; a reload starts afresh, so redo it on this one.
        undo.clear();
        FindingRowViewModel kept = viewModel.findings().get(0);
        dialogs.answers.add(true);
        viewModel.deleteFinding(kept);
        undo.undo();
        assertEquals(List.of("Kept"), rankedTexts());
        assertSame(kept, viewModel.selectedProperty().get(), "the restored finding is selected");
        assertEquals(1, stored().findings().size());
    }

    @Test
    void editingAFindingIsStoredAtOnceAndBlankTextIsFlaggedNotStored() {
        FindingRowViewModel row = capture("Slow approvals");
        long analytics = area(BuiltInArea.ANALYTICS).id();

        row.areaProperty().set(analytics);
        row.groupProperty().set(NeedsGroup.LEARNING_OPS_STAFF);
        row.frequencyProperty().set(5);
        row.textProperty().set("  ");
        assertEquals("Write what the pain point is.", row.textErrorProperty().get());

        Finding stored = stored().findings().get(0);
        assertEquals("Slow approvals", stored.text(), "the last valid text stays stored");
        assertEquals(Optional.of(analytics), stored.areaId());
        assertEquals(NeedsGroup.LEARNING_OPS_STAFF, stored.group());
        assertEquals(5, stored.frequency());
        assertTrue(dialogs.shown.isEmpty());
    }

    @Test
    void aFindingCanNameItsSourceSession() {
        viewModel.sessions().addSession();
        SessionRowViewModel session = viewModel.sessions().selectedProperty().get();
        viewModel.captureSessionProperty().set(session.id());

        FindingRowViewModel row = capture("Heard in the workshop");

        assertEquals(session.id(), row.sessionProperty().get());
        assertEquals(viewModel.sessions().label(session), viewModel.sessionLabel(session.id()));
        assertEquals(List.of(NeedsAnalysisViewModel.NONE, session.id()), viewModel.sessionChoices());
        assertEquals(1, viewModel.sessions().findingCount(session));
        assertEquals(Optional.of(session.id()), stored().findings().get(0).sessionId());
    }
}
