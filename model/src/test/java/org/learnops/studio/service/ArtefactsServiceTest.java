package org.learnops.studio.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.artefacts.Direction;
import org.learnops.studio.domain.artefacts.EcosystemMap;
import org.learnops.studio.domain.artefacts.GlossaryTerm;
import org.learnops.studio.domain.artefacts.LearningSystem;
import org.learnops.studio.domain.artefacts.SystemType;
import org.learnops.studio.error.InvalidInputException;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.WorkspaceFile;

class ArtefactsServiceTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private ArtefactsService service;

    @BeforeEach
    void open() {
        workspace = new JdbcWorkspaceOpener().create(WorkspaceFile.of(folder.resolve("plan")));
        service = new ArtefactsService(workspace.artefacts());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aTermTakenInAnotherCaseIsRefusedAndNothingIsStored() {
        service.addTerm("  Cohort ");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> service.addTerm("COHORT"));
        assertEquals("artefacts.error.termTaken", refused.messageKey());
        assertEquals(List.of("Cohort"), service.load().glossary().stream().map(GlossaryTerm::term).toList());
    }

    @Test
    void aDeletedTermIsNotRestoredOverANewTermOfTheSameName() {
        GlossaryTerm first = service.addTerm("SLA");
        service.deleteTerm(first);
        service.addTerm("sla");
        assertThrows(InvalidInputException.class, () -> service.restoreTerm(first));
        assertEquals(1, service.load().glossary().size());
    }

    @Test
    void newSystemsGetFreePlacesThatDoNotOverlap() {
        LearningSystem first = service.addSystem("LMS", SystemType.LMS);
        LearningSystem second = service.addSystem("HRIS", SystemType.HRIS);
        assertEquals(EcosystemMap.MARGIN, first.x());
        assertNotEquals(first.x(), second.x());
        service.saveSystem(first.at(second.x() + 400, 300)); // dragged away: its old place is free again
        assertEquals(EcosystemMap.MARGIN, service.addSystem("LXP", SystemType.LXP).x());
    }

    @Test
    void anIntegrationOfASystemWithItselfOrABlankSystemNameIsRefused() {
        LearningSystem lms = service.addSystem("LMS", SystemType.LMS);
        assertThrows(InvalidInputException.class, () -> service.addIntegration(lms.id(), lms.id(), "x", Direction.ONE_WAY));
        assertThrows(InvalidInputException.class, () -> service.addSystem("   ", SystemType.OTHER));
        assertEquals(List.of(), service.load().integrations());
    }

    @Test
    void deletingASystemLeavesItsIntegrationAsAWarningUntilItIsRestored() {
        LearningSystem lms = service.addSystem("LMS", SystemType.LMS);
        LearningSystem hris = service.addSystem("HRIS", SystemType.HRIS);
        service.addIntegration(hris.id(), lms.id(), "people", Direction.ONE_WAY);
        service.deleteSystem(hris);
        assertEquals(List.of("artefacts.warning.integrationBroken"),
                service.warnings(java.time.LocalDate.of(2027, 1, 1)).stream().map(p -> p.messageKey()).toList());
        service.restoreSystem(hris);
        assertEquals(List.of(), service.warnings(java.time.LocalDate.of(2027, 1, 1)));
        assertEquals(2, service.completeness().systems());
    }
}
