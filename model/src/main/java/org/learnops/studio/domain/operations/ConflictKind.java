package org.learnops.studio.domain.operations;

import org.learnops.studio.domain.Labelled;

/** The double bookings the conflict check finds. */
public enum ConflictKind implements Labelled {
    FACILITATOR_OVERLAP("conflictKind.facilitatorOverlap"),
    ROOM_DOUBLE_BOOKED("conflictKind.roomDoubleBooked"),
    ROOM_OVER_CAPACITY("conflictKind.roomOverCapacity"),
    PARTICIPANT_OVERLAP("conflictKind.participantOverlap");

    private final String messageKey;

    ConflictKind(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
