package org.learnops.studio.domain.operations;

import org.learnops.studio.domain.Labelled;

/** Whether an enrolled person came to one session. */
public enum AttendanceMark implements Labelled {
    ATTENDED("attendanceMark.attended"),
    NO_SHOW("attendanceMark.noShow");

    private final String messageKey;

    AttendanceMark(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
