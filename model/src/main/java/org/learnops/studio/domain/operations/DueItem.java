package org.learnops.studio.domain.operations;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the "what's due" list: an upcoming session, an event below its minimum enrolment, a
 * waitlist with people waiting while places are free or the event is soon, or a past session whose
 * attendance is not marked.
 *
 * @param kind      what is due
 * @param eventId   the event concerned
 * @param sessionId the session concerned, 0 when the item is about the whole event
 * @param title     the course title of the event
 * @param when      the moment that makes it due (session start, event start)
 * @param count     a number that goes with it: enrolled (below minimum), people waiting, unmarked people
 */
public record DueItem(DueKind kind, long eventId, long sessionId, String title, Instant when, int count) {

    public DueItem {
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title;
        Objects.requireNonNull(when, "when");
    }
}
