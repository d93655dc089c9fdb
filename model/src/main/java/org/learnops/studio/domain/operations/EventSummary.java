package org.learnops.studio.domain.operations;

import java.util.Objects;

/**
 * One row of the events list: the event with what the list shows beside it, read in one query.
 *
 * @param event           the event
 * @param courseTitle     its course's title
 * @param coordinatorName its coordinator's name, empty when none
 * @param sessions        sessions not cancelled
 * @param enrolled        people holding a place
 * @param waitlisted      people waiting
 */
public record EventSummary(Event event, String courseTitle, String coordinatorName, int sessions, int enrolled,
                           int waitlisted) {

    public EventSummary {
        Objects.requireNonNull(event, "event");
        courseTitle = courseTitle == null ? "" : courseTitle;
        coordinatorName = coordinatorName == null ? "" : coordinatorName;
    }

    public EventStatus shownStatus() {
        return event.shownStatus(enrolled);
    }
}
