package org.learnops.studio.persistence;

import java.util.List;
import org.learnops.studio.domain.needs.Finding;
import org.learnops.studio.domain.needs.NeedsSession;

/**
 * Stores the Needs analysis step's sessions and findings. Every write is one committed
 * transaction. Deleting only marks a row deleted, so {@code restore…} (undo) brings it back with
 * its id, and findings that name a deleted session still name it after the restore.
 */
public interface NeedsAnalysisRepository {

    /** Sessions not deleted, in the order they were added. */
    List<NeedsSession> listSessions();

    /** Stores a new session with its participants and returns it with its id. */
    NeedsSession addSession(NeedsSession session);

    void updateSession(NeedsSession session);

    void deleteSession(long id);

    void restoreSession(long id);

    /** Findings not deleted, in the order they were captured. */
    List<Finding> listFindings();

    /** Stores a new finding and returns it with its id. */
    Finding addFinding(Finding finding);

    void updateFinding(Finding finding);

    void deleteFinding(long id);

    void restoreFinding(long id);
}
