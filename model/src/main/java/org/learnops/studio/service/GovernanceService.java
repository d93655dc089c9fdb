package org.learnops.studio.service;

import java.util.List;
import java.util.Optional;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.governance.GovernanceBody;
import org.learnops.studio.domain.governance.GovernanceModel;
import org.learnops.studio.domain.governance.GovernanceRules;
import org.learnops.studio.domain.governance.Raci;
import org.learnops.studio.domain.governance.RaciMatrix;
import org.learnops.studio.domain.governance.RaciProcess;
import org.learnops.studio.domain.governance.RaciRole;
import org.learnops.studio.error.InvalidInputException;
import org.learnops.studio.persistence.GovernanceRepository;

/** The Governance step's use cases; every change is checked with {@link GovernanceRules}, then stored at once. */
public class GovernanceService {

    private final GovernanceRepository repository;

    public GovernanceService(GovernanceRepository repository) {
        this.repository = repository;
    }

    public Optional<GovernanceModel> loadModel() {
        return repository.loadModel();
    }

    public void saveModel(Optional<GovernanceModel> model) {
        repository.saveModel(model);
    }

    public List<GovernanceBody> bodies() {
        return repository.bodies();
    }

    public GovernanceBody addBody(GovernanceBody body) {
        refuse(GovernanceRules.check(body));
        return repository.addBody(body);
    }

    public void saveBody(GovernanceBody body) {
        refuse(GovernanceRules.check(body));
        repository.updateBody(body);
    }

    public void deleteBody(long id) {
        repository.deleteBody(id);
    }

    public void restoreBody(long id) {
        repository.restoreBody(id);
    }

    public RaciMatrix loadMatrix() {
        return repository.loadMatrix();
    }

    public RaciProcess addProcess(RaciProcess process) {
        refuse(GovernanceRules.check(process));
        return repository.add(List.of(process), List.of()).processes().get(0);
    }

    public void saveProcess(RaciProcess process) {
        refuse(GovernanceRules.check(process));
        repository.updateProcess(process);
    }

    public RaciRole addRole(RaciRole role) {
        refuse(GovernanceRules.check(role, repository.loadMatrix().roles()));
        return repository.add(List.of(), List.of(role)).roles().get(0);
    }

    public void saveRole(RaciRole role) {
        refuse(GovernanceRules.check(role, repository.loadMatrix().roles()));
        repository.updateRole(role);
    }

    /**
     * Adds the starter processes and roles the matrix lacks, in one transaction.
     *
     * @return what was added, with ids (empty when nothing was missing)
     */
    public GovernanceRules.Starter addStarter(List<RaciProcess> processes, List<RaciRole> roles) {
        GovernanceRules.Starter missing = GovernanceRules.missingStarter(repository.loadMatrix(), processes, roles);
        if (missing.isEmpty()) {
            return missing;
        }
        missing.processes().forEach(process -> refuse(GovernanceRules.check(process)));
        RaciMatrix added = repository.add(missing.processes(), missing.roles());
        return new GovernanceRules.Starter(added.processes(), added.roles());
    }

    /** Marks processes and roles deleted in one transaction; their cells are kept for {@link #restore}. */
    public void delete(List<Long> processIds, List<Long> roleIds) {
        repository.setDeleted(processIds, roleIds, true);
    }

    public void restore(List<Long> processIds, List<Long> roleIds) {
        repository.setDeleted(processIds, roleIds, false);
    }

    public void setCell(long processId, long roleId, Optional<Raci> letter) {
        repository.setCell(processId, roleId, letter);
    }

    private static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
