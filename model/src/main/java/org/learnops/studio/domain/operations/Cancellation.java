package org.learnops.studio.domain.operations;

import java.time.Instant;
import java.util.Objects;

/**
 * Why and when an event or session was cancelled. Cancelling keeps the record, its enrolments and
 * its history; restoring removes the cancellation.
 *
 * @param reason required, never blank
 * @param at     when it was cancelled
 * @param by     who cancelled it (the operating-system user)
 */
public record Cancellation(String reason, Instant at, String by) {

    public Cancellation {
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(at, "at");
        by = by == null ? "" : by;
    }
}
