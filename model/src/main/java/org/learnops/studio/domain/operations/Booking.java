package org.learnops.studio.domain.operations;

import java.util.Objects;
import java.util.Set;

/**
 * A stored session as the conflict check sees it: the session, the people holding a place on its
 * event, and whether that event is cancelled.
 *
 * @param session        the session
 * @param participantIds people holding a place on the session's event (enrolled, attended, no-show)
 * @param eventCancelled whether the session's event is cancelled (then the session books nothing)
 */
public record Booking(Session session, Set<Long> participantIds, boolean eventCancelled) {

    public Booking {
        Objects.requireNonNull(session, "session");
        participantIds = Set.copyOf(participantIds);
    }
}
