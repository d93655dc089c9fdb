package org.learnops.studio.domain.operations;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which sessions the calendar shows: those overlapping [from, to), optionally for one coordinator,
 * room, facilitator or business area; cancelled sessions only when asked.
 */
public record CalendarFilter(Instant from, Instant to, Optional<Long> coordinatorId, Optional<Long> roomId,
                             Optional<Long> facilitatorId, String businessArea, boolean includeCancelled) {

    public CalendarFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(coordinatorId, "coordinatorId");
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(facilitatorId, "facilitatorId");
        businessArea = businessArea == null ? "" : businessArea.strip();
    }

    public static CalendarFilter between(Instant from, Instant to) {
        return new CalendarFilter(from, to, Optional.empty(), Optional.empty(), Optional.empty(), "", false);
    }
}
