package org.learnops.studio.domain.operations;

import org.learnops.studio.domain.Labelled;

/** What happened to a record, as the history lists it. */
public enum AuditAction implements Labelled {
    CREATED("auditAction.created"),
    CHANGED("auditAction.changed"),
    CANCELLED("auditAction.cancelled"),
    RESTORED("auditAction.restored"),
    DELETED("auditAction.deleted"),
    ENROLLED("auditAction.enrolled"),
    WAITLISTED("auditAction.waitlisted"),
    PROMOTED("auditAction.promoted"),
    ENROLMENT_CANCELLED("auditAction.enrolmentCancelled"),
    REORDERED("auditAction.reordered"),
    ATTENDANCE_MARKED("auditAction.attendanceMarked"),
    CONFLICT_OVERRIDDEN("auditAction.conflictOverridden");

    private final String messageKey;

    AuditAction(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
