package org.learnops.studio.app.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of the month grid.
 *
 * @param date     the day
 * @param inMonth  whether it belongs to the month shown (days of the weeks around it are dimmed)
 * @param today    whether it is today
 * @param sessions the sessions that fit the cell, by start
 * @param more     how many further sessions did not fit ("+N more")
 */
public record DayCell(LocalDate date, boolean inMonth, boolean today, List<SessionItem> sessions, int more) {

    public DayCell {
        sessions = List.copyOf(sessions);
    }
}
