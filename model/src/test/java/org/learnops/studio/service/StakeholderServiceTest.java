package org.learnops.studio.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.domain.stakeholder.Stance;
import org.learnops.studio.error.InvalidInputException;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.WorkspaceFile;

class StakeholderServiceTest {

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();

    @TempDir
    Path folder;

    private WorkspaceFile file;
    private Workspace workspace;
    private StakeholderService service;

    @BeforeEach
    void createWorkspace() {
        file = WorkspaceFile.of(folder.resolve("plan"));
        workspace = opener.create(file);
        service = new StakeholderService(workspace.stakeholders());
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    private List<Stakeholder> reopened() {
        workspace.close();
        workspace = opener.open(file);
        service = new StakeholderService(workspace.stakeholders());
        return service.list();
    }

    @Test
    void aValidStakeholderIsAddedAndSaved() {
        Stakeholder ana = service.add(Stakeholder.named("Ana", StakeholderGroup.HR));
        Stakeholder changed = new Stakeholder(ana.id(), "Ana", "HRBP", StakeholderGroup.HR, "Retail", "EMEA", 4, 4,
                Stance.SUPPORTER, "ana@example.com");

        service.save(changed);

        assertEquals(List.of(changed), reopened());
    }

    @Test
    void aBlankNameIsRefusedOnAddAndNothingIsStored() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service.add(Stakeholder.named("   ", StakeholderGroup.HR)));

        assertEquals(List.of(Problem.of("name", "stakeholder.error.nameRequired")), e.problems());
        assertEquals(List.of(), reopened());
    }

    @Test
    void anInvalidSaveIsRefusedAndTheStoredStakeholderIsKept() {
        Stakeholder ana = service.add(Stakeholder.named("Ana", StakeholderGroup.HR));
        Stakeholder broken = new Stakeholder(ana.id(), "", "", StakeholderGroup.HR, "", "", 0, 3, Stance.NEUTRAL, "ana@");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.save(broken));

        assertEquals(List.of("name", "influence", "email"), e.problems().stream().map(Problem::field).toList());
        assertEquals(List.of(ana), reopened());
    }

    @Test
    void aDuplicateNameIsOnlyAWarningAndIsStored() {
        service.add(Stakeholder.named("Ana", StakeholderGroup.HR));

        service.add(Stakeholder.named("ana", StakeholderGroup.IT));

        assertEquals(2, reopened().size());
    }

    @Test
    void deleteAndRestore() {
        Stakeholder ana = service.add(Stakeholder.named("Ana", StakeholderGroup.HR));

        service.delete(ana.id());
        assertEquals(List.of(), reopened());
        service.restore(ana.id());
        assertEquals(List.of(ana), reopened());
    }
}
