package org.learnops.studio.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.needs.Finding;
import org.learnops.studio.domain.needs.FindingStatus;
import org.learnops.studio.domain.needs.NeedsGroup;
import org.learnops.studio.domain.needs.NeedsRules;
import org.learnops.studio.domain.needs.NeedsSession;
import org.learnops.studio.domain.needs.SessionType;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.NeedsAnalysisRepository;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.workspace.WorkspaceFile;

/** The needs analysis tables on a real H2 file; "reopened" means the workspace was closed and opened again. */
class JdbcNeedsAnalysisRepositoryTest {

    private static final LocalDate MARCH_12 = LocalDate.of(2026, 3, 12);

    @TempDir
    Path folder;

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();
    private WorkspaceFile file;
    private Workspace workspace;
    private NeedsAnalysisRepository needs;

    @BeforeEach
    void createWorkspace() {
        file = WorkspaceFile.of(folder.resolve("plan"));
        workspace = opener.create(file);
        needs = workspace.needsAnalysis();
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    private NeedsAnalysisRepository reopened() {
        workspace.close();
        workspace = opener.open(file);
        needs = workspace.needsAnalysis();
        return needs;
    }

    private long stakeholder(String name) {
        return workspace.stakeholders().add(Stakeholder.named(name, StakeholderGroup.SENIOR_LEADER)).id();
    }

    private static Finding finding(String text, Optional<Long> areaId, Optional<Long> sessionId) {
        return new Finding(0, text, areaId, NeedsGroup.LEARNING_OPS_STAFF, 4, 2, sessionId, FindingStatus.OPEN, 3);
    }

    @Test
    void aSessionWithParticipantsAndTenThousandCharactersOfNotesSurvivesAReopen() {
        long ana = stakeholder("Ana");
        long bo = stakeholder("Bo");
        String notes = ("Line one with ünïcödé, ’quotes’ and tabs\t;\n").repeat(250).substring(0, NeedsRules.MAX_NOTES_LENGTH);
        NeedsSession added = needs.addSession(new NeedsSession(0, SessionType.INTERVIEW, MARCH_12, List.of(bo, ana),
                NeedsGroup.SENIOR_LEADERS, notes));

        List<NeedsSession> stored = reopened().listSessions();

        assertEquals(List.of(added), stored);
        assertEquals(List.of(ana, bo), stored.get(0).participantIds());
        assertEquals(NeedsRules.MAX_NOTES_LENGTH, stored.get(0).notes().length());
        assertEquals(notes, stored.get(0).notes(), "kept character for character");
    }

    @Test
    void updatingASessionReplacesItsParticipants() {
        long ana = stakeholder("Ana");
        long bo = stakeholder("Bo");
        long cy = stakeholder("Cy");
        NeedsSession session = needs.addSession(new NeedsSession(0, SessionType.WORKSHOP, MARCH_12, List.of(ana, bo),
                NeedsGroup.OTHER, ""));
        NeedsSession changed = new NeedsSession(session.id(), SessionType.OBSERVATION, MARCH_12.plusDays(1),
                List.of(cy), NeedsGroup.LEARNING_OPS_STAFF, "Watched the LMS admin at work");

        needs.updateSession(changed);

        assertEquals(List.of(changed), reopened().listSessions());
    }

    @Test
    void aDeletedSessionComesBackWithItsIdAndFindingsStillNameIt() {
        long ana = stakeholder("Ana");
        NeedsSession session = needs.addSession(new NeedsSession(0, SessionType.SURVEY, MARCH_12, List.of(ana),
                NeedsGroup.OTHER, "Survey of 40 coordinators"));
        Finding finding = needs.addFinding(finding("Rooms double-booked", Optional.empty(), Optional.of(session.id())));

        needs.deleteSession(session.id());
        assertEquals(List.of(), reopened().listSessions());
        assertEquals(Optional.of(session.id()), needs.listFindings().get(0).sessionId(), "the finding keeps its source");

        needs.restoreSession(session.id());
        assertEquals(List.of(session), reopened().listSessions());
        assertEquals(List.of(finding), needs.listFindings());
    }

    @Test
    void findingsRoundTripWithAndWithoutAreaAndSessionInCaptureOrder() {
        NeedsSession session = needs.addSession(NeedsSession.planned(SessionType.WORKSHOP, MARCH_12, NeedsGroup.OTHER));
        long areaId = workspace.scope().loadAreas().get(4).id();
        Finding first = needs.addFinding(finding("  No single view of spend  ", Optional.of(areaId), Optional.of(session.id())));
        Finding second = needs.addFinding(finding("Approvals by e-mail", Optional.empty(), Optional.empty()));

        assertEquals("No single view of spend", first.text(), "stored without outer spaces");
        assertTrue(first.id() < second.id());
        assertEquals(List.of(first, second), reopened().listFindings());
    }

    @Test
    void everyFieldOfAFindingCanBeChanged() {
        Finding finding = needs.addFinding(finding("Slow approvals", Optional.empty(), Optional.empty()));
        NeedsSession session = needs.addSession(NeedsSession.planned(SessionType.INTERVIEW, MARCH_12, NeedsGroup.OTHER));
        long areaId = workspace.scope().loadAreas().get(0).id();
        Finding changed = new Finding(finding.id(), "Very slow approvals", Optional.of(areaId), NeedsGroup.SENIOR_LEADERS,
                5, 5, Optional.of(session.id()), FindingStatus.ADDRESSED, 9);

        needs.updateFinding(changed);
        assertEquals(List.of(changed), reopened().listFindings());

        Finding cleared = new Finding(finding.id(), "Very slow approvals", Optional.empty(), NeedsGroup.OTHER,
                1, 1, Optional.empty(), FindingStatus.OPEN, 0);
        needs.updateFinding(cleared);
        assertEquals(List.of(cleared), reopened().listFindings());
    }

    @Test
    void aDeletedFindingIsHiddenUntilRestoredAndCannotBeChangedMeanwhile() {
        Finding kept = needs.addFinding(finding("Kept", Optional.empty(), Optional.empty()));
        Finding deleted = needs.addFinding(finding("Deleted", Optional.empty(), Optional.empty()));

        needs.deleteFinding(deleted.id());
        assertEquals(List.of(kept), reopened().listFindings());
        StudioException gone = assertThrows(StudioException.class, () -> needs.updateFinding(deleted.withVote(1)));
        assertEquals("needs.error.findingGone", gone.messageKey());

        needs.restoreFinding(deleted.id());
        assertEquals(List.of(kept, deleted), reopened().listFindings());
    }

    @Test
    void theDatabaseRefusesWhatTheRulesRefuse() {
        Finding negative = new Finding(0, "pain", Optional.empty(), NeedsGroup.OTHER, 3, 3, Optional.empty(),
                FindingStatus.OPEN, -1);
        Finding blank = new Finding(0, "   ", Optional.empty(), NeedsGroup.OTHER, 3, 3, Optional.empty(),
                FindingStatus.OPEN, 0);
        Finding severe = new Finding(0, "pain", Optional.empty(), NeedsGroup.OTHER, 6, 3, Optional.empty(),
                FindingStatus.OPEN, 0);

        assertThrows(StudioException.class, () -> needs.addFinding(negative));
        assertThrows(StudioException.class, () -> needs.addFinding(blank));
        assertThrows(StudioException.class, () -> needs.addFinding(severe));
        assertEquals(List.of(), reopened().listFindings());
    }

    @Test
    void changingOrDeletingASessionThatDoesNotExistFails() {
        NeedsSession ghost = NeedsSession.planned(SessionType.WORKSHOP, MARCH_12, NeedsGroup.OTHER).withId(42);

        assertEquals("needs.error.sessionGone", assertThrows(StudioException.class, () -> needs.updateSession(ghost)).messageKey());
        assertEquals("needs.error.sessionGone", assertThrows(StudioException.class, () -> needs.deleteSession(42)).messageKey());
    }
}
