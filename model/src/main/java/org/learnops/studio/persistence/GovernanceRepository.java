package org.learnops.studio.persistence;

import java.util.List;
import java.util.Optional;
import org.learnops.studio.domain.governance.GovernanceBody;
import org.learnops.studio.domain.governance.GovernanceModel;
import org.learnops.studio.domain.governance.Raci;
import org.learnops.studio.domain.governance.RaciMatrix;
import org.learnops.studio.domain.governance.RaciProcess;
import org.learnops.studio.domain.governance.RaciRole;

/**
 * Stores the Governance step. Deleting only marks a record deleted, so undo brings it back with
 * its id; a deleted process or role keeps its cells, which come back with it.
 */
public interface GovernanceRepository {

    Optional<GovernanceModel> loadModel();

    /** Stores the chosen model; empty clears the choice. */
    void saveModel(Optional<GovernanceModel> model);

    /** Bodies not deleted, in the order added; members are stakeholders not deleted, in the order chosen. */
    List<GovernanceBody> bodies();

    GovernanceBody addBody(GovernanceBody body);

    /** Stores the body's fields and its members in one transaction. */
    void updateBody(GovernanceBody body);

    void deleteBody(long id);

    void restoreBody(long id);

    /** Processes and roles not deleted, in the order added, and the cells between them. */
    RaciMatrix loadMatrix();

    /** Adds processes and roles in one transaction; returns them with their ids, in the same order. */
    RaciMatrix add(List<RaciProcess> processes, List<RaciRole> roles);

    void updateProcess(RaciProcess process);

    void updateRole(RaciRole role);

    /** Marks processes and roles deleted (or not) in one transaction; their cells are kept. */
    void setDeleted(List<Long> processIds, List<Long> roleIds, boolean deleted);

    /** Sets one cell; empty clears it. */
    void setCell(long processId, long roleId, Optional<Raci> letter);
}
