package org.learnops.studio.domain.operations;

import org.learnops.studio.domain.Labelled;

/** Where a person stands on an event. Waitlisted people are promoted first come, first served. */
public enum EnrolmentStatus implements Labelled {
    ENROLLED("enrolmentStatus.enrolled"),
    WAITLISTED("enrolmentStatus.waitlisted"),
    CANCELLED("enrolmentStatus.cancelled"),
    ATTENDED("enrolmentStatus.attended"),
    NO_SHOW("enrolmentStatus.noShow");

    private final String messageKey;

    EnrolmentStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
