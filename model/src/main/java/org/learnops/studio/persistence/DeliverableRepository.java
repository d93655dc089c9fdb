package org.learnops.studio.persistence;

import java.util.List;
import java.util.Map;
import org.learnops.studio.domain.expectations.Deliverable;

/**
 * Stores the Expectations step's deliverables. Deleting only marks a custom deliverable deleted,
 * so an undo brings it back with its id and every field. Every write is one committed transaction.
 */
public interface DeliverableRepository {

    /** Deliverables not deleted: the eight in the article's order, then custom ones as added. */
    List<Deliverable> list();

    /** Stores a new custom deliverable at the end and returns it with its id. */
    Deliverable addCustom(Deliverable deliverable);

    void update(Deliverable deliverable);

    /** Marks a custom deliverable deleted; the eight cannot be deleted. */
    void delete(long id);

    /** Undo of {@link #delete}: the deliverable is back, unchanged, in its old place. */
    void restore(long id);

    /**
     * Names of deleted stakeholders who still own a deliverable, by id: the screen shows such an
     * owner as removed instead of silently dropping it.
     */
    Map<Long, String> removedOwnerNames();
}
