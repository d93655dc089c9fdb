package org.learnops.studio.domain.operations;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The counts the event metrics are computed from, for one scope (summed in the database).
 *
 * @param placesHeld        places held (enrolled, attended, no-show) on events counted for fill rate
 * @param capacity          the capacity of those events: not cancelled, status OPEN, RUNNING or COMPLETED
 * @param attendedMarks     attendance marks "attended"
 * @param noShowMarks       attendance marks "no-show"
 * @param sessions          all sessions
 * @param cancelledSessions sessions cancelled themselves or through their cancelled event
 * @param everWaitlisted    enrolments that were waitlisted at some time
 * @param waitlistConverted of those, the ones holding a place now
 * @param cost              cost of events with at least one attended mark, in {@code currency} only
 * @param currency          the currency used by most cost lines (empty when there are none)
 * @param attendedLearners  distinct (person, event) pairs with at least one attended mark
 */
public record EventTotals(long placesHeld, long capacity, long attendedMarks, long noShowMarks, long sessions,
                          long cancelledSessions, long everWaitlisted, long waitlistConverted, BigDecimal cost,
                          String currency, long attendedLearners) {

    public static final EventTotals NONE = new EventTotals(0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, "", 0);

    public EventTotals {
        Objects.requireNonNull(cost, "cost");
        currency = currency == null ? "" : currency;
    }
}
