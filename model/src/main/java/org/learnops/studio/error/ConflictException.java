package org.learnops.studio.error;

import java.util.List;
import org.learnops.studio.domain.operations.Conflict;

/**
 * A session was not saved because of double bookings whose policy refuses it: BLOCK, or
 * OVERRIDE_WITH_REASON without a reason. When {@link #reasonWouldAllow()} is true, asking the user
 * for a reason and saving again with it goes through (and is logged).
 */
public class ConflictException extends StudioException {

    private final transient List<Conflict> conflicts;
    private final boolean reasonWouldAllow;

    public ConflictException(List<Conflict> conflicts, boolean reasonWouldAllow) {
        super(reasonWouldAllow ? "operations.error.conflictNeedsReason" : "operations.error.conflictBlocked",
                conflicts.size());
        this.conflicts = List.copyOf(conflicts);
        this.reasonWouldAllow = reasonWouldAllow;
    }

    /** The conflicts that stopped the save. */
    public List<Conflict> conflicts() {
        return conflicts;
    }

    /** Whether a non-blank override reason would let the save through (nothing blocks outright). */
    public boolean reasonWouldAllow() {
        return reasonWouldAllow;
    }
}
