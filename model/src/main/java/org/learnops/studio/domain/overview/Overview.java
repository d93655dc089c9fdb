package org.learnops.studio.domain.overview;

import java.util.List;

/** The strategy at a glance: every step's progress and every warning, in step order. */
public record Overview(List<StepProgress> steps, List<Warning> warnings) {

    public Overview {
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
    }
}
