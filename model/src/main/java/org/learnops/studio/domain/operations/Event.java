package org.learnops.studio.domain.operations;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of a course, e.g. "Leading hybrid teams — Lyon, March". Its sessions must lie between
 * {@code startsOn} and {@code endsOn} (inclusive, in each session's own time zone).
 *
 * @param id               store identity (0 before it is stored)
 * @param courseId         the course it runs
 * @param coordinatorId    the coordinating {@link Person}, if any
 * @param businessArea     may be empty
 * @param region           may be empty
 * @param capacity         places, at least 1; enrolments beyond it are waitlisted
 * @param minimumEnrolment below this the event is flagged (0 = no minimum), at most capacity
 * @param status           the status the coordinator set (never FULL or CANCELLED, see {@link EventStatus})
 * @param startsOn         first day
 * @param endsOn           last day, not before startsOn
 * @param cancellation     present while the event is cancelled
 */
public record Event(long id, long courseId, Optional<Long> coordinatorId, String businessArea, String region,
                    int capacity, int minimumEnrolment, EventStatus status, LocalDate startsOn, LocalDate endsOn,
                    Optional<Cancellation> cancellation) {

    public Event {
        Objects.requireNonNull(coordinatorId, "coordinatorId");
        businessArea = businessArea == null ? "" : businessArea;
        region = region == null ? "" : region;
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        Objects.requireNonNull(cancellation, "cancellation");
    }

    public boolean isCancelled() {
        return cancellation.isPresent();
    }

    /** What the user sees: CANCELLED while cancelled, FULL while open and at capacity, else the status. */
    public EventStatus shownStatus(int enrolled) {
        if (isCancelled()) {
            return EventStatus.CANCELLED;
        }
        return status == EventStatus.OPEN && enrolled >= capacity ? EventStatus.FULL : status;
    }

    public Event withId(long value) {
        return new Event(value, courseId, coordinatorId, businessArea, region, capacity, minimumEnrolment, status,
                startsOn, endsOn, cancellation);
    }

    public Event withCapacity(int value) {
        return new Event(id, courseId, coordinatorId, businessArea, region, value, minimumEnrolment, status,
                startsOn, endsOn, cancellation);
    }

    public Event withCancellation(Optional<Cancellation> value) {
        return new Event(id, courseId, coordinatorId, businessArea, region, capacity, minimumEnrolment, status,
                startsOn, endsOn, value);
    }
}
