package org.learnops.studio.domain.questions;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One done-condition's state today.
 *
 * @param condition the condition evaluated
 * @param value     the metric's current value for the condition's scope; empty when there is no data
 * @param status    met, not met or no data yet
 * @param overdue   not met (or no data) and its target date has passed
 * @param signal    the traffic light the screen shows
 */
public record Evaluation(DoneCondition condition, Optional<BigDecimal> value, ConditionStatus status, boolean overdue,
                         Signal signal) {

    public Evaluation {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(signal, "signal");
    }
}
