package org.learnops.studio.domain.questions;

import java.math.BigDecimal;

/**
 * The catalogue of measures a done-condition can use: what it is called, its unit (and so its
 * valid range), where its figures come from, and the target a new condition starts with.
 */
public enum Metric {
    EVENT_FILL_RATE("metric.eventFillRate", "Event fill rate", MetricUnit.PERCENT, FigureSource.EVENTS,
            Comparison.AT_LEAST, "80"),
    ATTENDANCE_RATE("metric.attendanceRate", "Attendance rate", MetricUnit.PERCENT, FigureSource.EVENTS,
            Comparison.AT_LEAST, "90"),
    NO_SHOW_RATE("metric.noShowRate", "No-show rate", MetricUnit.PERCENT, FigureSource.EVENTS,
            Comparison.AT_MOST, "10"),
    SESSIONS_CANCELLED("metric.sessionsCancelled", "Sessions cancelled %", MetricUnit.PERCENT, FigureSource.EVENTS,
            Comparison.AT_MOST, "5"),
    WAITLIST_CONVERSION("metric.waitlistConversion", "Waitlist conversion", MetricUnit.PERCENT, FigureSource.EVENTS,
            Comparison.AT_LEAST, "50"),
    COST_PER_ATTENDED_LEARNER("metric.costPerAttendedLearner", "Cost per attended learner", MetricUnit.MONEY,
            FigureSource.EVENTS, Comparison.AT_MOST, "500"),
    BUDGET_VARIANCE("metric.budgetVariance", "Budget variance %", MetricUnit.PERCENT, FigureSource.BUDGETS,
            Comparison.AT_MOST, "5"),
    REQUEST_SLA_MET("metric.requestSlaMet", "Request SLA met %", MetricUnit.PERCENT, FigureSource.REQUESTS,
            Comparison.AT_LEAST, "95"),
    CONTENT_REVIEWS_OVERDUE("metric.contentReviewsOverdue", "Content reviews overdue", MetricUnit.COUNT,
            FigureSource.CONTENT, Comparison.EQUAL, "0"),
    COMPLIANCE_COMPLETION("metric.complianceCompletion", "Compliance completion %", MetricUnit.PERCENT,
            FigureSource.COMPLIANCE, Comparison.AT_LEAST, "98");

    private final String messageKey;
    private final String canonicalName;
    private final MetricUnit unit;
    private final FigureSource source;
    private final Comparison usualComparison;
    private final BigDecimal usualThreshold;

    Metric(String messageKey, String canonicalName, MetricUnit unit, FigureSource source, Comparison usualComparison,
           String usualThreshold) {
        this.messageKey = messageKey;
        this.canonicalName = canonicalName;
        this.unit = unit;
        this.source = source;
        this.usualComparison = usualComparison;
        this.usualThreshold = new BigDecimal(usualThreshold);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The English name, for warnings the overview lists. */
    public String canonicalName() {
        return canonicalName;
    }

    public MetricUnit unit() {
        return unit;
    }

    public FigureSource source() {
        return source;
    }

    /** How a new condition on this metric compares, e.g. fill rate "at least". */
    public Comparison usualComparison() {
        return usualComparison;
    }

    /** The threshold a new condition on this metric starts with, e.g. fill rate 80 %. */
    public BigDecimal usualThreshold() {
        return usualThreshold;
    }
}
