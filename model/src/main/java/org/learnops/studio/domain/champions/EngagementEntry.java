package org.learnops.studio.domain.champions;

import java.time.LocalDate;

/**
 * One line of a champion's engagement log: when the strategy team met or heard from them, and what came of it.
 *
 * @param id         store identity (0 before it is stored)
 * @param championId the champion whose log this is
 * @param date       when it happened (required)
 * @param note       what happened (required, may be long)
 */
public record EngagementEntry(long id, long championId, LocalDate date, String note) {

    public EngagementEntry {
        note = note == null ? "" : note;
    }

    public EngagementEntry withId(long value) {
        return new EngagementEntry(value, championId, date, note);
    }
}
