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
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.champions.Champion;
import org.learnops.studio.domain.champions.EngagementEntry;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.error.InvalidInputException;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.WorkspaceFile;

class ChampionServiceTest {

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();

    @TempDir
    Path folder;

    private WorkspaceFile file;
    private Workspace workspace;
    private ChampionService service;
    private long ana;

    @BeforeEach
    void createWorkspace() {
        file = WorkspaceFile.of(folder.resolve("plan"));
        workspace = opener.create(file);
        service = new ChampionService(workspace.champions());
        ana = workspace.stakeholders().add(Stakeholder.named("Ana", StakeholderGroup.HR)).id();
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    private ChampionService reopened() {
        workspace.close();
        workspace = opener.open(file);
        service = new ChampionService(workspace.champions());
        return service;
    }

    @Test
    void aChampionIsAddedAndSaved() {
        Champion added = service.add(Champion.of(ana, "Retail", ""));
        Champion changed = new Champion(added.id(), ana, "Retail", "EMEA", Optional.empty(), "Hosts the pilot");

        service.save(changed);

        assertEquals(List.of(changed), reopened().list());
    }

    @Test
    void aTooLongCommitmentIsRefusedAndTheStoredOneIsKept() {
        Champion added = service.add(Champion.of(ana, "Retail", ""));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.save(
                new Champion(added.id(), ana, "Retail", "", Optional.empty(), "x".repeat(10_001))));

        assertEquals(List.of(Problem.of("commitment", "champions.error.tooLong", 10_000)), e.problems());
        assertEquals(List.of(added), reopened().list());
    }

    @Test
    void aChampionWithoutAStakeholderIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.add(Champion.of(0, "Retail", "")));

        assertEquals("champions.error.stakeholderRequired", e.messageKey());
        assertEquals(List.of(), reopened().list());
    }

    @Test
    void aBlankNoteIsRefusedAndNothingIsLogged() {
        Champion champion = service.add(Champion.of(ana, "Retail", ""));

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service.addEngagement(new EngagementEntry(0, champion.id(), LocalDate.of(2026, 5, 4), "   ")));

        assertEquals("champions.error.noteRequired", e.messageKey());
        assertEquals(List.of(), reopened().engagements());
    }

    @Test
    void entriesAreLoggedDeletedAndRestored() {
        Champion champion = service.add(Champion.of(ana, "Retail", ""));
        EngagementEntry entry = service.addEngagement(new EngagementEntry(0, champion.id(), LocalDate.of(2026, 5, 4), "Call"));

        service.deleteEngagement(entry.id());
        assertEquals(List.of(), reopened().engagements());
        service.restoreEngagement(entry.id());
        assertEquals(List.of(entry), reopened().engagements());
    }

    @Test
    void aChampionIsDeletedAndRestored() {
        Champion champion = service.add(Champion.of(ana, "Retail", ""));

        service.delete(champion.id());
        assertEquals(List.of(), reopened().list());
        service.restore(champion.id());
        assertEquals(List.of(champion), reopened().list());
    }
}
