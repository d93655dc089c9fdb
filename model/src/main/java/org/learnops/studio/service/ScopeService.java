package org.learnops.studio.service;

import java.util.List;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.Scope;
import org.learnops.studio.domain.scope.ScopeRules;
import org.learnops.studio.domain.scope.Strategy;
import org.learnops.studio.error.InvalidInputException;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.ScopeRepository;

/** The Scope step's use cases: every change is checked against {@link ScopeRules}, then stored at once. */
public class ScopeService {

    static final int NEW_AREA_RATING = 3;

    private final ScopeRepository repository;

    public ScopeService(ScopeRepository repository) {
        this.repository = repository;
    }

    public Scope load() {
        return new Scope(repository.loadStrategy(), repository.loadAreas());
    }

    public void saveStrategy(Strategy strategy) {
        refuse(ScopeRules.check(strategy));
        repository.saveStrategy(strategy);
    }

    /** Adds a custom area (in scope, medium impact and effort) and returns it with its id. */
    public ActivityArea addCustomArea(String name) {
        ActivityArea area = new ActivityArea(0, null, name == null ? "" : name.strip(), true, "",
                NEW_AREA_RATING, NEW_AREA_RATING);
        refuse(ScopeRules.check(area, repository.loadAreas()));
        return repository.addCustomArea(area);
    }

    public void saveArea(ActivityArea area) {
        refuse(ScopeRules.check(area, repository.loadAreas()));
        repository.updateArea(area);
    }

    public void removeCustomArea(ActivityArea area) {
        if (!area.isCustom()) {
            throw new StudioException("scope.error.builtInCannotBeRemoved");
        }
        repository.deleteArea(area.id());
    }

    /** Undo of {@link #removeCustomArea}: the area comes back with its id. */
    public void restoreCustomArea(ActivityArea area) {
        if (!area.isCustom()) {
            throw new StudioException("scope.error.builtInCannotBeRemoved");
        }
        refuse(ScopeRules.check(area, repository.loadAreas()));
        repository.restoreCustomArea(area);
    }

    private static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
