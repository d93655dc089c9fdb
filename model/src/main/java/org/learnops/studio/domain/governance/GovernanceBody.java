package org.learnops.studio.domain.governance;

import java.util.List;

/**
 * A body that governs learning operations, e.g. a LearnOps council or an area working group.
 *
 * @param id             store identity (0 before it is stored)
 * @param name           required
 * @param purpose        what it is for (long text)
 * @param cadence        how often it meets, e.g. "Monthly"
 * @param memberIds      stakeholders in the register who sit on it, each once, in the order chosen
 * @param decisionRights what it may decide (long text)
 */
public record GovernanceBody(long id, String name, String purpose, String cadence, List<Long> memberIds,
                             String decisionRights) {

    public GovernanceBody {
        name = text(name);
        purpose = text(purpose);
        cadence = text(cadence);
        memberIds = memberIds == null ? List.of() : memberIds.stream().distinct().toList();
        decisionRights = text(decisionRights);
    }

    public static GovernanceBody named(String name) {
        return new GovernanceBody(0, name, "", "", List.of(), "");
    }

    public GovernanceBody withId(long value) {
        return new GovernanceBody(value, name, purpose, cadence, memberIds, decisionRights);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
