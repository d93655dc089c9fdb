package org.learnops.studio.app.needs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.app.common.FakeDialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SaveTracker;
import org.learnops.studio.app.common.SyncTaskRunner;
import org.learnops.studio.app.common.UndoManager;
import org.learnops.studio.domain.needs.NeedsGroup;
import org.learnops.studio.domain.needs.NeedsSession;
import org.learnops.studio.domain.needs.SessionType;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.domain.stakeholder.Stance;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.service.NeedsAnalysisService;
import org.learnops.studio.service.StakeholderService;
import org.learnops.studio.workspace.WorkspaceFile;

/** The Sessions tab's ViewModel on a real workspace file, without a window. */
class SessionsViewModelTest {

    private static final LocalDate MARCH_12 = LocalDate.of(2026, 3, 12);

    @TempDir
    Path folder;

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();
    private final Messages messages = Messages.load(Locale.ROOT);
    private final FakeDialogService dialogs = new FakeDialogService();
    private final UndoManager undo = new UndoManager();
    private WorkspaceFile file;
    private Workspace workspace;
    private NeedsAnalysisViewModel needs;
    private SessionsViewModel sessions;
    private long ana;
    private long bo;

    @BeforeEach
    void openNewWorkspace() {
        file = WorkspaceFile.of(folder.resolve("plan"));
        workspace = opener.create(file);
        ana = workspace.stakeholders().add(new Stakeholder(0, "Ana Silva", "CFO", StakeholderGroup.SENIOR_LEADER, "", "",
                4, 3, Stance.NEUTRAL, "")).id();
        bo = workspace.stakeholders().add(Stakeholder.named("Bo Chen", StakeholderGroup.LEARNING_OPS)).id();
        load();
    }

    private void load() {
        needs = new NeedsAnalysisViewModel(new NeedsAnalysisService(workspace.needsAnalysis(), workspace.scope()),
                new StakeholderService(workspace.stakeholders()), new SyncTaskRunner(), dialogs, messages,
                new SaveTracker(), undo);
        needs.load();
        sessions = needs.sessions();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private List<NeedsSession> stored() {
        workspace.close();
        workspace = opener.open(file);
        return workspace.needsAnalysis().listSessions();
    }

    private SessionRowViewModel addSession() {
        sessions.addSession();
        return sessions.selectedProperty().get();
    }

    @Test
    void aNewSessionIsATodaysWorkshopSelectedAndStored() {
        SessionRowViewModel row = addSession();

        assertEquals(List.of(row), sessions.sessions());
        assertEquals(SessionType.WORKSHOP, row.typeProperty().get());
        assertEquals(List.of(new NeedsSession(row.id(), SessionType.WORKSHOP, LocalDate.now(), List.of(), NeedsGroup.OTHER, "")),
                stored());
        assertEquals(List.of("Ana Silva", "Bo Chen"), sessions.stakeholders().stream().map(Stakeholder::name).toList());
    }

    @Test
    void everyFieldIncludingParticipantsAndTenThousandCharactersOfNotesSurvivesAReopen() {
        SessionRowViewModel row = addSession();
        String notes = "Interview notes, line after line.\n".repeat(400).substring(0, 10_000);

        row.typeProperty().set(SessionType.INTERVIEW);
        row.dateProperty().set(MARCH_12);
        row.groupProperty().set(NeedsGroup.SENIOR_LEADERS);
        row.setParticipant(bo, true);
        row.setParticipant(ana, true);
        row.notesProperty().set(notes);

        assertEquals("Ana Silva, Bo Chen", sessions.participantNames(row));
        assertEquals("Interview · 2026-03-12 · Senior leaders", sessions.label(row));
        NeedsSession stored = stored().get(0);
        assertEquals(new NeedsSession(row.id(), SessionType.INTERVIEW, MARCH_12, List.of(ana, bo), NeedsGroup.SENIOR_LEADERS,
                notes), stored);
        assertEquals(10_000, stored.notes().length());

        load();
        SessionRowViewModel reloaded = sessions.sessions().get(0);
        assertEquals(notes, reloaded.notesProperty().get(), "shown again character for character");
        assertTrue(reloaded.hasParticipant(ana));
    }

    @Test
    void aMissingDateAndTooLongNotesAreFlaggedInlineAndNotStored() {
        SessionRowViewModel row = addSession();
        row.dateProperty().set(MARCH_12);

        row.dateProperty().set(null);
        assertEquals("Give the date of the session.", row.dateErrorProperty().get());
        row.dateProperty().set(MARCH_12.plusDays(1));
        assertEquals("", row.dateErrorProperty().get());
        row.notesProperty().set("n".repeat(10_001));
        assertEquals("Too long: at most 10,000 characters.", row.notesErrorProperty().get());

        NeedsSession stored = stored().get(0);
        assertEquals(MARCH_12.plusDays(1), stored.date());
        assertEquals("", stored.notes());
        assertTrue(dialogs.shown.isEmpty(), "inline, never a dialog");
    }

    @Test
    void deletingAsksWithTheNumberOfFindingsAndUndoBringsTheSessionBack() {
        SessionRowViewModel row = addSession();
        row.dateProperty().set(MARCH_12);
        needs.captureSessionProperty().set(row.id());
        needs.captureTextProperty().set("Heard here");
        needs.capture();

        dialogs.answers.add(true);
        sessions.deleteSession(row);

        assertEquals("Delete the session “Workshop · 2026-03-12 · Other”? 1 finding names it as their source;"
                + " they keep their text. Edit → Undo brings it back.", dialogs.ofKind("ask").get(0).message());
        assertTrue(sessions.sessions().isEmpty());
        assertNull(sessions.selectedProperty().get());
        assertEquals(NeedsAnalysisViewModel.NONE, needs.captureSessionProperty().get(), "capture no longer names it");
        assertEquals("No session", needs.sessionLabel(row.id()));
        assertEquals(List.of(), stored());

        load();
        undo.clear();
        SessionRowViewModel second = addSession();
        dialogs.answers.add(true);
        sessions.deleteSession(second);
        undo.undo();
        assertEquals(List.of(second), sessions.sessions());
        assertSame(second, sessions.selectedProperty().get());
        assertEquals(1, stored().size());
    }

    @Test
    void declinedDeleteKeepsTheSessionAndFieldEditsAreUndoable() {
        SessionRowViewModel row = addSession();
        dialogs.answers.add(false);
        sessions.deleteSession(row);
        assertEquals(1, sessions.sessions().size());

        row.setParticipant(ana, true);
        row.typeProperty().set(SessionType.SURVEY);
        undo.undo();
        assertEquals(SessionType.WORKSHOP, row.typeProperty().get());
        undo.undo();
        assertEquals(List.of(), row.participantsProperty().get());
        assertEquals(List.of(), stored().get(0).participantIds());
    }
}
