package org.learnops.studio.persistence;

import java.util.List;
import org.learnops.studio.domain.stakeholder.Stakeholder;

/**
 * Stores the stakeholder register. Deleting only marks a stakeholder deleted, so an undo (and
 * everything that refers to them: owners, session participants, champions) comes back intact.
 */
public interface StakeholderRepository {

    /** Stakeholders not deleted, in the order they were added. */
    List<Stakeholder> list();

    /** Stores a new stakeholder and returns it with its id. */
    Stakeholder add(Stakeholder stakeholder);

    void update(Stakeholder stakeholder);

    void delete(long id);

    void restore(long id);
}
