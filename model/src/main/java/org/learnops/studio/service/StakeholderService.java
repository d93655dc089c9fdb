package org.learnops.studio.service;

import java.util.List;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderRules;
import org.learnops.studio.error.InvalidInputException;
import org.learnops.studio.persistence.StakeholderRepository;

/** The stakeholder register's use cases; every change is checked, then stored at once. */
public class StakeholderService {

    private final StakeholderRepository repository;

    public StakeholderService(StakeholderRepository repository) {
        this.repository = repository;
    }

    public List<Stakeholder> list() {
        return repository.list();
    }

    public Stakeholder add(Stakeholder stakeholder) {
        refuse(StakeholderRules.check(stakeholder));
        return repository.add(stakeholder);
    }

    public void save(Stakeholder stakeholder) {
        refuse(StakeholderRules.check(stakeholder));
        repository.update(stakeholder);
    }

    /** Marks the stakeholder deleted; {@link #restore(long)} undoes it with everything intact. */
    public void delete(long id) {
        repository.delete(id);
    }

    public void restore(long id) {
        repository.restore(id);
    }

    private static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
