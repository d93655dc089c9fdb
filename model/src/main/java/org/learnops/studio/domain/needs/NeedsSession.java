package org.learnops.studio.domain.needs;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One interview, observation, survey or workshop of the needs analysis.
 *
 * @param id             store identity (0 before it is stored)
 * @param type           how it was run
 * @param date           when it took place; {@code null} only while the user has not given one (refused by the rules)
 * @param participantIds the stakeholders (from the register) who took part, in ascending id order, no repeats
 * @param group          whose needs it explored
 * @param notes          free text, up to {@link NeedsRules#MAX_NOTES_LENGTH} characters, kept exactly as typed
 */
public record NeedsSession(
        long id,
        SessionType type,
        LocalDate date,
        List<Long> participantIds,
        NeedsGroup group,
        String notes) {

    public NeedsSession {
        type = Objects.requireNonNull(type, "type");
        participantIds = participantIds.stream().distinct().sorted().toList();
        group = Objects.requireNonNull(group, "group");
        notes = notes == null ? "" : notes;
    }

    /** A new session on {@code date} with nobody named yet. */
    public static NeedsSession planned(SessionType type, LocalDate date, NeedsGroup group) {
        return new NeedsSession(0, type, date, List.of(), group, "");
    }

    public NeedsSession withId(long value) {
        return new NeedsSession(value, type, date, participantIds, group, notes);
    }
}
