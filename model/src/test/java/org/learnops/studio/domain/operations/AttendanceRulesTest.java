package org.learnops.studio.domain.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttendanceRulesTest {

    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    private static Enrolment enrolment(EnrolmentStatus status) {
        return new Enrolment(1, 2, 3, status, AT, AT, status == EnrolmentStatus.WAITLISTED ? 1 : 0);
    }

    @Test
    void comingToOneSessionIsAttendingTheEvent() {
        assertEquals(EnrolmentStatus.ATTENDED, AttendanceRules.status(enrolment(EnrolmentStatus.ENROLLED),
                List.of(AttendanceMark.NO_SHOW, AttendanceMark.ATTENDED)));
        assertEquals(EnrolmentStatus.ATTENDED, AttendanceRules.status(enrolment(EnrolmentStatus.NO_SHOW),
                List.of(AttendanceMark.ATTENDED)));
    }

    @Test
    void onlyNoShowMarksMakeANoShowAndNoMarksLeaveItEnrolled() {
        assertEquals(EnrolmentStatus.NO_SHOW, AttendanceRules.status(enrolment(EnrolmentStatus.ENROLLED),
                List.of(AttendanceMark.NO_SHOW, AttendanceMark.NO_SHOW)));
        assertEquals(EnrolmentStatus.ENROLLED, AttendanceRules.status(enrolment(EnrolmentStatus.ATTENDED), List.of()));
    }

    @Test
    void waitingAndCancelledEnrolmentsKeepTheirStatus() {
        assertEquals(EnrolmentStatus.WAITLISTED, AttendanceRules.status(enrolment(EnrolmentStatus.WAITLISTED),
                List.of(AttendanceMark.ATTENDED)));
        assertEquals(EnrolmentStatus.CANCELLED, AttendanceRules.status(enrolment(EnrolmentStatus.CANCELLED),
                List.of(AttendanceMark.ATTENDED)));
    }
}
