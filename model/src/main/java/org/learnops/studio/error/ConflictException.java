package org.learnops.studio.error;

import java.util.List;
import org.learnops.studio.domain.Problem;

/**
 * A session was not saved because of double bookings whose policy refuses it: BLOCK, or
 * OVERRIDE_WITH_REASON without a reason. When {@link #reasonWouldAllow()} is true, asking the user
 * for a reason and saving again with it goes through (and is logged).
 *
 * <p>The refused conflicts come as {@link Problem}s, one per conflict: field {@code "conflict"},
 * the conflict kind's message key (e.g. {@code conflictKind.facilitatorOverlap}) and as arguments
 * the subject's name (facilitator, participant or room) and the other session's id (0 for a room
 * over capacity). They are not the {@code Conflict} records themselves because the operations
 * rules throw this package's exceptions, and this package must not depend back on them (no
 * package cycles); {@code EventService.checkConflicts} gives the records while the user edits.
 */
public class ConflictException extends StudioException {

    private final transient List<Problem> conflicts;
    private final boolean reasonWouldAllow;

    public ConflictException(List<Problem> conflicts, boolean reasonWouldAllow) {
        super(reasonWouldAllow ? "operations.error.conflictNeedsReason" : "operations.error.conflictBlocked",
                conflicts.size());
        this.conflicts = List.copyOf(conflicts);
        this.reasonWouldAllow = reasonWouldAllow;
    }

    /** The conflicts that stopped the save, one problem each. */
    public List<Problem> conflicts() {
        return conflicts;
    }

    /** Whether a non-blank override reason would let the save through (nothing blocks outright). */
    public boolean reasonWouldAllow() {
        return reasonWouldAllow;
    }
}
