package org.learnops.studio.app.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import org.learnops.studio.domain.operations.CalendarEntry;
import org.learnops.studio.domain.operations.Session;

/**
 * A session as the calendar draws it: its entry, the short text of its chip, and in the week view
 * its place among the sessions it overlaps ({@code lane} of {@code lanes} side-by-side columns).
 *
 * @param entry     the session with its names
 * @param chip      e.g. "09:00 Leading hybrid teams", with the zone's short name when not the system's
 * @param otherZone whether the session's zone differs from the system's (then its times carry the zone)
 * @param lane      0-based column among overlapping sessions (week view)
 * @param lanes     how many columns the overlapping group needs (week view)
 */
public record SessionItem(CalendarEntry entry, String chip, boolean otherZone, int lane, int lanes) {

    /** The local day it starts, in its own zone. */
    public LocalDate date() {
        return entry.session().start().toLocalDate();
    }

    /** Minutes after local midnight it starts. */
    public int startMinute() {
        return entry.session().start().toLocalTime().toSecondOfDay() / 60;
    }

    /** Minutes after local midnight it ends; a session ending on a later day ends at 24:00 here. */
    public int endMinute() {
        Session session = entry.session();
        if (!session.end().toLocalDate().equals(session.start().toLocalDate())) {
            return 24 * 60;
        }
        return Math.max(startMinute() + 1, session.end().toLocalTime().toSecondOfDay() / 60);
    }

    public ZoneId zone() {
        return entry.session().zone();
    }

    public boolean isCancelled() {
        return entry.isCancelled();
    }

    public long sessionId() {
        return entry.session().id();
    }

    SessionItem inLane(int value, int count) {
        return new SessionItem(entry, chip, otherZone, value, count);
    }
}
