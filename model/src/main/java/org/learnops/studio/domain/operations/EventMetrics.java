package org.learnops.studio.domain.operations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.learnops.studio.domain.questions.FigureSource;
import org.learnops.studio.domain.questions.Metric;

/**
 * The strategy's event metrics, computed from the counts of one scope. Every figure is empty when
 * its denominator is zero: no data is not the same as 0 %.
 *
 * <ul>
 * <li>EVENT_FILL_RATE: places held (enrolled, attended, no-show) ÷ capacity, over events not
 * cancelled whose status is OPEN, RUNNING or COMPLETED (planned events are not yet selling places).</li>
 * <li>ATTENDANCE_RATE: "attended" marks ÷ all attendance marks.</li>
 * <li>NO_SHOW_RATE: "no-show" marks ÷ all attendance marks.</li>
 * <li>SESSIONS_CANCELLED: sessions cancelled, themselves or with their event, ÷ all sessions.</li>
 * <li>WAITLIST_CONVERSION: enrolments that were ever waitlisted and now hold a place ÷ all ever waitlisted.</li>
 * <li>COST_PER_ATTENDED_LEARNER: cost of the events with at least one "attended" mark ÷ distinct
 * (person, event) pairs with an "attended" mark. Money is never converted: only cost lines in the
 * currency used by most of those events' cost lines count (ties go to the alphabetically first code),
 * so a figure never adds euros to dollars; lines in other currencies are left out of it.</li>
 * </ul>
 * Percentages have one decimal, money two (half up).
 */
public final class EventMetrics {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EventMetrics() {
    }

    /** The metric's value from {@code totals}; empty for metrics not fed by events, or when nothing counts yet. */
    public static Optional<BigDecimal> value(Metric metric, EventTotals totals) {
        if (metric.source() != FigureSource.EVENTS) {
            return Optional.empty();
        }
        long marks = totals.attendedMarks() + totals.noShowMarks();
        return switch (metric) {
            case EVENT_FILL_RATE -> percent(totals.placesHeld(), totals.capacity());
            case ATTENDANCE_RATE -> percent(totals.attendedMarks(), marks);
            case NO_SHOW_RATE -> percent(totals.noShowMarks(), marks);
            case SESSIONS_CANCELLED -> percent(totals.cancelledSessions(), totals.sessions());
            case WAITLIST_CONVERSION -> percent(totals.waitlistConverted(), totals.everWaitlisted());
            case COST_PER_ATTENDED_LEARNER -> totals.attendedLearners() == 0 || totals.currency().isEmpty()
                    ? Optional.empty()
                    : Optional.of(totals.cost().divide(BigDecimal.valueOf(totals.attendedLearners()), 2,
                            RoundingMode.HALF_UP));
            default -> Optional.empty();
        };
    }

    private static Optional<BigDecimal> percent(long part, long whole) {
        if (whole == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(part).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }
}
