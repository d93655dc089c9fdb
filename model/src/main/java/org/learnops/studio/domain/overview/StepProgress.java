package org.learnops.studio.domain.overview;

import java.util.List;

/** How complete one step is: its checks, done or missing. */
public record StepProgress(StrategyStep step, List<Check> checks) {

    public StepProgress {
        checks = List.copyOf(checks);
    }

    public long done() {
        return checks.stream().filter(Check::done).count();
    }

    public int total() {
        return checks.size();
    }

    public List<Check> missing() {
        return checks.stream().filter(check -> !check.done()).toList();
    }
}
