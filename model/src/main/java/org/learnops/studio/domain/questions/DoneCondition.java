package org.learnops.studio.domain.questions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What shows that one of the four questions is answered in practice: e.g. "event fill rate ≥ 80 %
 * in Event management by 2027-06-30, owned by Dana".
 *
 * @param id           store identity (0 before it is stored)
 * @param question     the question it belongs to
 * @param metric       what is measured
 * @param scope        what part of the operation it is about
 * @param comparison   how the value is compared with the threshold
 * @param threshold    the target value, in the metric's unit
 * @param targetDate   by when it should hold, if set
 * @param ownerId      the stakeholder who owns it, if any
 */
public record DoneCondition(
        long id,
        KeyQuestion question,
        Metric metric,
        MetricScope scope,
        Comparison comparison,
        BigDecimal threshold,
        Optional<LocalDate> targetDate,
        Optional<Long> ownerId) {

    public DoneCondition {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(targetDate, "targetDate");
        Objects.requireNonNull(ownerId, "ownerId");
    }

    /** A new condition on {@code metric} with its usual comparison and threshold, for everything, no date, no owner. */
    public static DoneCondition usual(KeyQuestion question, Metric metric) {
        return new DoneCondition(0, question, metric, MetricScope.EVERYTHING, metric.usualComparison(),
                metric.usualThreshold(), Optional.empty(), Optional.empty());
    }

    public DoneCondition withId(long value) {
        return new DoneCondition(value, question, metric, scope, comparison, threshold, targetDate, ownerId);
    }
}
