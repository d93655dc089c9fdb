package org.learnops.studio.domain.operations;

import java.util.List;
import java.util.Objects;

/**
 * A session as the calendar and the .ics export show it, with the names it needs.
 *
 * @param session          the session
 * @param courseTitle      the event's course title
 * @param roomName         the room's name, empty when none
 * @param facilitatorNames the facilitators' names
 * @param eventCancelled   whether the whole event is cancelled (then the session shows cancelled too)
 * @param revision         how often the session (or its event's cancellation) changed since it was created: the .ics SEQUENCE
 */
public record CalendarEntry(Session session, String courseTitle, String roomName, List<String> facilitatorNames,
                            boolean eventCancelled, int revision) {

    public CalendarEntry {
        Objects.requireNonNull(session, "session");
        courseTitle = courseTitle == null ? "" : courseTitle;
        roomName = roomName == null ? "" : roomName;
        facilitatorNames = List.copyOf(facilitatorNames);
    }

    public boolean isCancelled() {
        return eventCancelled || session.isCancelled();
    }
}
