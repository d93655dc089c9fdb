package org.learnops.studio.domain.operations;

import org.learnops.studio.domain.Labelled;

/** How a recurring series repeats. */
public enum Frequency implements Labelled {
    DAILY("frequency.daily"),
    WEEKLY("frequency.weekly"),
    WEEKDAYS("frequency.weekdays");

    private final String messageKey;

    Frequency(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
