package org.learnops.studio.domain.operations;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of an event's history: appended on every change to the event, its sessions and its
 * enrolments, never edited or deleted by the app.
 *
 * @param id         store identity
 * @param at         when
 * @param user       who (the operating-system user)
 * @param eventId    the event the change belongs to
 * @param recordType "event", "session", "enrolment" or "cost" — what changed
 * @param recordId   the changed record's id
 * @param action     what happened
 * @param before     a readable description of the record before (empty for a creation)
 * @param after      a readable description after (empty for a deletion); for an override, the reason
 */
public record AuditEntry(long id, Instant at, String user, long eventId, String recordType, long recordId,
                         AuditAction action, String before, String after) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        user = user == null ? "" : user;
        recordType = recordType == null ? "" : recordType;
        Objects.requireNonNull(action, "action");
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }
}
