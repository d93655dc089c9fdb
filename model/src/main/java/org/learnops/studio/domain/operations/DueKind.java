package org.learnops.studio.domain.operations;

import org.learnops.studio.domain.Labelled;

/** Kinds of work the "what's due" list shows. */
public enum DueKind implements Labelled {
    UPCOMING_SESSION("dueKind.upcomingSession"),
    BELOW_MINIMUM("dueKind.belowMinimum"),
    WAITLIST_WAITING("dueKind.waitlistWaiting"),
    ATTENDANCE_NOT_MARKED("dueKind.attendanceNotMarked");

    private final String messageKey;

    DueKind(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
