package org.learnops.studio.service;

import java.util.List;
import java.util.Map;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.expectations.Deliverable;
import org.learnops.studio.domain.expectations.DeliverableRules;
import org.learnops.studio.error.InvalidInputException;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.DeliverableRepository;

/** The Expectations step's use cases: every change is checked against {@link DeliverableRules}, then stored at once. */
public class DeliverableService {

    private final DeliverableRepository repository;

    public DeliverableService(DeliverableRepository repository) {
        this.repository = repository;
    }

    /** The eight deliverables in the article's order, then the custom ones as added. */
    public List<Deliverable> list() {
        return repository.list();
    }

    /** Adds a custom deliverable (included, not started) and returns it with its id. */
    public Deliverable addCustom(String title) {
        Deliverable deliverable = Deliverable.custom(title == null ? "" : title.strip());
        refuse(DeliverableRules.check(deliverable, repository.list()));
        return repository.addCustom(deliverable);
    }

    public void save(Deliverable deliverable) {
        refuse(DeliverableRules.check(deliverable, repository.list()));
        repository.update(deliverable);
    }

    /** Deletes a custom deliverable; {@link #restore} undoes it with everything intact. */
    public void delete(Deliverable deliverable) {
        refuseBuiltIn(deliverable);
        repository.delete(deliverable.id());
    }

    /** Undo of {@link #delete}; refused if another custom deliverable has taken its title meanwhile. */
    public void restore(Deliverable deliverable) {
        refuseBuiltIn(deliverable);
        refuse(DeliverableRules.check(deliverable, repository.list()));
        repository.restore(deliverable.id());
    }

    /** Deleted stakeholders who still own a deliverable: id to name. */
    public Map<Long, String> removedOwnerNames() {
        return repository.removedOwnerNames();
    }

    private static void refuseBuiltIn(Deliverable deliverable) {
        if (!deliverable.isCustom()) {
            throw new StudioException("expectations.error.builtInCannotBeDeleted");
        }
    }

    private static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
