package org.learnops.studio.domain.needs;

/** Whether a pain point still hurts. */
public enum FindingStatus {
    OPEN("needs.status.open"),
    ADDRESSED("needs.status.addressed");

    private final String messageKey;

    FindingStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
