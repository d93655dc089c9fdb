package org.learnops.studio.domain.operations;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's place on an event. Waitlisted enrolments are ordered by {@code waitlistPosition}
 * (first come, first served; a coordinator may reorder); ties never happen because positions are
 * assigned from the enrolment order, then by id.
 *
 * @param id               store identity (0 before it is stored)
 * @param eventId          the event
 * @param personId         the person
 * @param status           enrolled, waitlisted, cancelled, attended or no-show
 * @param enrolledAt       when the person asked for a place
 * @param statusChangedAt  when the status last changed
 * @param waitlistPosition 1-based position while waitlisted, 0 otherwise
 */
public record Enrolment(long id, long eventId, long personId, EnrolmentStatus status, Instant enrolledAt,
                        Instant statusChangedAt, int waitlistPosition) {

    public Enrolment {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(enrolledAt, "enrolledAt");
        Objects.requireNonNull(statusChangedAt, "statusChangedAt");
    }

    /** Whether the person holds one of the event's places (enrolled, attended or no-show). */
    public boolean holdsPlace() {
        return status == EnrolmentStatus.ENROLLED || status == EnrolmentStatus.ATTENDED
                || status == EnrolmentStatus.NO_SHOW;
    }

    public Enrolment withStatus(EnrolmentStatus value, Instant at, int position) {
        return new Enrolment(id, eventId, personId, value, enrolledAt, at, position);
    }
}
