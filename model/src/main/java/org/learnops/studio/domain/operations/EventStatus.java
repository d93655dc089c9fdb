package org.learnops.studio.domain.operations;

import org.learnops.studio.domain.Labelled;

/**
 * Where an event is in its life. The coordinator sets PLANNED, OPEN, RUNNING and COMPLETED; FULL
 * and CANCELLED are never stored as the status: an event is shown FULL while it is OPEN and its
 * enrolments reach capacity, and CANCELLED while it carries a {@link Cancellation} (restoring it
 * brings back the status it had). See {@link Event#shownStatus(int)}.
 */
public enum EventStatus implements Labelled {
    PLANNED("eventStatus.planned"),
    OPEN("eventStatus.open"),
    FULL("eventStatus.full"),
    RUNNING("eventStatus.running"),
    COMPLETED("eventStatus.completed"),
    CANCELLED("eventStatus.cancelled");

    private final String messageKey;

    EventStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Whether a coordinator can set this status (FULL and CANCELLED follow from the data). */
    public boolean isSettable() {
        return this != FULL && this != CANCELLED;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
