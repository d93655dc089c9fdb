package org.learnops.studio.domain.needs;

import java.util.Objects;
import java.util.Optional;

/**
 * A finding or pain point of the needs analysis.
 *
 * @param id        store identity (0 before it is stored); also the order findings were captured in
 * @param text      what hurts (required)
 * @param areaId    the activity area (Scope step) it concerns, if any
 * @param group     whose pain it is
 * @param severity  how much it hurts, {@link NeedsRules#MIN_RATING} to {@link NeedsRules#MAX_RATING}
 * @param frequency how often it happens, same range
 * @param sessionId the session it came up in, if any
 * @param status    open or addressed
 * @param votes     dots the room gave it; never below 0
 */
public record Finding(
        long id,
        String text,
        Optional<Long> areaId,
        NeedsGroup group,
        int severity,
        int frequency,
        Optional<Long> sessionId,
        FindingStatus status,
        int votes) {

    public Finding {
        text = text == null ? "" : text;
        areaId = Objects.requireNonNull(areaId, "areaId");
        group = Objects.requireNonNull(group, "group");
        sessionId = Objects.requireNonNull(sessionId, "sessionId");
        status = Objects.requireNonNull(status, "status");
    }

    /** A finding just captured: open, no votes yet. */
    public static Finding captured(String text, Optional<Long> areaId, NeedsGroup group, int severity, int frequency,
                                   Optional<Long> sessionId) {
        return new Finding(0, text, areaId, group, severity, frequency, sessionId, FindingStatus.OPEN, 0);
    }

    /** Severity × frequency: how much pain it causes overall (1 to 25). */
    public int score() {
        return severity * frequency;
    }

    public boolean isOpen() {
        return status == FindingStatus.OPEN;
    }

    public Finding withId(long value) {
        return new Finding(value, text, areaId, group, severity, frequency, sessionId, status, votes);
    }

    /** The finding after one more ({@code delta} = +1) or one fewer (-1) vote; votes never go below 0. */
    public Finding withVote(int delta) {
        return new Finding(id, text, areaId, group, severity, frequency, sessionId, status, Math.max(0, votes + delta));
    }
}
