package org.learnops.studio.domain.expectations;

import org.learnops.studio.domain.Labelled;

/** How far a deliverable has come. */
public enum DeliverableStatus implements Labelled {
    NOT_STARTED("deliverableStatus.notStarted"),
    IN_PROGRESS("deliverableStatus.inProgress"),
    IN_REVIEW("deliverableStatus.inReview"),
    DONE("deliverableStatus.done");

    private final String messageKey;

    DeliverableStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
