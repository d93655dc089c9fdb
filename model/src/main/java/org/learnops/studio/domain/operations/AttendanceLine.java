package org.learnops.studio.domain.operations;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One attendance mark as an export lists it.
 *
 * @param sessionId    the session
 * @param eventId      its event
 * @param courseTitle  the event's course
 * @param sessionStart the session's local start
 * @param zone         the session's time zone
 * @param personName   the person marked
 * @param mark         attended or no-show
 * @param markedAt     when it was marked
 */
public record AttendanceLine(long sessionId, long eventId, String courseTitle, LocalDateTime sessionStart, ZoneId zone,
                             String personName, AttendanceMark mark, Instant markedAt) {

    public AttendanceLine {
        courseTitle = courseTitle == null ? "" : courseTitle;
        Objects.requireNonNull(sessionStart, "sessionStart");
        Objects.requireNonNull(zone, "zone");
        personName = personName == null ? "" : personName;
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(markedAt, "markedAt");
    }
}
