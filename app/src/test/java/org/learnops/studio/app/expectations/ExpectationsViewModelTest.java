package org.learnops.studio.app.expectations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.learnops.studio.app.expectations.ExpectationsViewModel.Show;
import org.learnops.studio.app.expectations.ExpectationsViewModel.Sort;
import org.learnops.studio.domain.expectations.Deliverable;
import org.learnops.studio.domain.expectations.DeliverableKind;
import org.learnops.studio.domain.expectations.DeliverableStatus;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.service.DeliverableService;
import org.learnops.studio.service.StakeholderService;
import org.learnops.studio.workspace.WorkspaceFile;

/** The Expectations step's ViewModel on a real workspace file, without a window, on a fixed day. */
class ExpectationsViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-15T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();
    private final Messages messages = Messages.load(Locale.ROOT);
    private final FakeDialogService dialogs = new FakeDialogService();
    private final SaveTracker saves = new SaveTracker();
    private final UndoManager undo = new UndoManager();
    private WorkspaceFile file;
    private Workspace workspace;
    private Stakeholder dana;
    private Stakeholder lee;
    private ExpectationsViewModel viewModel;

    @BeforeEach
    void openNewWorkspace() {
        file = WorkspaceFile.of(folder.resolve("plan"));
        workspace = opener.create(file);
        dana = workspace.stakeholders().add(Stakeholder.named("Dana Reyes", StakeholderGroup.SENIOR_LEADER));
        lee = workspace.stakeholders().add(Stakeholder.named("Lee Okafor", StakeholderGroup.LEARNING_OPS));
        viewModel = loaded(workspace);
    }

    private ExpectationsViewModel loaded(Workspace open) {
        ExpectationsViewModel loaded = new ExpectationsViewModel(new DeliverableService(open.deliverables()),
                new StakeholderService(open.stakeholders()), CLOCK, new SyncTaskRunner(), dialogs, messages, saves, undo);
        loaded.load();
        return loaded;
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** What a restart would show: close the workspace and read it again. */
    private List<Deliverable> stored() {
        workspace.close();
        workspace = opener.open(file);
        return workspace.deliverables().list();
    }

    /** What is stored now, read through the open workspace (the ViewModel keeps working). */
    private List<Deliverable> storedNow() {
        return workspace.deliverables().list();
    }

    private Deliverable stored(DeliverableKind kind) {
        return stored().stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    private DeliverableRowViewModel row(DeliverableKind kind) {
        return viewModel.rows().stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }

    private OwnerChoice owner(Stakeholder stakeholder) {
        return viewModel.ownerChoices().stream()
                .filter(choice -> choice.stakeholderId().equals(Optional.of(stakeholder.id()))).findFirst().orElseThrow();
    }

    private List<String> visibleTitles() {
        return viewModel.visibleRows().stream().map(r -> r.titleProperty().get()).toList();
    }

    private DeliverableRowViewModel addCustom(String title) {
        viewModel.newTitleProperty().set(title);
        viewModel.addCustom();
        return viewModel.rows().stream().filter(r -> r.titleProperty().get().equals(title.strip())).findFirst().orElseThrow();
    }

    @Test
    void aNewWorkspaceShowsTheEightAsAnUntickedChecklistInTheArticlesOrder() {
        assertEquals(List.of("Stakeholder pitch deck", "User research", "Current-state process analysis",
                "Learning ecosystem map", "Glossary", "Policies and procedures", "Governance documentation",
                "Change management and communication process"), visibleTitles());
        assertTrue(viewModel.rows().stream().noneMatch(r -> r.includedProperty().get()));
        assertEquals("Showing 8 of 8  ·  0 included  ·  0 overdue", viewModel.summaryProperty().get());
        assertEquals(List.of("No owner", "Dana Reyes", "Lee Okafor"),
                viewModel.ownerChoices().stream().map(OwnerChoice::label).toList());
        assertFalse(viewModel.busyProperty().get());
    }

    @Test
    void everyFieldIsStoredAtOnce() {
        DeliverableRowViewModel deck = row(DeliverableKind.STAKEHOLDER_PITCH_DECK);
        deck.includedProperty().set(true);
        deck.purposeProperty().set("So the board funds the strategy");
        deck.audienceProperty().set("Executive board");
        deck.ownerProperty().set(owner(dana));
        deck.dueDateProperty().set(LocalDate.of(2027, 4, 30));
        deck.statusProperty().set(DeliverableStatus.IN_REVIEW);
        deck.notesProperty().set("First line\nSecond line");

        assertEquals(SaveState.SAVED, saves.getState());
        Deliverable stored = stored(DeliverableKind.STAKEHOLDER_PITCH_DECK);
        assertEquals(new Deliverable(deck.id(), DeliverableKind.STAKEHOLDER_PITCH_DECK, "", true,
                "So the board funds the strategy", "Executive board", Optional.of(dana.id()),
                Optional.of(LocalDate.of(2027, 4, 30)), DeliverableStatus.IN_REVIEW, "First line\nSecond line"), stored);
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
    }

    @Test
    void aTenThousandCharacterNoteIsKeptIntactOneMoreIsRefusedInline() {
        DeliverableRowViewModel glossary = row(DeliverableKind.GLOSSARY);
        String note = "Agreed terms:\n" + "é".repeat(10_000 - 14);
        glossary.notesProperty().set(note);
        assertEquals("", glossary.errorProperty("notes").get());

        glossary.notesProperty().set(note + "!");
        assertEquals("Too long: at most 10,000 characters.", glossary.errorProperty("notes").get());

        assertEquals(note, stored(DeliverableKind.GLOSSARY).notes(), "the last valid note stays stored");
        assertTrue(dialogs.shown.isEmpty(), "validation is inline, not a dialog");
    }

    @Test
    void anIncludedDeliverableDueBeforeTodayAndNotDoneIsOverdue() {
        DeliverableRowViewModel research = row(DeliverableKind.USER_RESEARCH);
        research.dueDateProperty().set(TODAY.minusDays(1));
        assertFalse(research.overdueProperty().get(), "not included yet");

        research.includedProperty().set(true);
        assertTrue(research.overdueProperty().get());
        assertEquals("Showing 8 of 8  ·  1 included  ·  1 overdue", viewModel.summaryProperty().get());

        research.dueDateProperty().set(TODAY);
        assertFalse(research.overdueProperty().get(), "due today is not overdue yet");
        research.dueDateProperty().set(TODAY.minusWeeks(2));
        research.statusProperty().set(DeliverableStatus.DONE);
        assertFalse(research.overdueProperty().get(), "done is never overdue");
    }

    @Test
    void typedDueDatesAreCheckedInlineAndABadOneKeepsTheStoredDate() {
        DeliverableRowViewModel map = row(DeliverableKind.LEARNING_ECOSYSTEM_MAP);

        assertEquals(LocalDate.of(2027, 5, 31), viewModel.typeDueDate(map, " 2027-05-31 "));
        assertEquals("", map.errorProperty("dueDate").get());

        assertEquals(LocalDate.of(2027, 5, 31), viewModel.typeDueDate(map, "2027-02-30"));
        assertEquals("“2027-02-30” is not a date. Type it as YYYY-MM-DD (e.g. 2027-03-31) or pick one from the calendar.",
                map.errorProperty("dueDate").get());
        viewModel.typeDueDate(map, "next Friday");
        assertEquals(LocalDate.of(2027, 5, 31), map.dueDateProperty().get());
        assertEquals(Optional.of(LocalDate.of(2027, 5, 31)), stored(DeliverableKind.LEARNING_ECOSYSTEM_MAP).dueDate());
    }

    @Test
    void anEmptyTypedDueDateClearsItAndThePickerClearsTheError() {
        DeliverableRowViewModel map = row(DeliverableKind.LEARNING_ECOSYSTEM_MAP);
        viewModel.typeDueDate(map, "2027-05-31");
        viewModel.typeDueDate(map, "31.05.");
        map.dueDateProperty().set(LocalDate.of(2027, 6, 1));
        assertEquals("", map.errorProperty("dueDate").get(), "a date picked from the calendar clears the message");

        assertNull(viewModel.typeDueDate(map, "  "));
        assertEquals(Optional.empty(), stored(DeliverableKind.LEARNING_ECOSYSTEM_MAP).dueDate());
    }

    @Test
    void customDeliverablesAreAddedIncludedSelectedAndRenamed() {
        DeliverableRowViewModel guide = addCustom("  Onboarding guide ");

        assertEquals("", viewModel.newTitleProperty().get(), "the field is cleared for the next one");
        assertTrue(guide.includedProperty().get());
        assertSame(guide, viewModel.selectedProperty().get(), "the new deliverable is ready to describe");
        assertEquals("Onboarding guide", visibleTitles().get(8));

        guide.customTitleProperty().set("Coordinator onboarding guide");
        Deliverable stored = stored().get(8);
        assertEquals("Coordinator onboarding guide", stored.customTitle());
        assertTrue(stored.included());
    }

    @Test
    void blankCanonicalAndDuplicateTitlesAreRefusedInline() {
        viewModel.newTitleProperty().set("   ");
        viewModel.addCustom();
        assertEquals("Give the deliverable a title.", viewModel.newTitleErrorProperty().get());
        viewModel.newTitleProperty().set("glossary");
        viewModel.addCustom();
        assertEquals("There is already a deliverable called “glossary”.", viewModel.newTitleErrorProperty().get());
        assertEquals(8, viewModel.rows().size());

        addCustom("FAQ");
        DeliverableRowViewModel roadmap = addCustom("Roadmap");
        roadmap.customTitleProperty().set(" faq");
        assertEquals("There is already a deliverable called “faq”.", roadmap.errorProperty("title").get());
        roadmap.customTitleProperty().set("  ");
        assertEquals("Give the deliverable a title.", roadmap.errorProperty("title").get());

        assertEquals("Roadmap", stored().get(9).customTitle(), "the invalid titles were not stored");
        assertTrue(dialogs.shown.isEmpty());
    }

    @Test
    void deleteAsksFirstAndUndoBringsTheDeliverableBackWithItsEdits() {
        DeliverableRowViewModel faq = addCustom("FAQ");
        faq.ownerProperty().set(owner(lee));
        faq.notesProperty().set("Collect the top 20 questions");

        dialogs.answers.add(false);
        viewModel.delete(faq);
        assertEquals(9, viewModel.rows().size(), "kept when the user says no");
        dialogs.answers.add(true);
        viewModel.delete(faq);
        assertEquals(8, viewModel.rows().size());
        assertFalse(viewModel.visibleRows().contains(faq));
        assertNull(viewModel.selectedProperty().get());
        assertEquals(8, storedNow().size());

        assertEquals("Delete deliverable “FAQ”", undo.undoDescriptionProperty().get());
        undo.undo();
        assertTrue(viewModel.visibleRows().contains(faq), "the same row, so earlier undo steps still apply");
        assertSame(faq, viewModel.selectedProperty().get());
        Deliverable back = storedNow().get(8);
        assertEquals(faq.id(), back.id());
        assertEquals(Optional.of(lee.id()), back.ownerId());
        assertEquals("Collect the top 20 questions", back.notes());

        undo.undo();
        assertEquals("", faq.notesProperty().get(), "the earlier edit is undone on the restored row");
        assertEquals("", stored().get(8).notes());
        assertTrue(dialogs.ofKind("error").isEmpty(), dialogs.shown.toString());
    }

    @Test
    void redoDeletesAgainWithoutAskingAndUndoOfAnAddRemovesIt() {
        DeliverableRowViewModel faq = addCustom("FAQ");
        dialogs.answers.add(true);
        viewModel.delete(faq);
        undo.undo();
        undo.redo();
        assertEquals(8, viewModel.rows().size());
        assertEquals(1, dialogs.ofKind("ask").size(), "only the user's delete asked");

        undo.undo();
        undo.undo(); // the add
        assertEquals(8, viewModel.rows().size());
        assertEquals(8, stored().size());
    }

    @Test
    void theEightCannotBeDeleted() {
        viewModel.delete(row(DeliverableKind.GLOSSARY));

        assertEquals(8, viewModel.rows().size());
        assertTrue(dialogs.shown.isEmpty());
    }

    @Test
    void fieldEditsAreUndoneOneFieldAtATimeAndTheStoredValueFollows() {
        DeliverableRowViewModel glossary = row(DeliverableKind.GLOSSARY);
        glossary.includedProperty().set(true);
        glossary.purposeProperty().set("S");
        glossary.purposeProperty().set("Shared");
        glossary.purposeProperty().set("Shared words");
        glossary.statusProperty().set(DeliverableStatus.IN_PROGRESS);

        assertEquals("Change to Glossary", undo.undoDescriptionProperty().get());
        undo.undo();
        assertEquals(DeliverableStatus.NOT_STARTED, glossary.statusProperty().get());
        undo.undo();
        assertEquals("", glossary.purposeProperty().get(), "the typing merges into one step");
        assertTrue(glossary.includedProperty().get());
        undo.redo();

        Deliverable stored = stored(DeliverableKind.GLOSSARY);
        assertEquals("Shared words", stored.purpose());
        assertEquals(DeliverableStatus.NOT_STARTED, stored.status());
        assertTrue(stored.included());
    }

    @Test
    void sortingByDueDateStatusAndTitle() {
        row(DeliverableKind.GLOSSARY).dueDateProperty().set(LocalDate.of(2027, 4, 1));
        row(DeliverableKind.USER_RESEARCH).dueDateProperty().set(LocalDate.of(2027, 3, 20));
        row(DeliverableKind.STAKEHOLDER_PITCH_DECK).statusProperty().set(DeliverableStatus.DONE);
        row(DeliverableKind.LEARNING_ECOSYSTEM_MAP).statusProperty().set(DeliverableStatus.IN_PROGRESS);
        addCustom("Action plan");

        viewModel.sortProperty().set(Sort.DUE_DATE);
        assertEquals(List.of("User research", "Glossary", "Stakeholder pitch deck"), visibleTitles().subList(0, 3),
                "dated first, earliest first; undated keep the checklist order");
        assertEquals("Action plan", visibleTitles().get(8));

        viewModel.sortProperty().set(Sort.STATUS);
        assertEquals("Learning ecosystem map", visibleTitles().get(7), "in progress after every not started one");
        assertEquals("Stakeholder pitch deck", visibleTitles().get(8), "done last");

        viewModel.sortProperty().set(Sort.TITLE);
        assertEquals(List.of("Action plan", "Change management and communication process", "Current-state process analysis"),
                visibleTitles().subList(0, 3));

        viewModel.sortProperty().set(Sort.CHECKLIST);
        assertEquals("Stakeholder pitch deck", visibleTitles().get(0));
        assertEquals("Action plan", visibleTitles().get(8));
    }

    @Test
    void aSortedListFollowsEdits() {
        viewModel.sortProperty().set(Sort.DUE_DATE);
        row(DeliverableKind.GLOSSARY).dueDateProperty().set(LocalDate.of(2027, 4, 1));
        assertEquals("Glossary", visibleTitles().get(0));
        row(DeliverableKind.USER_RESEARCH).dueDateProperty().set(LocalDate.of(2027, 3, 20));
        assertEquals(List.of("User research", "Glossary"), visibleTitles().subList(0, 2));
    }

    @Test
    void filteringByIncludedOverdueStatusAndOwner() {
        DeliverableRowViewModel deck = row(DeliverableKind.STAKEHOLDER_PITCH_DECK);
        DeliverableRowViewModel research = row(DeliverableKind.USER_RESEARCH);
        DeliverableRowViewModel glossary = row(DeliverableKind.GLOSSARY);
        deck.includedProperty().set(true);
        deck.dueDateProperty().set(TODAY.minusDays(3));
        deck.ownerProperty().set(owner(dana));
        research.includedProperty().set(true);
        research.statusProperty().set(DeliverableStatus.IN_PROGRESS);
        research.ownerProperty().set(owner(lee));
        glossary.statusProperty().set(DeliverableStatus.IN_PROGRESS);

        viewModel.showProperty().set(Show.INCLUDED);
        assertEquals(List.of("Stakeholder pitch deck", "User research"), visibleTitles());
        assertEquals("Showing 2 of 8  ·  2 included  ·  1 overdue", viewModel.summaryProperty().get());
        viewModel.showProperty().set(Show.OVERDUE);
        assertEquals(List.of("Stakeholder pitch deck"), visibleTitles());

        viewModel.showProperty().set(Show.ALL);
        viewModel.filterByStatus(DeliverableStatus.IN_PROGRESS);
        assertEquals(List.of("User research", "Glossary"), visibleTitles());
        viewModel.filterByOwner(owner(lee));
        assertEquals(List.of("User research"), visibleTitles(), "filters combine");

        viewModel.filterByStatus(null);
        viewModel.filterByOwner(owner(dana));
        assertEquals(List.of("Stakeholder pitch deck"), visibleTitles());
        viewModel.filterByOwner(viewModel.ownerChoices().get(0));
        assertEquals(6, visibleTitles().size(), "no owner yet");
        viewModel.filterByOwner(null);
        assertEquals(8, visibleTitles().size());
    }

    @Test
    void aFilteredListFollowsEditsButKeepsTheRowBeingEdited() {
        DeliverableRowViewModel deck = row(DeliverableKind.STAKEHOLDER_PITCH_DECK);
        DeliverableRowViewModel research = row(DeliverableKind.USER_RESEARCH);
        viewModel.showProperty().set(Show.OVERDUE);
        assertEquals(List.of(), visibleTitles());

        deck.includedProperty().set(true);
        deck.dueDateProperty().set(TODAY.minusDays(1));
        assertEquals(List.of("Stakeholder pitch deck"), visibleTitles(), "it became overdue");

        viewModel.selectedProperty().set(deck);
        deck.statusProperty().set(DeliverableStatus.DONE);
        assertEquals(List.of("Stakeholder pitch deck"), visibleTitles(), "stays while the user edits it");
        research.includedProperty().set(true);
        research.dueDateProperty().set(TODAY.minusDays(5));
        viewModel.selectedProperty().set(research);
        viewModel.filterByStatus(DeliverableStatus.NOT_STARTED);
        assertEquals(List.of("User research"), visibleTitles(), "gone once the user moved on and filters again");
    }

    @Test
    void aDeliverableAddedOrBroughtBackUnderFiltersThatHideItClearsThem() {
        viewModel.showProperty().set(Show.OVERDUE);
        viewModel.filterByStatus(DeliverableStatus.DONE);

        DeliverableRowViewModel faq = addCustom("FAQ");

        assertEquals(List.of("FAQ"), viewModel.visibleRows().stream().filter(r -> r == faq)
                .map(r -> r.titleProperty().get()).toList());
        assertEquals(Show.ALL, viewModel.showProperty().get());
        assertTrue(viewModel.statusFilterProperty().get().isAny());
        assertEquals(9, viewModel.visibleRows().size());
    }

    @Test
    void theOwnerFilterListsTheRegister() {
        assertEquals(List.of("Any owner", "No owner yet", "Dana Reyes", "Lee Okafor"),
                viewModel.ownerFilters().stream().map(FilterChoice::label).toList());
        assertEquals(List.of("Any status", "Not started", "In progress", "In review", "Done"),
                viewModel.statusFilters().stream().map(FilterChoice::label).toList());
    }

    @Test
    void aRemovedOwnerIsShownAsRemovedNotOfferedAndNeverDroppedSilently() {
        DeliverableRowViewModel deck = row(DeliverableKind.STAKEHOLDER_PITCH_DECK);
        deck.ownerProperty().set(owner(dana));
        workspace.stakeholders().delete(dana.id());

        viewModel = loaded(workspace);
        DeliverableRowViewModel reloaded = row(DeliverableKind.STAKEHOLDER_PITCH_DECK);
        assertEquals("Dana Reyes (removed)", reloaded.ownerProperty().get().label());
        assertTrue(reloaded.ownerProperty().get().isRemoved());
        assertEquals(List.of("No owner", "Lee Okafor"), viewModel.ownerChoices().stream().map(OwnerChoice::label).toList());

        reloaded.audienceProperty().set("Board");
        assertEquals(Optional.of(dana.id()), stored(DeliverableKind.STAKEHOLDER_PITCH_DECK).ownerId(),
                "editing another field keeps the removed owner");
    }

    @Test
    void refreshingOwnersPicksUpRegisterChangesWithoutAnUndoStepOrASave() {
        DeliverableRowViewModel deck = row(DeliverableKind.STAKEHOLDER_PITCH_DECK);
        deck.ownerProperty().set(owner(dana));
        String undoBefore = undo.undoDescriptionProperty().get();
        Stakeholder kim = workspace.stakeholders().add(Stakeholder.named("Kim Ito", StakeholderGroup.IT));
        workspace.stakeholders().delete(dana.id());

        viewModel.refreshOwners();

        assertEquals("Dana Reyes (removed)", deck.ownerProperty().get().label());
        assertEquals(List.of("No owner", "Lee Okafor", "Kim Ito"),
                viewModel.ownerChoices().stream().map(OwnerChoice::label).toList());
        assertEquals(kim.id(), owner(kim).stakeholderId().orElseThrow());
        assertEquals(undoBefore, undo.undoDescriptionProperty().get());

        workspace.stakeholders().restore(dana.id());
        viewModel.refreshOwners();
        assertEquals("Dana Reyes", deck.ownerProperty().get().label());
        assertFalse(deck.ownerProperty().get().isRemoved());
    }

    @Test
    void theEditsSurviveAReopen() {
        DeliverableRowViewModel deck = row(DeliverableKind.STAKEHOLDER_PITCH_DECK);
        deck.includedProperty().set(true);
        deck.ownerProperty().set(owner(lee));
        deck.dueDateProperty().set(TODAY.minusDays(2));
        addCustom("FAQ");
        stored();

        viewModel = loaded(workspace);
        DeliverableRowViewModel reloaded = row(DeliverableKind.STAKEHOLDER_PITCH_DECK);
        assertTrue(reloaded.overdueProperty().get());
        assertEquals("Lee Okafor", reloaded.ownerProperty().get().label());
        assertEquals("FAQ", visibleTitles().get(8));
    }

    @Test
    void aFailedSaveTellsTheUserAndTheStatusBar() {
        workspace.close();
        row(DeliverableKind.GLOSSARY).includedProperty().set(true);

        assertEquals(SaveState.FAILED, saves.getState());
        assertEquals("Change not saved", dialogs.ofKind("error").get(0).title());
        workspace = opener.open(file);
    }

    @Test
    void aFailedLoadIsReported() {
        workspace.close();
        ExpectationsViewModel broken = loaded(workspace);

        assertEquals(List.of(), broken.rows());
        assertEquals("Cannot show the deliverables", dialogs.ofKind("error").get(0).title());
        workspace = opener.open(file);
    }
}
