package org.learnops.studio.domain.operations;

import java.util.List;
import java.util.stream.Stream;

/**
 * What the conflict policies make of a save, shared by the service (which refuses or logs) and
 * the editor (which shows it before the user saves).
 *
 * @param warnings      conflicts whose policy is WARN: shown, the save goes ahead
 * @param blocking      conflicts whose policy is BLOCK: the save is refused
 * @param needingReason conflicts whose policy is OVERRIDE_WITH_REASON: the save needs a reason
 * @param reasonGiven   whether a valid override reason was given
 */
public record ConflictDecision(List<Conflict> warnings, List<Conflict> blocking, List<Conflict> needingReason,
                               boolean reasonGiven) {

    public ConflictDecision {
        warnings = List.copyOf(warnings);
        blocking = List.copyOf(blocking);
        needingReason = List.copyOf(needingReason);
    }

    /** Whether the save may go ahead: nothing blocks, and every conflict that needs a reason has one. */
    public boolean saveable() {
        return blocking.isEmpty() && (needingReason.isEmpty() || reasonGiven);
    }

    /** Whether saving overrides conflicts with a reason, which the history must record. */
    public boolean overridden() {
        return saveable() && !needingReason.isEmpty();
    }

    /** The conflicts that stop the save as it stands: the blocking ones, and those needing a reason while none is given. */
    public List<Conflict> refused() {
        if (reasonGiven) {
            return blocking;
        }
        return Stream.concat(blocking.stream(), needingReason.stream()).toList();
    }
}
