package org.learnops.studio.domain.needs;

/**
 * Whose needs a session or a finding speaks for. The article's needs analysis talks to senior
 * leaders and to learning-operations staff; everyone else is "other".
 */
public enum NeedsGroup {
    SENIOR_LEADERS("needs.group.seniorLeaders"),
    LEARNING_OPS_STAFF("needs.group.learningOpsStaff"),
    OTHER("needs.group.other");

    private final String messageKey;

    NeedsGroup(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
