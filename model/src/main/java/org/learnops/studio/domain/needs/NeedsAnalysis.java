package org.learnops.studio.domain.needs;

import java.util.List;
import org.learnops.studio.domain.scope.ActivityArea;

/**
 * Everything the Needs analysis step shows: its sessions and findings (not deleted, in the order
 * they were added) and the Scope step's activity areas that findings are tagged with.
 */
public record NeedsAnalysis(List<NeedsSession> sessions, List<Finding> findings, List<ActivityArea> areas) {

    public NeedsAnalysis {
        sessions = List.copyOf(sessions);
        findings = List.copyOf(findings);
        areas = List.copyOf(areas);
    }
}
