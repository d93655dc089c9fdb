package org.learnops.studio.domain.questions;

import java.util.Objects;
import java.util.Optional;

/**
 * What part of the operation a figure is about: everything (both empty), one activity area of the
 * Scope step, one business area (free text, compared ignoring case and outer spaces), or both.
 */
public record MetricScope(Optional<Long> activityAreaId, String businessArea) {

    public static final MetricScope EVERYTHING = new MetricScope(Optional.empty(), "");

    public MetricScope {
        Objects.requireNonNull(activityAreaId, "activityAreaId");
        businessArea = businessArea == null ? "" : businessArea.strip();
    }

    public boolean isEverything() {
        return activityAreaId.isEmpty() && businessArea.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MetricScope scope && activityAreaId.equals(scope.activityAreaId)
                && businessArea.equalsIgnoreCase(scope.businessArea);
    }

    @Override
    public int hashCode() {
        return Objects.hash(activityAreaId, businessArea.toLowerCase(java.util.Locale.ROOT));
    }
}
