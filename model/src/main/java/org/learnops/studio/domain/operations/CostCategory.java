package org.learnops.studio.domain.operations;

import org.learnops.studio.domain.Labelled;

/** What an event's money was spent on. */
public enum CostCategory implements Labelled {
    FACILITATOR("costCategory.facilitator"),
    ROOM("costCategory.room"),
    CATERING("costCategory.catering"),
    MATERIALS("costCategory.materials"),
    TRAVEL("costCategory.travel"),
    VENDOR("costCategory.vendor");

    private final String messageKey;

    CostCategory(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
