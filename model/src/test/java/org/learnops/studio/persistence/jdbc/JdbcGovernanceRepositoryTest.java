package org.learnops.studio.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.governance.GovernanceBody;
import org.learnops.studio.domain.governance.GovernanceModel;
import org.learnops.studio.domain.governance.Raci;
import org.learnops.studio.domain.governance.RaciCell;
import org.learnops.studio.domain.governance.RaciMatrix;
import org.learnops.studio.domain.governance.RaciProcess;
import org.learnops.studio.domain.governance.RaciRole;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.GovernanceRepository;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.workspace.WorkspaceFile;

/** The Governance step on a real H2 file, closed and reopened. */
class JdbcGovernanceRepositoryTest {

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();

    @TempDir
    Path folder;

    private WorkspaceFile file;
    private Workspace workspace;
    private GovernanceRepository governance;

    @BeforeEach
    void createWorkspace() {
        file = WorkspaceFile.of(folder.resolve("plan"));
        workspace = opener.create(file);
        governance = workspace.governance();
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    private void reopen() {
        workspace.close();
        workspace = opener.open(file);
        governance = workspace.governance();
    }

    private long areaId() {
        return workspace.scope().loadAreas().get(0).id();
    }

    @Test
    void theModelChoiceIsKeptAndCanBeCleared() {
        assertEquals(Optional.empty(), governance.loadModel());
        governance.saveModel(Optional.of(GovernanceModel.FEDERATED));
        reopen();
        assertEquals(Optional.of(GovernanceModel.FEDERATED), governance.loadModel());
        governance.saveModel(Optional.empty());
        reopen();
        assertEquals(Optional.empty(), governance.loadModel());
    }

    @Test
    void bodiesWithMembersAndLongTextRoundTrip() {
        Stakeholder ana = workspace.stakeholders().add(Stakeholder.named("Ana", StakeholderGroup.HR));
        Stakeholder bo = workspace.stakeholders().add(Stakeholder.named("Bo", StakeholderGroup.IT));
        String tenThousand = "Decides.\n".repeat(1_111) + "x";
        GovernanceBody council = governance.addBody(new GovernanceBody(0, "  LearnOps council ", "Steers", " Monthly ",
                List.of(bo.id(), ana.id()), tenThousand));
        assertEquals(10_000, tenThousand.length());
        reopen();
        GovernanceBody stored = governance.bodies().get(0);
        assertEquals(new GovernanceBody(council.id(), "LearnOps council", "Steers", "Monthly", List.of(bo.id(), ana.id()),
                tenThousand), stored);

        governance.updateBody(new GovernanceBody(council.id(), "Council", "", "", List.of(ana.id()), ""));
        reopen();
        assertEquals(List.of(ana.id()), governance.bodies().get(0).memberIds());
        assertEquals("Council", governance.bodies().get(0).name());
    }

    @Test
    void aDeletedStakeholderLeavesTheBodyAndComesBackWithUndo() {
        Stakeholder ana = workspace.stakeholders().add(Stakeholder.named("Ana", StakeholderGroup.HR));
        Stakeholder bo = workspace.stakeholders().add(Stakeholder.named("Bo", StakeholderGroup.IT));
        GovernanceBody council = governance.addBody(new GovernanceBody(0, "Council", "", "", List.of(ana.id(), bo.id()), ""));
        workspace.stakeholders().delete(ana.id());
        assertEquals(List.of(bo.id()), governance.bodies().get(0).memberIds());
        governance.updateBody(new GovernanceBody(council.id(), "Council 2", "", "", List.of(bo.id()), ""));
        workspace.stakeholders().restore(ana.id());
        reopen();
        assertEquals(List.of(ana.id(), bo.id()), governance.bodies().get(0).memberIds());
    }

    @Test
    void aDeletedBodyComesBackWithItsId() {
        GovernanceBody council = governance.addBody(GovernanceBody.named("Council"));
        governance.deleteBody(council.id());
        reopen();
        assertEquals(List.of(), governance.bodies());
        governance.restoreBody(council.id());
        assertEquals(List.of(council), governance.bodies());
        assertThrows(StudioException.class, () -> governance.deleteBody(999));
    }

    @Test
    void theMatrixRoundTripsAndADeletedRoleTakesItsCellsAlongUntilRestored() {
        long area = areaId();
        RaciMatrix added = governance.add(List.of(new RaciProcess(0, area, " Approve a training request ")),
                List.of(new RaciRole(0, "Central LearnOps"), new RaciRole(0, "HR")));
        RaciProcess approve = added.processes().get(0);
        RaciRole central = added.roles().get(0);
        RaciRole hr = added.roles().get(1);
        assertEquals("Approve a training request", approve.name());
        governance.setCell(approve.id(), central.id(), Optional.of(Raci.A));
        governance.setCell(approve.id(), hr.id(), Optional.of(Raci.C));
        governance.setCell(approve.id(), hr.id(), Optional.of(Raci.R));
        reopen();
        RaciMatrix matrix = governance.loadMatrix();
        assertEquals(List.of(approve), matrix.processes());
        assertEquals(List.of(central, hr), matrix.roles());
        assertEquals(List.of(new RaciCell(approve.id(), central.id(), Raci.A), new RaciCell(approve.id(), hr.id(), Raci.R)),
                matrix.cells());

        governance.setDeleted(List.of(), List.of(hr.id()), true);
        reopen();
        assertEquals(List.of(central), governance.loadMatrix().roles());
        assertEquals(1, governance.loadMatrix().cells().size());
        governance.setDeleted(List.of(), List.of(hr.id()), false);
        assertEquals(Optional.of(Raci.R), governance.loadMatrix().letter(approve.id(), hr.id()));

        governance.setCell(approve.id(), hr.id(), Optional.empty());
        governance.updateRole(hr.withName("People team"));
        governance.updateProcess(approve.withName("Approve a request"));
        reopen();
        assertEquals(Optional.empty(), governance.loadMatrix().letter(approve.id(), hr.id()));
        assertEquals("People team", governance.loadMatrix().roles().get(1).name());
        assertEquals("Approve a request", governance.loadMatrix().processes().get(0).name());
    }

    @Test
    void manyProcessesAndRolesAreDeletedAndRestoredTogether() {
        long area = areaId();
        RaciMatrix added = governance.add(List.of(new RaciProcess(0, area, "P1"), new RaciProcess(0, area, "P2")),
                List.of(new RaciRole(0, "R1")));
        List<Long> processIds = added.processes().stream().map(RaciProcess::id).toList();
        governance.setDeleted(processIds, List.of(added.roles().get(0).id()), true);
        assertEquals(RaciMatrix.empty(), governance.loadMatrix());
        assertThrows(StudioException.class, () -> governance.setDeleted(List.of(processIds.get(0), 12345L), List.of(), false));
        assertEquals(RaciMatrix.empty(), governance.loadMatrix(), "nothing restored when one id is unknown: one transaction");
        governance.setDeleted(processIds, List.of(added.roles().get(0).id()), false);
        assertEquals(added, governance.loadMatrix());
    }
}
