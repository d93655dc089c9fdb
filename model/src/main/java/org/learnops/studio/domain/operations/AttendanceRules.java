package org.learnops.studio.domain.operations;

import java.util.Collection;

/**
 * What attendance marks say about an enrolment: someone who came to at least one session
 * attended the event; someone marked only as a no-show did not come; someone not marked yet is
 * still simply enrolled. Only enrolments holding a place follow their marks (a waiting or
 * cancelled enrolment keeps its status whatever was marked).
 */
public final class AttendanceRules {

    private AttendanceRules() {
    }

    /** The status {@code enrolment} should have, given the person's marks on the event's sessions. */
    public static EnrolmentStatus status(Enrolment enrolment, Collection<AttendanceMark> marks) {
        if (!enrolment.holdsPlace()) {
            return enrolment.status();
        }
        if (marks.contains(AttendanceMark.ATTENDED)) {
            return EnrolmentStatus.ATTENDED;
        }
        return marks.isEmpty() ? EnrolmentStatus.ENROLLED : EnrolmentStatus.NO_SHOW;
    }
}
