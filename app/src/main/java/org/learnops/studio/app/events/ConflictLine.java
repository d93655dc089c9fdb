package org.learnops.studio.app.events;

import org.learnops.studio.domain.operations.Conflict;
import org.learnops.studio.domain.operations.ConflictPolicy;

/** A conflict as the session form shows it while the user edits: what collides, and what its policy does to a save. */
public record ConflictLine(Conflict conflict, ConflictPolicy policy, String text) {

    public boolean blocks() {
        return policy == ConflictPolicy.BLOCK;
    }

    public boolean needsReason() {
        return policy == ConflictPolicy.OVERRIDE_WITH_REASON;
    }
}
