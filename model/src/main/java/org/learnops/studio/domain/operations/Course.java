package org.learnops.studio.domain.operations;

import java.util.Objects;
import java.util.Optional;

/**
 * What is taught; an {@link Event} is one run of it.
 *
 * @param id                     store identity (0 before it is stored)
 * @param title                  required
 * @param activityAreaId         the Scope step's activity area it belongs to, if any
 * @param format                 in person, virtual or blended
 * @param defaultDurationMinutes how long a session usually is, 1 to 1440
 * @param ownerId                the {@link Person} who owns the course, if any
 */
public record Course(long id, String title, Optional<Long> activityAreaId, CourseFormat format,
                     int defaultDurationMinutes, Optional<Long> ownerId) {

    public Course {
        title = title == null ? "" : title;
        Objects.requireNonNull(activityAreaId, "activityAreaId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(ownerId, "ownerId");
    }

    public Course withId(long value) {
        return new Course(value, title, activityAreaId, format, defaultDurationMinutes, ownerId);
    }
}
