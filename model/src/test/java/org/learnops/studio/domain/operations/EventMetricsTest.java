package org.learnops.studio.domain.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learnops.studio.domain.questions.Metric;

class EventMetricsTest {

    private static final EventTotals TOTALS = new EventTotals(5, 14, 3, 1, 3, 1, 4, 3, new BigDecimal("400.00"), "EUR", 3);

    private static Optional<BigDecimal> value(Metric metric, EventTotals totals) {
        return EventMetrics.value(metric, totals);
    }

    @Test
    void percentagesAreShareTimesHundredWithOneDecimal() {
        assertEquals(Optional.of(new BigDecimal("35.7")), value(Metric.EVENT_FILL_RATE, TOTALS));
        assertEquals(Optional.of(new BigDecimal("75.0")), value(Metric.ATTENDANCE_RATE, TOTALS));
        assertEquals(Optional.of(new BigDecimal("25.0")), value(Metric.NO_SHOW_RATE, TOTALS));
        assertEquals(Optional.of(new BigDecimal("33.3")), value(Metric.SESSIONS_CANCELLED, TOTALS));
        assertEquals(Optional.of(new BigDecimal("75.0")), value(Metric.WAITLIST_CONVERSION, TOTALS));
    }

    @Test
    void costPerAttendedLearnerHasTwoDecimals() {
        assertEquals(Optional.of(new BigDecimal("133.33")), value(Metric.COST_PER_ATTENDED_LEARNER, TOTALS));
        EventTotals noCosts = new EventTotals(5, 14, 3, 1, 3, 1, 4, 3, BigDecimal.ZERO, "", 3);
        assertEquals(Optional.empty(), value(Metric.COST_PER_ATTENDED_LEARNER, noCosts), "no cost recorded is no data");
    }

    @Test
    void aZeroDenominatorIsNoDataNotZeroPercent() {
        for (Metric metric : Metric.values()) {
            assertEquals(Optional.empty(), value(metric, EventTotals.NONE), metric.name());
        }
        EventTotals onlyNoShows = new EventTotals(0, 10, 0, 2, 0, 0, 0, 0, BigDecimal.ZERO, "", 0);
        assertEquals(Optional.of(new BigDecimal("0.0")), value(Metric.EVENT_FILL_RATE, onlyNoShows));
        assertEquals(Optional.of(new BigDecimal("0.0")), value(Metric.ATTENDANCE_RATE, onlyNoShows));
        assertEquals(Optional.of(new BigDecimal("100.0")), value(Metric.NO_SHOW_RATE, onlyNoShows));
    }

    @Test
    void metricsOfOtherSourcesHaveNoDataHere() {
        assertEquals(Optional.empty(), value(Metric.BUDGET_VARIANCE, TOTALS));
        assertEquals(Optional.empty(), value(Metric.REQUEST_SLA_MET, TOTALS));
        assertEquals(Optional.empty(), value(Metric.COMPLIANCE_COMPLETION, TOTALS));
    }
}
