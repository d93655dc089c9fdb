package org.learnops.studio.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.needs.Finding;
import org.learnops.studio.domain.needs.NeedsAnalysis;
import org.learnops.studio.domain.needs.NeedsGroup;
import org.learnops.studio.domain.needs.NeedsSession;
import org.learnops.studio.domain.needs.SessionType;
import org.learnops.studio.error.InvalidInputException;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.WorkspaceFile;

class NeedsAnalysisServiceTest {

    @TempDir
    Path folder;

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();
    private WorkspaceFile file;
    private Workspace workspace;
    private NeedsAnalysisService service;

    @BeforeEach
    void createWorkspace() {
        file = WorkspaceFile.of(folder.resolve("plan"));
        workspace = opener.create(file);
        service = new NeedsAnalysisService(workspace.needsAnalysis(), workspace.scope());
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    private NeedsAnalysis reopened() {
        workspace.close();
        workspace = opener.open(file);
        service = new NeedsAnalysisService(workspace.needsAnalysis(), workspace.scope());
        return service.load();
    }

    @Test
    void loadBringsSessionsFindingsAndTheScopeAreas() {
        NeedsSession session = service.addSession(NeedsSession.planned(SessionType.WORKSHOP, LocalDate.of(2026, 2, 1),
                NeedsGroup.LEARNING_OPS_STAFF));
        Finding finding = service.addFinding(Finding.captured("Spreadsheets everywhere", Optional.empty(),
                NeedsGroup.LEARNING_OPS_STAFF, 3, 5, Optional.of(session.id())));

        NeedsAnalysis loaded = reopened();

        assertEquals(List.of(session), loaded.sessions());
        assertEquals(List.of(finding), loaded.findings());
        assertEquals(9, loaded.areas().size(), "the nine built-in areas of the Scope step");
    }

    @Test
    void blankTextIsRefusedAndNothingIsStored() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> service.addFinding(
                Finding.captured("  \t ", Optional.empty(), NeedsGroup.OTHER, 3, 3, Optional.empty())));

        assertEquals("needs.error.textRequired", refused.messageKey());
        assertEquals(List.of(), reopened().findings());
    }

    @Test
    void anInvalidEditLeavesTheLastValidValueStored() {
        Finding finding = service.addFinding(Finding.captured("Late invoices", Optional.empty(), NeedsGroup.OTHER, 3, 3,
                Optional.empty()));
        Finding blank = new Finding(finding.id(), " ", finding.areaId(), finding.group(), 3, 3, finding.sessionId(),
                finding.status(), 0);

        assertThrows(InvalidInputException.class, () -> service.saveFinding(blank));
        assertEquals(List.of(finding), reopened().findings());
    }

    @Test
    void aSessionWithoutADateOrWithTooLongNotesIsRefused() {
        NeedsSession undated = new NeedsSession(0, SessionType.SURVEY, null, List.of(), NeedsGroup.OTHER, "");
        NeedsSession session = service.addSession(NeedsSession.planned(SessionType.SURVEY, LocalDate.of(2026, 2, 1),
                NeedsGroup.OTHER));
        NeedsSession tooLong = new NeedsSession(session.id(), SessionType.SURVEY, LocalDate.of(2026, 2, 1), List.of(),
                NeedsGroup.OTHER, "n".repeat(10_001));

        assertEquals("needs.error.dateRequired", assertThrows(InvalidInputException.class,
                () -> service.addSession(undated)).messageKey());
        assertEquals("needs.error.tooLong", assertThrows(InvalidInputException.class,
                () -> service.saveSession(tooLong)).messageKey());
        assertEquals(List.of(session), reopened().sessions());
    }

    @Test
    void deleteAndRestoreOfFindingsAndSessions() {
        NeedsSession session = service.addSession(NeedsSession.planned(SessionType.INTERVIEW, LocalDate.of(2026, 2, 1),
                NeedsGroup.SENIOR_LEADERS));
        Finding finding = service.addFinding(Finding.captured("No budget view", Optional.empty(), NeedsGroup.SENIOR_LEADERS,
                4, 4, Optional.of(session.id())));

        service.deleteFinding(finding.id());
        service.deleteSession(session.id());
        NeedsAnalysis emptied = reopened();
        assertEquals(List.of(), emptied.findings());
        assertEquals(List.of(), emptied.sessions());

        service.restoreSession(session.id());
        service.restoreFinding(finding.id());
        NeedsAnalysis restored = reopened();
        assertEquals(List.of(finding), restored.findings());
        assertEquals(List.of(session), restored.sessions());
    }
}
