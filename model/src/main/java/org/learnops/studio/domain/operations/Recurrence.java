package org.learnops.studio.domain.operations;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How a recurring series lays out its sessions: {@code count} sessions from {@code firstDate},
 * daily, weekly (on firstDate's weekday) or on the chosen weekdays, each from {@code startTime} to
 * {@code endTime} local time in {@code zone}. (Computing the sessions, DST included, is
 * {@code RecurrenceRules}' job.)
 *
 * @param frequency daily, weekly, or on chosen weekdays
 * @param weekdays  the chosen weekdays (used only by WEEKDAYS; at least one then)
 * @param count     number of sessions, 1 to {@value #MAX_COUNT}
 * @param firstDate the first possible date
 * @param startTime local start time
 * @param endTime   local end time, after startTime (sessions do not run past midnight)
 * @param zone      the series' time zone
 */
public record Recurrence(Frequency frequency, Set<DayOfWeek> weekdays, int count, LocalDate firstDate,
                         LocalTime startTime, LocalTime endTime, ZoneId zone) {

    public static final int MAX_COUNT = 366;

    public Recurrence {
        Objects.requireNonNull(frequency, "frequency");
        weekdays = weekdays == null || weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
        Objects.requireNonNull(firstDate, "firstDate");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endTime, "endTime");
        Objects.requireNonNull(zone, "zone");
    }
}
