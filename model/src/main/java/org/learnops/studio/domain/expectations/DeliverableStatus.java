package org.learnops.studio.domain.expectations;

/** How far a deliverable has come. */
public enum DeliverableStatus {
    NOT_STARTED("deliverableStatus.notStarted"),
    IN_PROGRESS("deliverableStatus.inProgress"),
    IN_REVIEW("deliverableStatus.inReview"),
    DONE("deliverableStatus.done");

    private final String messageKey;

    DeliverableStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
