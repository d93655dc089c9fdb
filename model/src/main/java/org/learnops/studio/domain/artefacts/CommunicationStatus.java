package org.learnops.studio.domain.artefacts;

/** How far a planned communication has come. */
public enum CommunicationStatus {
    PLANNED("communicationStatus.planned"),
    SENT("communicationStatus.sent"),
    DONE("communicationStatus.done");

    private final String messageKey;

    CommunicationStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
