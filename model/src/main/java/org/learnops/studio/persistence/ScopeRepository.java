package org.learnops.studio.persistence;

import java.util.List;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.Strategy;

/** Stores the Scope step. Every write is one committed transaction. */
public interface ScopeRepository {

    Strategy loadStrategy();

    void saveStrategy(Strategy strategy);

    /** All areas in display order: the nine built-in ones first, then custom ones as added. */
    List<ActivityArea> loadAreas();

    /** Adds a custom area at the end and returns it with its id. */
    ActivityArea addCustomArea(ActivityArea area);

    void updateArea(ActivityArea area);

    void deleteArea(long id);

    /** Puts a deleted custom area back with its old id (undo of a removal), at the end of the list. */
    void restoreCustomArea(ActivityArea area);
}
