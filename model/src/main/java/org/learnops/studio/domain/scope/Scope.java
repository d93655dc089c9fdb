package org.learnops.studio.domain.scope;

import java.util.List;

/** Everything the Scope step holds: the strategy's form and its activity areas, in display order. */
public record Scope(Strategy strategy, List<ActivityArea> areas) {

    public Scope {
        areas = List.copyOf(areas);
    }
}
