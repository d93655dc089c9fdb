package org.learnops.studio.domain.operations;

import java.util.Objects;

/**
 * A double booking found by the conflict check, before a session is saved.
 *
 * @param kind           what kind of conflict
 * @param sessionId      the session being checked (0 while it is new)
 * @param otherSessionId the session it collides with (0 for ROOM_OVER_CAPACITY)
 * @param subjectId      the facilitator's or participant's person id, or the room id
 * @param subjectName    their name, for the message
 */
public record Conflict(ConflictKind kind, long sessionId, long otherSessionId, long subjectId, String subjectName) {

    public Conflict {
        Objects.requireNonNull(kind, "kind");
        subjectName = subjectName == null ? "" : subjectName;
    }
}
